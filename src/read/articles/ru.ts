// Russian article references in every case ("статья 4", "статье 4", "статьи 3 и 4", "статьёй 5", "ст. 4",
// "пункт 2 статьи 4", "четвёртая статья"); "статьёй 51 Устава ООН" belongs to another instrument.
import { YEAR, readList, type ArticleLanguage } from './common.ts';

const ARTICLE = String.raw`(?<!\p{L})(?:стать(?:я|и|е|ю|ей|ёй|ею|ёю|ям|ями|ях)|статей|ст\.)\s*`;
const SEP = String.raw`\s*(?:,\s*(?:и\s+)?|и\s+|или\s+|по\s+|[-–—]\s*)`;
const SEP_RE = /\s*(?:,\s*(?:и\s+)?|и\s+|или\s+|по\s+|[-–—]\s*)/giu;
const RANGE_RE = /по|[-–—]/iu;
const NUMBER = String.raw`\d{1,3}(?!\d|[.,]\d)`;

/** Ordinal stems by value: "третьей статьи" → 3. */
const ORDINAL_STEMS = ['перв', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат'];
/** Adjective endings only, so the cardinal "пяти статей" (five articles) is not read as "the fifth". */
const ADJECTIVE_ENDING = '(?:ая|ой|ую|ою|ое|ого|ому|ом|ым|ий|ый|ья|ьей|ью|ье|ьего|ьему|ьим|ем|ей)';
const ORDINAL = `(${[...ORDINAL_STEMS].sort((a, b) => b.length - a.length).join('|')})${ADJECTIVE_ENDING}`;
const ordinalValue = (stem: string) => ORDINAL_STEMS.findIndex((s) => new RegExp(`^${s}$`, 'iu').test(stem)) + 1 || null;

/** Heads that name this kind of instrument; bare "договора" after a number is the agreement under discussion. */
const GENERIC_HEAD = /^(?:договор|соглашени|пакт|документ|меморандум|протокол)/iu;
/** Heads that are always another instrument: a charter, a constitution, a convention, a law. */
const OTHER_HEAD = /^(?:устав|конституци|конвенци|хартии|хартия|кодекс|закон|статут|деклараци|резолюци)/iu;
/** "настоящего договора", "этого соглашения": the text itself. */
const SELF = /^(?:настоящ|данн|этого|этой|сего|нового|новой|самого|указанн)/iu;

function words(tail: string): string[] {
  const cut = tail.search(/[,;:()"«»!?\n]|\.(?:\s|$)/u);
  return (cut < 0 ? tail : tail.slice(0, cut)).split(/\s+/).filter(Boolean).slice(0, 10);
}

/** "статьёй 51 Устава ООН" → "Устава ООН"; "статье 4 договора" → null (ours). */
export function instrumentAfterRu(tail: string): string | null {
  if (!/^\s+\p{Script=Cyrillic}/u.test(tail)) return null;
  const w = words(tail);
  if (SELF.test(w[0] ?? '')) return null;
  const head = w.slice(0, 3).findIndex((x) => GENERIC_HEAD.test(x) || OTHER_HEAD.test(x));
  if (head < 0) return /^\p{Lu}{2,}$/u.test(w[0] ?? '') ? w[0] : null; // "статья 5 НАТО"
  let end = head + 1;
  while (end < w.length && end < head + 4 && /^(?:\p{Lu}|\d)/u.test(w[end])) end++;
  const name = w.slice(0, end).join(' ');
  if (OTHER_HEAD.test(w[head])) return name;
  const mods = w.slice(0, head);
  if (mods.some((x) => /^\p{Lu}/u.test(x) && !/[-–]/.test(x))) return name; // "Вашингтонского договора"
  // "соглашения 2009 года", "договора от 22 сентября 2009 года"
  if (w.slice(head + 1, head + 5).some((x) => YEAR.test(x))) return w.slice(0, head + 5).join(' ');
  return null;
}

export const ru: ArticleLanguage = {
  name: 'ru',
  cue: /стат|ст\./iu,
  rules: [
    {
      name: 'paragraph-of-article',
      pattern: new RegExp(String.raw`(?<!\p{L})(?:пункт\p{L}*|п\.|част\p{L}*|ч\.|абзац\p{L}*)\s*(\d{1,2})\s+${ARTICLE}(${NUMBER})`, 'giu'),
      read: (m) => ({ numbers: [Number(m[2])], paragraph: Number(m[1]) }),
    },
    {
      name: 'article-number',
      pattern: new RegExp(String.raw`${ARTICLE}(${NUMBER})(?:,?\s*(?:пункт|п\.|часть|ч\.)\s*(\d{1,2}))?((?:${SEP}${NUMBER})*)`, 'giu'),
      read: (m) => ({ numbers: readList(m[1] + m[3], SEP_RE, RANGE_RE).filter((n) => n > 0), paragraph: Number(m[2]) || null }),
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
  // "Та же статья…", "В той же статье…", "Согласно этой статье…", "Она также предусматривает…"
  continuation:
    /^[\s"«„(]*(?:(?:Кроме того|Также|Помимо этого|При этом|Кроме этого),?\s+)?(?:(?:Та|Эта|Данная|Указанная)\s+(?:же\s+)?статья|(?:В|Согласно|По)\s+(?:той\s+же|этой(?:\s+же)?|данной|указанной)\s+стать[еи]|Она\s+(?:также\s+)?(?:предусматривает|гласит|устанавливает|обязывает|определяет|запрещает|закрепляет|говорит))(?!\p{L})/iu,
};
