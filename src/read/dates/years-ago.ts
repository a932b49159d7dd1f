// "Forty years ago", "vor vierzig Jahren", "il y a quarante ans", "hace cuarenta años", "сорок лет назад": the year
// that many years before the publication; with "today" or "to the day" ("Heute vor vierzig Jahren", "il y a
// quarante ans jour pour jour", "forty years ago today") the publication's day that many years back. Read before
// chrono, which takes "Heute"/"today" alone for the publication's day, and before the word "лет назад" alone.
// Without a publication date there is no value.
import { NUMBER, numberValue } from '../events/numbers.ts';
import type { DateCandidate, DateDetector } from './candidate.ts';
import type { Reference } from './reference.ts';

/** One pattern per language: the number (`n`); `pre` or `day` when the words say "today" or "to the day". */
const PATTERNS: Record<string, RegExp> = {
  en: new RegExp(
    String.raw`(?<![\p{L}])(?:(?<pre>today|this\s+day),?\s+)?(?<n>${NUMBER})\s+years\s+ago(?:,?\s+(?<day>today|to\s+the\s+day|this\s+(?:week|day)))?(?![\p{L}])`,
    'giu',
  ),
  de: new RegExp(
    String.raw`(?<![\p{L}])(?:(?<pre>heute)\s+)?vor\s+(?:genau\s+)?(?<n>${NUMBER})\s+Jahren(?:\s+(?<day>auf\s+den\s+Tag(?:\s+genau)?))?(?![\p{L}])`,
    'giu',
  ),
  fr: new RegExp(
    String.raw`(?<![\p{L}])(?:(?<pre>aujourd['’]hui),?\s+)?il\s+y\s+a\s+(?:exactement\s+)?(?<n>${NUMBER})\s+ans(?:,?\s+(?<day>jour\s+pour\s+jour))?(?![\p{L}])`,
    'giu',
  ),
  es: new RegExp(
    String.raw`(?<![\p{L}])(?:(?<pre>hoy),?\s+)?hace\s+(?:exactamente\s+)?(?<n>${NUMBER})\s+años(?:,?\s+(?<day>hoy|este\s+mismo\s+día|tal\s+día\s+como\s+hoy))?(?![\p{L}])`,
    'giu',
  ),
  ru: new RegExp(String.raw`(?<![\p{L}])(?:(?<pre>сегодня),?\s+)?(?<n>${NUMBER})\s+(?:лет|года?)\s+назад(?:,?\s+(?<day>день\s+в\s+день))?(?![\p{L}])`, 'giu'),
};

const pad = (n: number) => String(n).padStart(2, '0');

export const yearsAgoDetector: DateDetector = {
  name: 'years-ago',
  cues: [/ago|vor\s|il\s+y\s+a|hace\s|назад/iu],
  find(text: string, language: string, ref: Reference | null): DateCandidate[] {
    const re = PATTERNS[language];
    if (!re || !ref) return [];
    const out: DateCandidate[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = numberValue(m.groups?.n ?? '');
      if (n === null || n < 1 || !Number.isInteger(n)) continue;
      const year = ref.year - n;
      const toTheDay = (m.groups?.pre || m.groups?.day) && ref.month && ref.day;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        value: toTheDay ? `${year}-${pad(ref.month!)}-${pad(ref.day!)}` : String(year),
        until: null,
        relative: true,
      });
    }
    return out;
  },
};
