// Values as the conflicts step compares them: places through a multilingual gazetteer, dates at the precision
// both give, numbers whatever their numerals. Two spellings of one value are never two values.
export { compatibleDates, dateValues, isoDate } from './dates.ts';
export { numberValue } from './numbers.ts';
export { lookupPlace, type Place, type PlaceStatement, type PlaceValue, placeValues, samePlace } from './places/index.ts';
