// The weekday a sentence names ("on Tuesday", "este lunes", "am Mittwoch", "mardi", "в понедельник", "الاثنين"),
// per language, as 0 (Sunday) to 6 (Saturday). The meta stage checks a year-less dateline's year against it.

/** Each language's weekday stems, Sunday first. */
const WEEKDAYS: Record<string, string[]> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  ru: ['воскресень[ея]', 'понедельник', 'вторник', 'сред[ауы]', 'четверг', 'пятниц[ауы]', 'суббот[ауы]'],
  de: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', '(?:samstag|sonnabend)'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'mi[ée]rcoles', 'jueves', 'viernes', 's[áa]bado'],
  ar: ['(?:الأحد|الاحد)', '(?:الاثنين|الإثنين)', 'الثلاثاء', '(?:الأربعاء|الاربعاء)', 'الخميس', 'الجمعة', 'السبت'],
};
const PATTERNS = Object.fromEntries(
  Object.entries(WEEKDAYS).map(([lang, days]) => [lang, new RegExp(`(?<!\\p{L})(?:${days.map((d, i) => `(?<d${i}>${d})`).join('|')})(?!\\p{L})`, 'iu')]),
);

/** The first weekday the text names in its language (English for others), or null. */
export function weekdayNamed(text: string, language: string | null): number | null {
  const m = (PATTERNS[language ?? 'en'] ?? PATTERNS.en).exec(text);
  if (!m?.groups) return null;
  const hit = Object.entries(m.groups).find(([, v]) => v !== undefined);
  return hit ? Number(hit[0].slice(1)) : null;
}

/** Weekday of a calendar date, 0 (Sunday) to 6. */
export const weekdayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
