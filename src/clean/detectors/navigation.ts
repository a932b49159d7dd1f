// Navigation word runs: menus, breadcrumbs, language switchers, a site name repeated across section links.
import { FUNCTION_WORDS, isCapitalised, repeatedName, words } from '../../text/index.ts';
import { hasRightsNotice } from './copyright.ts';
import { lineDetector } from './line-detector.ts';

/** Separators menus and breadcrumbs are pasted with: "Home | World", "News › Asia", "Home / World", "Home > World". */
const MENU_SEPARATOR = /\s*\|\s*|\s+[•·»›/>]\s+/;
/** A breadcrumb's separators: "Home > Opinion", "Startseite › Meinung". */
const CRUMB_SEPARATOR = /\s+[›>]\s+/;
/** The first crumb of a trail, per language: "Home", "Startseite", "Accueil", "Inicio", "Главная", "الرئيسية". */
const HOME_CRUMB = /^(?:home|homepage|start|startseite|accueil|inicio|portada|главная|الرئيسية)$/iu;
/** Menu items are a few words each; three or more of them make a menu (two may be a label: "GAZETTE | World"). */
const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 4;

/** Language switchers: codes or names of languages, nothing else. */
const LANGUAGE_NAMES = new Set(
  (
    'en ru de fr es it pt nl pl uk ar zh ja ko tr fa he hi id vi sv fi no da cs el ro hu bg sr hr kk uz ' +
    'eng rus deu ger fra esp english русский deutsch français español italiano português 中文 日本語 한국어 العربية türkçe polski українська ' +
    'рус англ укр бел каз нем фр исп عربي english فارسی'
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

/** Menus and switchers are short lines: no need to split a paragraph to know it is not one. */
const MAX_MENU_CHARS = 300;

function isSeparatedMenu(text: string): boolean {
  if (text.startsWith('|') || !/[|•·»›/]/.test(text)) return false; // "|…" is a markdown table row, not a menu
  const items = text.split(MENU_SEPARATOR).filter(Boolean);
  return items.length >= MIN_ITEMS && items.every((it) => words(it).length <= MAX_ITEM_WORDS && !/[.!?]$/.test(it));
}

/** A menu pasted with wide gaps: "Home  News  World  Business", a home crumb or section words among its items. */
const WIDE_GAP = /\s{2,}/;
function isSpacedMenu(text: string): boolean {
  const items = text.trim().split(WIDE_GAP);
  if (items.length < MIN_ITEMS || !items.every((it) => words(it).length <= MAX_ITEM_WORDS && isCapitalised(it) && !/[.!?:]$/.test(it))) return false;
  return HOME_CRUMB.test(items[0]) || items.filter((it) => MENU_WORDS.has(it.toLowerCase())).length * 2 >= items.length;
}

function isLanguageSwitcher(text: string): boolean {
  if (text.length > 80) return false;
  const tokens = text.split(/[\s|/•·]+/).filter(Boolean);
  // Codes count in capitals only: "EN | DE", not the words "it" or "de" of a sentence.
  return tokens.length >= 2 && tokens.every((t) => LANGUAGE_NAMES.has(t.toLowerCase()) && (t.length > 3 || t === t.toUpperCase()));
}

function isMenuWords(text: string): boolean {
  const tokens = words(text);
  if (tokens.length < MIN_ITEMS || !tokens.every(isCapitalised)) return false;
  if (tokens.some((t) => FUNCTION_WORDS.has(t.toLowerCase()))) return false;
  return tokens.filter((t) => MENU_WORDS.has(t.toLowerCase())).length * 2 >= tokens.length;
}

/** Two crumbs or more, each a short name: "Accueil > Monde", "Sala de prensa › Comunicados". */
function crumbsOf(text: string): string[] | null {
  const crumbs = text.split(CRUMB_SEPARATOR);
  return crumbs.length >= 2 && crumbs.every((c) => words(c).length <= MAX_ITEM_WORDS && isCapitalised(c) && !/[.!?%]$/.test(c)) ? crumbs : null;
}

/**
 * A menu anywhere, a run of section words or a trail of two crumbs (a menu only in the header or the tail, unless
 * the trail starts at the home page), or neither.
 */
function menuOf(text: string): 'menu' | 'menu-words' | null {
  // "© X 2025 · Alle Rechte vorbehalten · Impressum" is a credit the meta stage reads, not a menu.
  if (text.length > MAX_MENU_CHARS || hasRightsNotice(text)) return null;
  if (isSeparatedMenu(text) || isSpacedMenu(text) || isLanguageSwitcher(text) || repeatedName(text) !== null) return 'menu';
  const crumbs = crumbsOf(text);
  if (crumbs && HOME_CRUMB.test(crumbs[0])) return 'menu';
  return isMenuWords(text) || crumbs ? 'menu-words' : null;
}

export const navigation = lineDetector(
  'navigation',
  (text, i, doc) => {
    const menu = doc.memo('navigation', i, () => menuOf(text));
    return menu === 'menu' || (menu === 'menu-words' && (doc.inHeader(i) || doc.inTail(i)));
  },
  true,
);
