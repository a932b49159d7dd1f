// Values as the conflicts step compares them: places through a multilingual gazetteer, dates at the precision
// both give, numbers whatever their numerals. Two spellings of one value are never two values.
export { compatibleDates, dateValues, isoDate } from './dates.ts';
export { numberValue } from './numbers.ts';
export { lookupPlace, placeValues, samePlace, type Place, type PlaceStatement, type PlaceValue } from './places/index.ts';
