// Russian article references in every case ("статья 4", "статье 4", "статьи 3 и 4", "статьёй 5", "ст. 4",
// "пункт 2 статьи 4", "четвёртая статья", "статья четвёртая", "статья XIV", "статьи II–IV"); "статьёй 51 Устава ООН",
// "статья VI ДНЯО" and "Североатлантический договор, статья 5 которого…" belong to other instruments.
import {
  ACRONYM,
  type ArticleLanguage,
  capitalizedWord,
  joinsStates,
  lastIndex,
  otherCounterpart,
  possessorWords,
  properTopic,
  ROMAN_TOKEN,
  readList,
  romanValue,
  YEAR,
} from './common.ts';

const ARTICLE = String.raw`(?<!\p{L})(?:стать(?:я|и|е|ю|ей|ёй|ею|ёю|ям|ями|ях)|статей|ст\.)\s*`;
const SEP = String.raw`\s*(?:,\s*(?:и\s+)?|и\s+|или\s+|по\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:и\s+)?|и\s+|или\s+|по\s+|[-–—]\s*)/giu;
const RANGE_RE = /по|[-–—]/iu;
const NUMBER = String.raw`\d{1,3}(?!\d|[.,]\d)`;
/** The singular forms that an ordinal follows in "статья четвёртая", "согласно статье седьмой". */
const ARTICLE_SINGULAR = String.raw`(?<!\p{L})стать(?:я|и|е|ю|ей|ёй|ею|ёю)\s+`;
/** Nouns an ordinal after "статьи" may belong to instead: "статьи первой главы" (the articles of chapter one). */
const NOT_ARTICLE_ORDINAL = String.raw`(?!\s+(?:глав|раздел|част|секци|приложени|протокол|пункт)\p{L}*)`;

/** Ordinal stems by value: "третьей статьи" → 3. */
const ORDINAL_STEMS = [
  'перв',
  'втор',
  'трет',
  'четв[её]рт',
  'пят',
  'шест',
  'седьм',
  'восьм',
  'девят',
  'десят',
  'одиннадцат',
  'двенадцат',
  'тринадцат',
  'четырнадцат',
  'пятнадцат',
  'шестнадцат',
  'семнадцат',
  'восемнадцат',
  'девятнадцат',
  'двадцат',
];
/** Adjective endings only, so the cardinal "пяти статей" (five articles) is not read as "the fifth". */
const ADJECTIVE_ENDING = '(?:ая|ой|ую|ою|ое|ого|ому|ом|ым|ий|ый|ья|ьей|ью|ье|ьего|ьему|ьим|ем|ей)';
const ORDINAL = `(${[...ORDINAL_STEMS].sort((a, b) => b.length - a.length).join('|')})${ADJECTIVE_ENDING}`;
const ordinalValue = (stem: string) => ORDINAL_STEMS.findIndex((s) => new RegExp(`^${s}$`, 'iu').test(stem)) + 1 || null;

/** Heads that name this kind of instrument; bare "договора" after a number is the agreement under discussion. */
const GENERIC_HEAD = /^(?:договор|соглашени|пакт|документ|меморандум|протокол|конвенци)/iu;
/** Heads that are always another instrument: a charter, a constitution, a convention, a law. */
const OTHER_HEAD = /^(?:устав|конституци|хартии|хартия|кодекс|закон|статут|деклараци|резолюци)/iu;
/** "настоящего договора", "этого соглашения": the text itself. */
const SELF = /^(?:настоящ|данн|этого|этой|сего|нового|новой|самого|указанн)/iu;

function words(tail: string): string[] {
  const cut = tail.search(/[,;:()"«»!?\n]|\.(?:\s|$)/u);
  return (cut < 0 ? tail : tail.slice(0, cut)).split(/\s+/).filter(Boolean).slice(0, 12);
}

/** "статьёй 51 Устава ООН" → "Устава ООН"; "статье 4 договора" → null (ours). */
export function instrumentAfterRu(tail: string): string | null {
  if (!/^\s+\p{Script=Cyrillic}/u.test(tail)) return null;
  const w = words(tail);
  if (SELF.test(w[0] ?? '')) return null;
  const head = w.slice(0, 3).findIndex(isHead);
  if (head < 0) return ACRONYM.test(w[0] ?? '') || /^\p{Lu}{2}$/u.test(w[0] ?? '') ? w[0] : null; // "статья 5 НАТО", "статья VI ДНЯО"
  let end = head + 1;
  while (end < w.length && end < head + 4 && /^(?:\p{Lu}|\d)/u.test(w[end])) end++;
  const name = w.slice(0, end).join(' ');
  if (OTHER_HEAD.test(w[head]) || (CONVENTION.test(w[head]) && end > head + 1)) return name; // "Конвенции ООН по морскому праву"
  if (w.slice(0, head).some(isProperModifier)) return name; // "Вашингтонского договора"
  // "соглашения 2009 года", "договора от 22 сентября 2009 года"
  if (w.slice(head + 1, head + 5).some((x) => YEAR.test(x))) return w.slice(0, head + 5).join(' ');
  // "Договора о Европейском союзе", not "Договора о партнёрстве между Россией и Ираном"
  const topic = /^(?:о|об|обо)$/iu.test(w[head + 1] ?? '') ? properTopic(w.slice(head + 2), /^между$/iu, capitalizedWord) : 0;
  if (topic) return w.slice(0, head + 2 + topic).join(' ');
  return null;
}

const isHead = (x: string) => GENERIC_HEAD.test(x) || OTHER_HEAD.test(x);
/** A convention unnamed is the agreement under discussion; one with a capitalized name after it is another. */
const CONVENTION = /^конвенци/iu;
/** "Вашингтонского", not "российско-корейского" (the parties' names describe this agreement). */
const isProperModifier = (x: string) => /^\p{Lu}/u.test(x) && !joinsStates(x);

/** What introduces a possessor's reference: "договор, чья статья 5…"; "договор, статья 5 которого…" has it after. */
const RELATIVE_BEFORE = /,\s*чь(?:я|ей|ю|и|его|ему|ими|их)\s+$/iu;
const RELATIVE_AFTER = /^\s+котор(?:ого|ой|ых)(?!\p{L})/iu;
/** Words between a possessor and the clause start that are no part of its name. */
const PREPOSITION = /^(?:от|с|со|в|во|по|и|или|на|к|ко|для|о|об|чем|как|из|при)$/iu;
/** Words that set a possessor against the agreement under discussion: "В отличие от Варшавского договора, чья статья 4…". */
const CONTRAST = /^(?:отличие|отличии|сравнению|противоположность)$/iu;

/** The other instrument that owns a reference through a relative clause, or null. */
function instrumentBeforeRu(head: string, title: string | null, tail: string): string | null {
  const w = possessorWords(head, RELATIVE_BEFORE) ?? (RELATIVE_AFTER.test(tail) ? possessorWords(head, /,\s*$/u) : null);
  if (!w) return null;
  const h = lastIndex(w, isHead);
  if (h < 0) return ACRONYM.test(w[w.length - 1]) ? w[w.length - 1] : null;
  let start = h;
  while (start > 0 && h - start < 3 && !PREPOSITION.test(w[start - 1]) && !CONTRAST.test(w[start - 1])) start--;
  if (SELF.test(w[start])) return null;
  const name = w.slice(start, h + 1).join(' ');
  const contrast = w.slice(0, start).some((x) => CONTRAST.test(x));
  const clause = w.slice(h + 1);
  return contrast ||
    OTHER_HEAD.test(w[h]) ||
    w.slice(start, h).some(isProperModifier) ||
    clause.some((x) => YEAR.test(x)) ||
    otherCounterpart(clause, title, 'ru')
    ? name
    : null;
}

export const ru: ArticleLanguage = {
  name: 'ru',
  cue: /стат|ст\./iu,
  rules: [
    {
      name: 'paragraph-of-article',
      pattern: new RegExp(String.raw`(?<!\p{L})(?:пункт\p{L}*|п\.|част\p{L}*|ч\.|абзац\p{L}*)\s*(\d{1,2})\s+${ARTICLE}(${NUMBER}|${ROMAN_TOKEN})`, 'giu'),
      read: (m) => {
        const n = Number(m[2]) || romanValue(m[2]);
        return n ? { numbers: [n], paragraph: Number(m[1]) } : null;
      },
    },
    {
      name: 'article-number',
      pattern: new RegExp(String.raw`${ARTICLE}(${NUMBER})(?:,?\s*(?:пункт|п\.|часть|ч\.)\s*(\d{1,2}))?((?:${SEP}${NUMBER})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[3], SEP_RE, RANGE_RE).filter((n) => n > 0), paragraph: Number(m[2]) || null }),
    },
    {
      name: 'article-roman',
      pattern: new RegExp(String.raw`${ARTICLE}(${ROMAN_TOKEN})((?:${SEP}${ROMAN_TOKEN})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[2], SEP_RE, RANGE_RE, romanValue) }),
    },
    {
      name: 'article-ordinal',
      pattern: new RegExp(String.raw`${ARTICLE_SINGULAR}${ORDINAL}(?!\p{L})${NOT_ARTICLE_ORDINAL}`, 'giu'),
      read: (m) => {
        const n = ordinalValue(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
    {
      name: 'ordinal-article',
      pattern: new RegExp(String.raw`(?<!\p{L})${ORDINAL}\s+стать\p{L}*`, 'giu'),
      read: (m) => {
        const n = ordinalValue(m[1]);
        return n == null ? null : { numbers: [n] };
      },
    },
  ],
  instrumentAfter: instrumentAfterRu,
  instrumentBefore: instrumentBeforeRu,
  // "Та же статья…", "В той же статье…", "Согласно этой статье…", "Она также предусматривает…"
  continuation:
    /^[\s"«„(]*(?:(?:Кроме того|Также|Помимо этого|При этом|Кроме этого),?\s+)?(?:(?:Та|Эта|Данная|Указанная)\s+(?:же\s+)?статья|(?:В|Согласно|По)\s+(?:той\s+же|этой(?:\s+же)?|данной|указанной)\s+стать[еи]|Она\s+(?:также\s+)?(?:предусматривает|гласит|устанавливает|обязывает|определяет|запрещает|закрепляет|говорит))(?!\p{L})/iu,
};
