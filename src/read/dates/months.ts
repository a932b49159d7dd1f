// Month names by language, for the detectors chrono lacks (day-first ranges, German/French month-only dates).
// Keys are lower-case stems or full words; `monthOf` reads any inflected form ("июня", "März", "Sept.").

/** [pattern source, month number]; a pattern matches the word from its start, so stems cover the Russian cases. */
const MONTHS: Record<'en' | 'ru' | 'de' | 'fr' | 'es' | 'ar', string[]> = {
  en: [
    'jan(?:uary|\\.)?',
    'feb(?:ruary|\\.)?',
    'mar(?:ch|\\.)?',
    'apr(?:il|\\.)?',
    'may',
    'june?',
    'july?',
    'aug(?:ust|\\.)?',
    'sep(?:t(?:ember)?)?\\.?',
    'oct(?:ober|\\.)?',
    'nov(?:ember|\\.)?',
    'dec(?:ember|\\.)?',
  ],
  ru: [
    'январ[ьяе]',
    'феврал[ьяе]',
    'март[ае]?',
    'апрел[ьяе]',
    'ма[йяе]',
    'июн[ьяе]',
    'июл[ьяе]',
    'август[ае]?',
    'сентябр[ьяе]',
    'октябр[ьяе]',
    'ноябр[ьяе]',
    'декабр[ьяе]',
  ],
  de: [
    'jan(?:uar|\\.)?|jänner',
    'feb(?:ruar|\\.)?',
    'märz|mär\\.',
    'apr(?:il|\\.)?',
    'mai',
    'juni',
    'juli',
    'aug(?:ust|\\.)?',
    'sep(?:t(?:ember)?)?\\.?',
    'okt(?:ober|\\.)?',
    'nov(?:ember|\\.)?',
    'dez(?:ember|\\.)?',
  ],
  fr: [
    'janv(?:ier|\\.)?',
    'févr(?:ier|\\.)?|fevrier',
    'mars',
    'avr(?:il|\\.)?',
    'mai',
    'juin',
    'juil(?:let|\\.)?',
    'août|aout',
    'sept(?:embre|\\.)?',
    'oct(?:obre|\\.)?',
    'nov(?:embre|\\.)?',
    'déc(?:embre|\\.)?|decembre',
  ],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 's[ei]ptiembre', 'octubre', 'noviembre', 'diciembre'],
  // Gregorian names, then the Levantine ones ("كانون الثاني"); an Arabic word may carry a prefix ("وفي").
  ar: [
    'يناير|كانون الثاني',
    'فبراير|شباط',
    'مارس|آذار',
    'أبريل|ابريل|نيسان',
    'مايو|أيار',
    'يونيو|يونيه|حزيران',
    'يوليو|يوليه|تموز',
    'أغسطس|اغسطس|آب',
    'سبتمبر|أيلول',
    'أكتوبر|اكتوبر|تشرين الأول',
    'نوفمبر|تشرين الثاني',
    'ديسمبر|كانون الأول',
  ],
};

export type MonthLanguage = keyof typeof MONTHS;

/** Regex source matching one month name of the language (no capture groups). */
export function monthSource(lang: MonthLanguage): string {
  return `(?:${MONTHS[lang].join('|')})(?![\\p{L}])`;
}

const WHOLE = Object.fromEntries(Object.entries(MONTHS).map(([lang, list]) => [lang, list.map((p) => new RegExp(`^(?:${p})$`, 'iu'))])) as Record<
  MonthLanguage,
  RegExp[]
>;

/** 1–12 for a month word of the language, or null. */
export function monthOf(word: string, lang: MonthLanguage): number | null {
  const i = WHOLE[lang].findIndex((re) => re.test(word));
  return i < 0 ? null : i + 1;
}
