// Navigation word runs: menus, breadcrumbs, language switchers, a site name repeated across section links.
import { FUNCTION_WORDS, isCapitalised, isLowercase, words } from '../text.ts';
import { lineDetector } from './line-detector.ts';

/** Separators menus and breadcrumbs are pasted with: "Home | World", "News › Asia", "Home / World". */
const MENU_SEPARATOR = /\s*\|\s*|\s+[•·»›/]\s+/;
/** Menu items are a few words each; three or more of them make a menu (two may be a label: "GAZETTE | World"). */
const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 4;

/** Language switchers: codes or names of languages, nothing else. */
const LANGUAGE_NAMES = new Set(
  (
    'en ru de fr es it pt nl pl uk ar zh ja ko tr fa he hi id vi sv fi no da cs el ro hu bg sr hr kk uz ' +
    'eng rus deu ger fra esp english русский deutsch français español italiano português 中文 日本語 한국어 العربية türkçe polski українська'
  ).split(' '),
);

/** Section names of news sites, for a menu pasted as plain words ("News World Business Sport"). */
const MENU_WORDS = new Set(
  (
    'home news world politics business economy economics markets finance sport sports culture opinion video videos photo photos ' +
    'gallery tech technology science health lifestyle entertainment travel weather live latest local national international ' +
    'region regions society analysis features podcasts podcast contact about search login subscribe menu more ' +
    'главная новости политика экономика общество спорт культура мир регионы видео фото ' +
    'startseite nachrichten politik wirtschaft gesellschaft kultur welt ' +
    'accueil actualités politique économie société monde'
  ).split(' '),
);

/**
 * A site name repeated across its section links ("Gazette Gazette Sport Gazette Jobs"): three times or more and a
 * fifth of the tokens at least, in a run of 6 to 40 tokens with no sentence punctuation of any script.
 */
const MIN_REPEATS = 3;
const MIN_REPEAT_SHARE = 0.2;
const REPEAT_RUN_TOKENS = [6, 40];
const ANY_SENTENCE_PUNCTUATION = /[.!?,;:،؛؟。，！？]/u;

/** Menus and switchers are short lines: no need to split a paragraph to know it is not one. */
const MAX_MENU_CHARS = 300;

function isSeparatedMenu(text: string): boolean {
  if (text.startsWith('|') || !/[|•·»›/]/.test(text)) return false; // "|…" is a markdown table row, not a menu
  const items = text.split(MENU_SEPARATOR).filter(Boolean);
  return items.length >= MIN_ITEMS && items.every((it) => words(it).length <= MAX_ITEM_WORDS && !/[.!?]$/.test(it));
}

function isLanguageSwitcher(text: string): boolean {
  if (text.length > 80) return false;
  const tokens = text.split(/[\s|/•·]+/).filter(Boolean);
  // Codes count in capitals only: "EN | DE", not the words "it" or "de" of a sentence.
  return tokens.length >= 2 && tokens.every((t) => LANGUAGE_NAMES.has(t.toLowerCase()) && (t.length > 3 || t === t.toUpperCase()));
}

/**
 * The site name of such a run: the longest phrase (up to three capitalised or caseless-script tokens) repeated
 * often enough, with its count; null when the line is not such a run.
 */
export function repeatedName(text: string): { name: string; count: number } | null {
  if (ANY_SENTENCE_PUNCTUATION.test(text)) return null;
  const tokens = words(text);
  if (tokens.length < REPEAT_RUN_TOKENS[0] || tokens.length > REPEAT_RUN_TOKENS[1]) return null;
  for (let n = 3; n >= 1; n--) {
    const counts = new Map<string, number>();
    for (let k = 0; k + n <= tokens.length; k++) {
      const gram = tokens.slice(k, k + n);
      // Function words repeat in any title ("TREATY BETWEEN THE REPUBLIC OF … AND THE …"): a site name is not one.
      if (gram.every((t) => t.length >= 2 && !isLowercase(t) && !FUNCTION_WORDS.has(t.toLowerCase()))) counts.set(gram.join(' '), (counts.get(gram.join(' ')) ?? 0) + 1);
    }
    let best: { name: string; count: number } | null = null;
    for (const [name, count] of counts) {
      if (count >= MIN_REPEATS && count * n >= tokens.length * MIN_REPEAT_SHARE && (!best || count > best.count)) best = { name, count };
    }
    if (best) return best;
  }
  return null;
}

function isMenuWords(text: string): boolean {
  const tokens = words(text);
  if (tokens.length < MIN_ITEMS || !tokens.every(isCapitalised)) return false;
  if (tokens.some((t) => FUNCTION_WORDS.has(t.toLowerCase()))) return false;
  return tokens.filter((t) => MENU_WORDS.has(t.toLowerCase())).length * 2 >= tokens.length;
}

export const navigation = lineDetector(
  'navigation',
  (text, i, doc) =>
    text.length <= MAX_MENU_CHARS &&
    (isSeparatedMenu(text) || isLanguageSwitcher(text) || repeatedName(text) !== null || ((doc.inHeader(i) || doc.inTail(i)) && isMenuWords(text))),
  true,
);
