// Masthead and staff lines of a site's header or footer: "Supervisor X", "Editor in Chief: Y | Publisher Z".
import { lineDetector } from './line-detector.ts';

/** Staff roles that sites print beside a name; the line is nothing but role + name (one or several). */
const ROLE =
  '(?:supervisor|general supervisor|editor[- ]in[- ]chief|chief editor|editor|managing editor|executive editor|deputy editor(?:[- ]in[- ]chief)?|' +
  'editorial director|news editor|publisher|founder|co-founder|chairman(?: of the board)?|board chairman|ceo|general manager|editorial board|' +
  'главный редактор|шеф-редактор|учредитель|издатель|chefredakteur(?:in)?|herausgeber(?:in)?|chefredaktion|' +
  'rédacteur en chef|rédactrice en chef|directeur de (?:la )?publication|director|directora)';
/** One to five name tokens, each starting with a capital or in a caseless script (Arabic, CJK). */
const NAME = "(?:[\\p{Lu}\\p{Lo}][\\p{L}'’.\\-]*\\s*){1,5}";
const STAFF_ENTRY = new RegExp(`^${ROLE}\\s*[:\\-–—]?\\s*${NAME}$`, 'iu');

export const masthead = lineDetector('masthead', (text) => {
  const entries = text.split(/\s*[|•·]\s*/).filter(Boolean);
  return entries.length > 0 && entries.every((e) => STAFF_ENTRY.test(e) && /\s/.test(e));
});
