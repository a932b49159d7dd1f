// Arabic article references ("المادة 4", "المادة (٤)", "المادتين 3 و4", "المادة الرابعة", "للمادة 5");
// "المادة 51 من ميثاق الأمم المتحدة" (of the UN Charter) belongs to another instrument.
import { type ArticleLanguage, asciiDigits, readList, YEAR } from './common.ts';

/** "المادة", "للمادة", "بالمادة", "وفقاً للمادة", dual "المادتين", plural "المواد". */
const ARTICLE = String.raw`(?<!\p{L})[وفبك]?(?:ال|لل)(?:مادة|مادتين|مادتان|مواد)\s*`;
const NUMBER = String.raw`\(?\s*[0-9٠-٩]{1,3}\s*\)?`;
const SEP = String.raw`\s*(?:،|,|و|إلى|حتى|[-–])\s*`;
const SEP_RE = /\s*(?:،|,|و|إلى|حتى|[-–])\s*/gu;
const RANGE_RE = /إلى|حتى|[-–]/u;
const readAr = (t: string) => Number(asciiDigits(t).replace(/[^\d]/g, '')) || null;

/** Feminine ordinals (مادة is feminine) by value, 1–10; "الاولى" is "الأولى" without its hamza. */
const UNITS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
/** Tens in the nominative and the oblique case: "العشرون", "العشرين". */
const TENS = [
  ['العشرون', 'العشرين'],
  ['الثلاثون', 'الثلاثين'],
];
/** Every written form up to 39 → value: 11 is "الحادية عشرة", 12–19 add "عشرة" (reports often write "عشر"), 21 "الحادية والعشرون". */
const ORDINAL_VALUES = new Map<string, number>([['الاولى', 1]]);
UNITS.forEach((u, i) => ORDINAL_VALUES.set(u, i + 1));
for (const ten of ['عشرة', 'عشر']) ['الحادية', ...UNITS.slice(1, 9)].forEach((u, i) => ORDINAL_VALUES.set(`${u} ${ten}`, i + 11));
TENS.forEach((forms, t) =>
  forms.forEach((ten) => {
    ORDINAL_VALUES.set(ten, (t + 2) * 10);
    ['الحادية', ...UNITS.slice(1, 9)].forEach((u, i) => ORDINAL_VALUES.set(`${u} و${ten}`, (t + 2) * 10 + i + 1));
  }),
);
const ORDINAL = `(${[...ORDINAL_VALUES.keys()].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`;
const ordinalValue = (w: string) => ORDINAL_VALUES.get(w) ?? null;

/** Instrument nouns, bare or definite: charter, constitution, treaty, convention, agreement, document, alliance, statute. */
const INSTRUMENT = /^(?:ال)?(?:ميثاق|دستور|معاهدة|اتفاقية|اتفاق|وثيقة|حلف|نظام)/u;
/** A definite generic noun ("من المعاهدة", of the treaty) is the agreement under discussion, unless a year follows. */
const OURS = /^ال(?:معاهدة|اتفاقية|اتفاق|وثيقة)$/u;

/** "من ميثاق الأمم المتحدة" → "ميثاق الأمم المتحدة"; "من المعاهدة" → null (ours). */
function instrumentAfterAr(tail: string): string | null {
  const m = /^\s*من\s+([^.,،؛()]{1,60})/u.exec(tail);
  if (!m) return null;
  const w = m[1].trim().split(/\s+/).slice(0, 4);
  if (/^(?:هذه|هذا)$/u.test(w[0]) || !INSTRUMENT.test(w[0])) return null;
  const name = w.join(' ');
  return OURS.test(w[0]) && !YEAR.test(asciiDigits(name)) ? null : name;
}

export const ar: ArticleLanguage = {
  name: 'ar',
  cue: /ماد|مواد/u,
  rules: [
    {
      name: 'madda-number',
      pattern: new RegExp(String.raw`${ARTICLE}(${NUMBER})((?:${SEP}${NUMBER})*)`, 'gu'),
      read: (m) => ({ numbers: readList(m[1] + m[2], SEP_RE, RANGE_RE, readAr).filter((n) => n > 0) }),
    },
    {
      name: 'madda-ordinal',
      pattern: new RegExp(String.raw`${ARTICLE}${ORDINAL}`, 'gu'),
      read: (m) => {
        const n = ordinalValue(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
  ],
  instrumentAfter: instrumentAfterAr,
  // "المادة نفسها", "وتنص المادة ذاتها…"
  continuation: /^[\s«"(]*(?:\p{L}+\s+){0,2}(?:ال|لل|بال)?مادة\s+(?:نفسها|ذاتها)/u,
};
