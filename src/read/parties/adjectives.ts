// State adjectives ("Russian President", "North Korean soldiers", "российский парламент", "die russische
// Regierung", "le gouvernement russe"), which i18n-iso-countries does not have. Format: "CODE: adj | adj".
// English forms cover the world's states; Russian, German and French forms the states most often in the news.
// Russian and German forms are the nominative masculine: the matcher adds the case endings. "Korean" alone is
// left out: it names neither Korea. Spanish and Arabic forms are written masculine and extended to the feminine
// (spanish(), arabic()): the matcher's Latin endings cover "-s" and German "-e/-en", not "-o" → "-a" or "ي" → "ية".

/** "BO: boliviano | EC: ecuatoriano" → each with its feminine ("boliviana"; "-és" → "-esa"). */
function spanish(table: string): string {
  return table.replace(/([\p{L}]+?)(o|és)(?=\s*(?:\||\n|$))/gu, (word, stem: string, end: string) => `${word} | ${stem}${end === 'o' ? 'a' : 'esa'}`);
}

/** "CL: التشيلي" → "التشيلي | التشيلية": the relative adjective's feminine. */
function arabic(table: string): string {
  return table.replace(/(\p{Script=Arabic}+ي)(?=\s*(?:\||\n|$))/gu, '$1 | $1ة');
}

export const ADJECTIVES: Record<'en' | 'ru' | 'de' | 'fr' | 'es' | 'ar', string> = {
  en: `
AF: Afghan | AL: Albanian | DZ: Algerian | AD: Andorran | AO: Angolan | AR: Argentine | Argentinian | AM: Armenian
AU: Australian | AT: Austrian | AZ: Azerbaijani | Azeri | BS: Bahamian | BH: Bahraini | BD: Bangladeshi | BB: Barbadian
BY: Belarusian | Belarussian | BE: Belgian | BZ: Belizean | BJ: Beninese | BT: Bhutanese | BO: Bolivian
BA: Bosnian | BW: Botswanan | BR: Brazilian | BN: Bruneian | BG: Bulgarian | BF: Burkinabe | BI: Burundian
KH: Cambodian | CM: Cameroonian | CA: Canadian | CV: Cape Verdean | CF: Central African | TD: Chadian | CL: Chilean
CN: Chinese | CO: Colombian | KM: Comorian | CG: Congolese | CR: Costa Rican | CI: Ivorian | HR: Croatian | CU: Cuban
CY: Cypriot | CZ: Czech | DK: Danish | DJ: Djiboutian | DO: Dominican | EC: Ecuadorian | EG: Egyptian | SV: Salvadoran
GQ: Equatorial Guinean | ER: Eritrean | EE: Estonian | ET: Ethiopian | FJ: Fijian | FI: Finnish | FR: French
GA: Gabonese | GM: Gambian | GE: Georgian | DE: German | GH: Ghanaian | GR: Greek | GR: Hellenic | GD: Grenadian | GT: Guatemalan
GN: Guinean | GW: Bissau-Guinean | GY: Guyanese | HT: Haitian | HN: Honduran | HU: Hungarian | IS: Icelandic
IN: Indian | ID: Indonesian | IR: Iranian | IQ: Iraqi | IE: Irish | IL: Israeli | IT: Italian | JM: Jamaican
JP: Japanese | JO: Jordanian | KZ: Kazakh | Kazakhstani | KE: Kenyan | KW: Kuwaiti | KG: Kyrgyz | LA: Laotian | Lao
LV: Latvian | LB: Lebanese | LS: Basotho | LR: Liberian | LY: Libyan | LT: Lithuanian | LU: Luxembourgish
MG: Malagasy | MW: Malawian | MY: Malaysian | MV: Maldivian | ML: Malian | MT: Maltese | MR: Mauritanian
MU: Mauritian | MX: Mexican | MD: Moldovan | MC: Monegasque | MN: Mongolian | ME: Montenegrin | MA: Moroccan
MZ: Mozambican | MM: Myanmar | Burmese | NA: Namibian | NP: Nepali | Nepalese | NL: Dutch | NZ: New Zealand
NI: Nicaraguan | NE: Nigerien | NG: Nigerian | KP: North Korean | MK: North Macedonian | Macedonian | NO: Norwegian
OM: Omani | PK: Pakistani | PS: Palestinian | PA: Panamanian | PG: Papua New Guinean | PY: Paraguayan | PE: Peruvian
PH: Philippine | Filipino | PL: Polish | PT: Portuguese | QA: Qatari | RO: Romanian | RU: Russian | RW: Rwandan
WS: Samoan | SA: Saudi | Saudi Arabian | SN: Senegalese | RS: Serbian | SC: Seychellois | SL: Sierra Leonean
SG: Singaporean | SK: Slovak | SI: Slovenian | SO: Somali | ZA: South African | KR: South Korean | SS: South Sudanese
ES: Spanish | LK: Sri Lankan | SD: Sudanese | SR: Surinamese | SE: Swedish | CH: Swiss | SY: Syrian | TW: Taiwanese
TJ: Tajik | Tajikistani | TZ: Tanzanian | TH: Thai | TL: Timorese | TG: Togolese | TO: Tongan | TT: Trinidadian
TN: Tunisian | TR: Turkish | TM: Turkmen | UG: Ugandan | UA: Ukrainian | SU: Soviet | CS: Czechoslovak | DD: East German | YU: Yugoslav | AE: Emirati | GB: British | US: American
UY: Uruguayan | UZ: Uzbek | VU: Vanuatuan | VE: Venezuelan | VN: Vietnamese | YE: Yemeni | ZM: Zambian | ZW: Zimbabwean
`,
  ru: `
RU: российский | русский | SU: советский | KP: северокорейский | KR: южнокорейский | US: американский | CN: китайский
JP: японский | DE: германский | немецкий | FR: французский | GB: британский | английский | IR: иранский
UA: украинский | BY: белорусский | TR: турецкий | IN: индийский | IL: израильский | SY: сирийский | IQ: иракский
SA: саудовский | EG: египетский | IT: итальянский | ES: испанский | PL: польский | CA: канадский
AU: австралийский | BR: бразильский | MX: мексиканский | KZ: казахстанский | GE: грузинский | AM: армянский
AZ: азербайджанский | MD: молдавский | молдавский | LT: литовский | LV: латвийский | EE: эстонский | FI: финский
SE: шведский | NO: норвежский | DK: датский | NL: нидерландский | голландский | BE: бельгийский | CH: швейцарский
AT: австрийский | CZ: чешский | SK: словацкий | HU: венгерский | RO: румынский | BG: болгарский | RS: сербский
HR: хорватский | GR: греческий | CY: кипрский | PK: пакистанский | AF: афганский | VN: вьетнамский
TW: тайваньский | MN: монгольский | CU: кубинский | VE: венесуэльский | AR: аргентинский | CL: чилийский
ZA: южноафриканский | NG: нигерийский | ET: эфиопский | DZ: алжирский | LY: ливийский | LB: ливанский
JO: иорданский | QA: катарский | AE: эмиратский | KW: кувейтский | OM: оманский | YE: йеменский
TJ: таджикский | UZ: узбекский | KG: киргизский | TM: туркменский | PH: филиппинский | ID: индонезийский
MY: малайзийский | TH: таиландский | тайский | NZ: новозеландский | IE: ирландский | PT: португальский
BO: боливийский | UY: уругвайский | PY: парагвайский | PE: перуанский | EC: эквадорский | CO: колумбийский
PA: панамский | NI: никарагуанский | HN: гондурасский | GT: гватемальский | SV: сальвадорский | CR: костариканский
JM: ямайский | HT: гаитянский | FJ: фиджийский | MA: марокканский | TN: тунисский | SD: суданский | KE: кенийский
GH: ганский | SN: сенегальский | ML: малийский | AO: ангольский | MZ: мозамбикский | TZ: танзанийский
UG: угандийский | RW: руандийский | ZW: зимбабвийский | ZM: замбийский | NA: намибийский | BD: бангладешский
NP: непальский | LK: шри-ланкийский | MM: мьянманский | KH: камбоджийский | LA: лаосский | SI: словенский
AL: албанский | MK: македонский | ME: черногорский | BA: боснийский | LU: люксембургский | IS: исландский
MT: мальтийский | SG: сингапурский | MR: мавританский | CM: камерунский | BW: ботсванский
`,
  de: `
RU: russisch | SU: sowjetisch | KP: nordkoreanisch | KR: südkoreanisch | US: amerikanisch | US-amerikanisch | CN: chinesisch
JP: japanisch | DE: deutsch | FR: französisch | GB: britisch | IR: iranisch | UA: ukrainisch | BY: belarussisch
TR: türkisch | IN: indisch | IL: israelisch | SY: syrisch | IQ: irakisch | SA: saudisch | EG: ägyptisch
IT: italienisch | ES: spanisch | PL: polnisch | CA: kanadisch | AU: australisch | BR: brasilianisch
MX: mexikanisch | KZ: kasachisch | GE: georgisch | AM: armenisch | AZ: aserbaidschanisch | MD: moldauisch
LT: litauisch | LV: lettisch | EE: estnisch | FI: finnisch | SE: schwedisch | NO: norwegisch | DK: dänisch
NL: niederländisch | BE: belgisch | CH: schweizerisch | AT: österreichisch | CZ: tschechisch | SK: slowakisch
HU: ungarisch | RO: rumänisch | BG: bulgarisch | RS: serbisch | HR: kroatisch | GR: griechisch | PK: pakistanisch
AF: afghanisch | VN: vietnamesisch | TW: taiwanisch | CU: kubanisch | VE: venezolanisch | ZA: südafrikanisch
CL: chilenisch | AR: argentinisch | BO: bolivianisch | UY: uruguayisch | PY: paraguayisch | PE: peruanisch
EC: ecuadorianisch | CO: kolumbianisch | PA: panamaisch | NI: nicaraguanisch | HN: honduranisch
GT: guatemaltekisch | SV: salvadorianisch | CR: costa-ricanisch | JM: jamaikanisch | HT: haitianisch
FJ: fidschianisch | ID: indonesisch | MY: malaysisch | PH: philippinisch | TH: thailändisch | NZ: neuseeländisch
IE: irisch | PT: portugiesisch | LU: luxemburgisch | IS: isländisch | SI: slowenisch | BA: bosnisch
AL: albanisch | MK: nordmazedonisch | mazedonisch | ME: montenegrinisch | CY: zyprisch | MT: maltesisch
MA: marokkanisch | DZ: algerisch | TN: tunesisch | LY: libysch | SD: sudanesisch | ET: äthiopisch | KE: kenianisch
NG: nigerianisch | GH: ghanaisch | SN: senegalesisch | ML: malisch | CI: ivorisch | CM: kamerunisch
RW: ruandisch | UG: ugandisch | TZ: tansanisch | ZM: sambisch | ZW: simbabwisch | MZ: mosambikanisch
AO: angolanisch | NA: namibisch | JO: jordanisch | LB: libanesisch | KW: kuwaitisch | QA: katarisch
AE: emiratisch | OM: omanisch | YE: jemenitisch | UZ: usbekisch | KG: kirgisisch | TJ: tadschikisch
TM: turkmenisch | MN: mongolisch | BD: bangladeschisch | NP: nepalesisch | LK: sri-lankisch | KH: kambodschanisch
SG: singapurisch
`,
  fr: `
RU: russe | SU: soviétique | KP: nord-coréen | KR: sud-coréen | US: américain | CN: chinois | JP: japonais | DE: allemand
FR: français | GB: britannique | IR: iranien | UA: ukrainien | BY: biélorusse | TR: turc | IN: indien
IL: israélien | SY: syrien | IQ: irakien | SA: saoudien | EG: égyptien | IT: italien | ES: espagnol | PL: polonais
CA: canadien | AU: australien | BR: brésilien | MX: mexicain | GE: géorgien | AM: arménien | LT: lituanien
FI: finlandais | SE: suédois | NO: norvégien | DK: danois | NL: néerlandais | BE: belge | CH: suisse
AT: autrichien | CZ: tchèque | HU: hongrois | RO: roumain | BG: bulgare | RS: serbe | GR: grec | PK: pakistanais
AF: afghan | VN: vietnamien | CU: cubain | VE: vénézuélien | DZ: algérien | MA: marocain | TN: tunisien
CL: chilien | AR: argentin | BO: bolivien | UY: uruguayen | PY: paraguayen | PE: péruvien | EC: équatorien
CO: colombien | PA: panaméen | NI: nicaraguayen | HN: hondurien | GT: guatémaltèque | SV: salvadorien
CR: costaricien | costaricain | JM: jamaïcain | HT: haïtien | FJ: fidjien | ID: indonésien | MY: malaisien
PH: philippin | TH: thaïlandais | NZ: néo-zélandais | IE: irlandais | PT: portugais | LU: luxembourgeois
IS: islandais | EE: estonien | LV: letton | SK: slovaque | SI: slovène | HR: croate | BA: bosnien
AL: albanais | MK: macédonien | ME: monténégrin | MD: moldave | CY: chypriote | MT: maltais | KZ: kazakh
kazakhstanais | UZ: ouzbek | AZ: azerbaïdjanais | TJ: tadjik | KG: kirghiz | TM: turkmène | MN: mongol
LY: libyen | SD: soudanais | ET: éthiopien | KE: kényan | NG: nigérian | NE: nigérien | GH: ghanéen
SN: sénégalais | ML: malien | CI: ivoirien | CM: camerounais | RW: rwandais | UG: ougandais | TZ: tanzanien
ZM: zambien | ZW: zimbabwéen | MZ: mozambicain | AO: angolais | NA: namibien | MG: malgache | MR: mauritanien
JO: jordanien | LB: libanais | KW: koweïtien | QA: qatari | qatarien | AE: émirien | OM: omanais | YE: yéménite
BD: bangladais | NP: népalais | LK: sri-lankais | KH: cambodgien | SG: singapourien | ZA: sud-africain
`,
  es:
    spanish(`
SU: soviético | BO: boliviano | UY: uruguayo | PY: paraguayo | EC: ecuatoriano | PA: panameño | HN: hondureño | SV: salvadoreño
GT: guatemalteco | DO: dominicano | HT: haitiano | JM: jamaicano | FJ: fiyiano | IE: irlandés | PT: portugués
SE: sueco | NO: noruego | DK: danés | FI: finlandés | NL: neerlandés | holandés | CH: suizo | AT: austriaco | austríaco
CZ: checo | SK: eslovaco | HU: húngaro | RO: rumano | BG: búlgaro | RS: serbio | GR: griego | BY: bielorruso
KZ: kazajo | UZ: uzbeko | GE: georgiano | AM: armenio | AF: afgano | ID: indonesio | PH: filipino | TH: tailandés
DZ: argelino | TN: tunecino | LY: libio | SD: sudanés | KE: keniano | NG: nigeriano | ZA: sudafricano | GH: ghanés
SN: senegalés | LB: libanés | JO: jordano | MY: malasio
`) +
    `
CR: costarricense | NI: nicaragüense | BE: belga | HR: croata | PK: pakistaní | VN: vietnamita | MA: marroquí
ET: etíope | KW: kuwaití | QA: catarí | OM: omaní | YE: yemení | AZ: azerbaiyano | azerbaiyana
RU: ruso | rusa | KP: norcoreano | norcoreana | KR: surcoreano | surcoreana | US: estadounidense | CN: chino | china
JP: japonés | japonesa | DE: alemán | alemana | FR: francés | francesa | GB: británico | británica | IR: iraní
UA: ucraniano | ucraniana | TR: turco | turca | IN: indio | india | IL: israelí | SY: sirio | siria | IQ: iraquí
SA: saudí | EG: egipcio | egipcia | IT: italiano | italiana | ES: español | española | PL: polaco | polaca
CA: canadiense | AU: australiano | australiana | BR: brasileño | brasileña | MX: mexicano | mexicana
AR: argentino | argentina | CL: chileno | chilena | CO: colombiano | colombiana | PE: peruano | peruana
VE: venezolano | venezolana | CU: cubano | cubana | NZ: neozelandés | neozelandesa | AE: emiratí
`,
  ar:
    `
RU: الروسي | الروسية | KP: الكوري الشمالي | الكورية الشمالية | US: الأمريكي | الأمريكية | الأميركي | الأميركية
CN: الصيني | الصينية | IR: الإيراني | الإيرانية | IL: الإسرائيلي | الإسرائيلية | AE: الإماراتي | الإماراتية
SA: السعودي | السعودية | EG: المصري | المصرية | TR: التركي | التركية | FR: الفرنسي | الفرنسية
` +
    arabic(`
SU: السوفيتي | السوفييتي | CL: التشيلي | الشيلي | AR: الأرجنتيني | BO: البوليفي | UY: الأوروغواياني | الأوروغوائي | PY: الباراغوياني
PE: البيروفي | البيروي | EC: الإكوادوري | CO: الكولومبي | VE: الفنزويلي | CU: الكوبي | BR: البرازيلي
MX: المكسيكي | CA: الكندي | AU: الأسترالي | JP: الياباني | IN: الهندي | PK: الباكستاني | DE: الألماني
GB: البريطاني | IT: الإيطالي | ES: الإسباني | UA: الأوكراني | BY: البيلاروسي | KZ: الكازاخي
UZ: الأوزبكي | AZ: الأذربيجاني | AM: الأرميني | GE: الجورجي | IQ: العراقي | SY: السوري | JO: الأردني
LB: اللبناني | KW: الكويتي | QA: القطري | OM: العماني | YE: اليمني | LY: الليبي | TN: التونسي
DZ: الجزائري | MA: المغربي | SD: السوداني | ET: الإثيوبي | KE: الكيني | NG: النيجيري | FJ: الفيجي
ID: الإندونيسي | MY: الماليزي | BH: البحريني | AF: الأفغاني
`),
};
