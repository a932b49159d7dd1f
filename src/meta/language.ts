// Language of the cleaned body (ISO 639-1): franc-min's trigram guess on enough text, the page's declared
// language for short texts, else the script when only one language of ours writes it. Never a guess beyond that.
import { franc } from 'franc-min';
import type { MetaHints } from '../types.ts';
import { type Field, quote } from './context.ts';

/** franc-min's ISO 639-3 codes → ISO 639-1 (languages without a 639-1 code are left out: they give null). */
const ISO3_TO_ISO1: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ukr: 'uk',
  tur: 'tr',
  swe: 'sv',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  bel: 'be',
  kaz: 'kk',
  uzn: 'uz',
  azj: 'az',
  ind: 'id',
  zlm: 'ms',
  vie: 'vi',
  tgl: 'tl',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  som: 'so',
  kin: 'rw',
  run: 'rn',
  nya: 'ny',
  lin: 'ln',
  plt: 'mg',
  jav: 'jv',
  sun: 'su',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  pbu: 'ps',
  ckb: 'ku',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  pan: 'pa',
  guj: 'gu',
  tam: 'ta',
  tel: 'te',
  kan: 'kn',
  mal: 'ml',
  sin: 'si',
  mya: 'my',
  tha: 'th',
  amh: 'am',
  ell: 'el',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
};
/** Below this many letters the trigram guess is unreliable. */
const MIN_TRIGRAM_CHARS = 100;
/** franc reads this much of the body: enough for a reliable guess, and its cost grows with the sample. */
const SAMPLE_CHARS = 400;
/** Above this many letters the text outweighs a page's declared language that disagrees. */
const TRUST_TEXT_CHARS = 300;
/** Scripts that, among the languages we handle, one language writes. */
const SCRIPT_LANGUAGE: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Cyrillic}/u, 'ru'],
];

/** "en-US", "en_GB", "EN" → "en". */
function declared(hints: MetaHints): string | null {
  const m = /^([a-z]{2})(?:[-_]|$)/i.exec(hints.language ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** The script most of the letters are in, mapped to its language when that is unambiguous. */
function byScript(text: string): string | null {
  const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m[0]);
  let best: [string, number] | null = null;
  for (const [re, lang] of SCRIPT_LANGUAGE) {
    const n = letters.filter((c) => re.test(c)).length;
    if (n * 2 > letters.length && (!best || n > best[1])) best = [lang, n];
  }
  return best?.[0] ?? null;
}

export function detectLanguage(body: string, hints: MetaHints): Field<string> {
  const hint = declared(hints);
  const letters = body.replace(/[^\p{L}]/gu, '').length;
  if (letters >= MIN_TRIGRAM_CHARS) {
    const code = franc(body.slice(0, SAMPLE_CHARS));
    const lang = ISO3_TO_ISO1[code] ?? null;
    if (lang && (!hint || hint === lang)) return { value: lang, evidence: `trigrams of the body: ${code}${hint ? `, as the page declares (${hint})` : ''}` };
    if (lang && letters >= TRUST_TEXT_CHARS) return { value: lang, evidence: `trigrams of the body: ${code} (the page declares ${hint}; the text wins)` };
  }
  if (hint) return { value: hint, evidence: `the page declares ${quote(hints.language ?? '')}` };
  const script = byScript(body);
  if (script) return { value: script, evidence: `script of the body (${script})` };
  return { value: null, evidence: 'too little text to tell and no declared language' };
}
