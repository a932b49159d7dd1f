// Where agreements are signed that no gazetteer of towns lists: a palace, house or hall in a capital is that city
// (one place with it: "signed at the Élysée" and "signed in Paris" agree); a retreat outside any city is a place of
// its own ("Camp David" is not Washington). "CC: place | venue | venue", one place a line; a line whose first name
// is a known city adds its venues to it.
export const VENUE_LANGUAGES = ['en', 'ru', 'de', 'fr', 'es', 'ar'];

export const VENUES = `
US: Washington | White House | Blair House | Белый дом | Weißes Haus | Maison Blanche | Casa Blanca | البيت الأبيض
US: Camp David | Кэмп-Дэвид | Кэмп-Дэвиде | كامب ديفيد
GB: London | Lancaster House | Downing Street | Даунинг-стрит
FR: Paris | Élysée | Élysée Palace | Palais de l'Élysée | Елисейский дворец | Elysée-Palast | Palacio del Elíseo | قصر الإليزيه
AT: Vienna | Hofburg | Hofburg Palace
CH: Geneva | Palais des Nations
TR: Istanbul | Dolmabahçe | Dolmabahce | Dolmabahçe Palace | Dolmabahce Palace
PH: Manila | Malacañang | Malacañang Palace | Malacanang
CN: Beijing | Great Hall of the People | Zhongnanhai | Дом народных собраний
IT: Rome | Quirinale | Quirinal Palace | Palazzo del Quirinale | Palazzo Chigi | Campidoglio
DE: Berlin | Schloss Bellevue | Bellevue Palace | Kanzleramt | Bundeskanzleramt
KR: Seoul | Blue House | Cheong Wa Dae
AR: Buenos Aires | Casa Rosada
NL: The Hague | Peace Palace | Vredespaleis | Palais de la Paix
`;
