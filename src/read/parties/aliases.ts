// Names of states that i18n-iso-countries lacks, by language: the long official forms and abbreviations
// reports use ("Democratic People's Republic of Korea", "DPRK", "КНДР", "Северная Корея", "РФ").
// States that no longer exist keep their treaties in the news: the Soviet Union, Czechoslovakia, the GDR and
// Yugoslavia, under their ISO 3166-3 codes (SU, CS, DD, YU).
// Format: "CODE: name | name | …". An all-capitals name of up to five letters is an abbreviation, matched
// letter for letter ("US" never matches "us").

export const ALIASES: Record<'en' | 'ru' | 'de' | 'fr' | 'es' | 'ar', string> = {
  en: `
KP: Democratic People's Republic of Korea | DPRK | D.P.R.K. | N. Korea | North Korea
KR: South Korea | S. Korea | ROK | Republic of Korea
RU: Russian Federation | RF | Russia
US: United States | U.S. | USA | U.S.A. | US
GB: Britain | Great Britain | UK | U.K. | United Kingdom
CN: People's Republic of China | PRC | P.R.C. | Mainland China
TW: Republic of China
AE: UAE | U.A.E.
SA: KSA
CD: DRC | DR Congo
CG: Congo-Brazzaville
CZ: Czechia | Czech Republic
CI: Ivory Coast
MM: Burma
NL: Holland
VA: Vatican | Vatican City | Holy See
SY: Syria
LA: Laos
MD: Moldova
FM: Micronesia
TZ: Tanzania
VN: Viet Nam
BO: Bolivia
VE: Venezuela
IR: Iran | Islamic Republic of Iran
BN: Brunei
CV: Cabo Verde
SZ: Swaziland
MK: Macedonia
GR: Hellenic Republic
TR: Turkey | Türkiye
EU: European Union | EU
SU: Soviet Union | USSR | U.S.S.R. | Union of Soviet Socialist Republics
CS: Czechoslovakia | Czechoslovak Socialist Republic | Czech and Slovak Federal Republic
DD: German Democratic Republic | GDR | East Germany
YU: Yugoslavia | Socialist Federal Republic of Yugoslavia
`,
  ru: `
KP: КНДР | Северная Корея | Корейская Народно-Демократическая Республика
KR: Южная Корея | Республика Корея
RU: РФ | Российская Федерация | Россия
US: США | Соединённые Штаты | Соединённые Штаты Америки
GB: Великобритания | Британия | Соединённое Королевство
CN: Китай | КНР | Китайская Народная Республика
DE: ФРГ | Германия
AE: ОАЭ | Объединённые Арабские Эмираты
BY: Белоруссия | Беларусь | Республика Беларусь
MD: Молдавия | Молдова
KG: Киргизия | Кыргызстан
TM: Туркмения | Туркменистан
CZ: Чехия
VA: Ватикан
EU: Европейский союз | Евросоюз | ЕС
SU: СССР | Советский Союз | Союз Советских Социалистических Республик
CS: Чехословакия | ЧССР
DD: ГДР | Германская Демократическая Республика
YU: Югославия | СФРЮ
MK: Македония | Республика Македония | Северная Македония
`,
  de: `
KP: Demokratische Volksrepublik Korea | Nordkorea
KR: Republik Korea | Südkorea
RU: Russische Föderation | Russland
US: Vereinigte Staaten | USA
CN: Volksrepublik China | VR China
DE: Bundesrepublik Deutschland | BRD
BY: Weißrussland | Belarus
CZ: Tschechien
SY: Syrien
EU: Europäische Union
SU: Sowjetunion | UdSSR
CS: Tschechoslowakei | ČSSR
DD: DDR | Deutsche Demokratische Republik
YU: Jugoslawien
MK: Mazedonien | Nordmazedonien
`,
  fr: `
KP: République populaire démocratique de Corée | RPDC | Corée du Nord
KR: République de Corée | Corée du Sud
RU: Fédération de Russie | Russie
US: États-Unis | Etats-Unis
CN: République populaire de Chine | Chine
EU: Union européenne | UE
SU: Union soviétique | URSS
CS: Tchécoslovaquie
DD: RDA | République démocratique allemande
YU: Yougoslavie
MK: Macédoine | Macédoine du Nord
`,
  es: `
KP: Corea del Norte | República Popular Democrática de Corea | RPDC
KR: Corea del Sur | República de Corea
RU: Federación de Rusia | Rusia
US: Estados Unidos | EE. UU. | EEUU | EE.UU.
GB: Reino Unido | Gran Bretaña
CN: República Popular China | China
AE: Emiratos Árabes Unidos | EAU
IR: Irán | República Islámica de Irán
EU: Unión Europea | UE
SU: Unión Soviética | URSS
CS: Checoslovaquia
DD: RDA | República Democrática Alemana
YU: Yugoslavia
FJ: Fiyi
MK: Macedonia | Macedonia del Norte
`,
  ar: `
KP: كوريا الشمالية | كوريا الديمقراطية
KR: كوريا الجنوبية
RU: روسيا | روسيا الاتحادية
US: الولايات المتحدة | أمريكا | أميركا
AE: الإمارات | الإمارات العربية المتحدة
IR: إيران | ايران
IL: إسرائيل | اسرائيل
EU: الاتحاد الأوروبي | الاتحاد الاوروبي
SU: الاتحاد السوفيتي | الاتحاد السوفييتي
CS: تشيكوسلوفاكيا
DD: ألمانيا الشرقية | جمهورية ألمانيا الديمقراطية
YU: يوغوسلافيا
MK: مقدونيا | مقدونيا الشمالية
`,
};

/**
 * Phrases that contain a state's name but are not that state: matched first (they are longer) and dropped.
 * "New Jersey" is no Jersey, "Latin America" and "Indian Ocean" no state; "the Korean Peninsula" is both Koreas.
 */
export const NOT_STATES: Record<'en' | 'ru' | 'de' | 'fr' | 'es' | 'ar', string[]> = {
  en: [
    'New Jersey',
    'New Mexico',
    'New Guinea',
    'Latin America',
    'Latin American',
    'South America',
    'South American',
    'North America',
    'North American',
    'Central America',
    'Central American',
    'Indian Ocean',
    'Korean Peninsula',
    'Georgia State',
    'Turkey Point',
    'Jordan River',
  ],
  ru: ['Латинская Америка', 'Южная Америка', 'Северная Америка', 'Индийский океан', 'Корейский полуостров'],
  de: ['Lateinamerika', 'Südamerika', 'Nordamerika', 'Indischer Ozean', 'Koreanische Halbinsel'],
  fr: ['Amérique latine', 'Amérique du Sud', 'Amérique du Nord', 'océan Indien', 'péninsule coréenne'],
  es: ['América Latina', 'América del Sur', 'América del Norte', 'océano Índico', 'península de Corea'],
  ar: ['أمريكا اللاتينية', 'أمريكا الجنوبية', 'أمريكا الشمالية', 'المحيط الهندي', 'شبه الجزيرة الكورية'],
};
