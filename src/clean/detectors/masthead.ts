// Masthead and staff lines of a site's header or footer: "Supervisor X", "Editor in Chief: Y | Publisher Z".
import { FUNCTION_WORDS, words } from '../../text/index.ts';
import { lineDetector } from './line-detector.ts';

/** Staff roles that sites print beside a name; the line is nothing but role + name (one or several). */
const ROLE =
  '(?:supervisor|general supervisor|editor[- ]in[- ]chief|chief editor|editor|managing editor|executive editor|deputy editor(?:[- ]in[- ]chief)?|' +
  'editorial director|news editor|publisher|founder|co-founder|chairman(?: of the board)?|board chairman|ceo|general manager|editorial board|' +
  'главный редактор|шеф-редактор|учредитель|издатель|chefredakteur(?:in)?|herausgeber(?:in)?|chefredaktion|' +
  'rédacteur en chef|rédactrice en chef|directeur de (?:la )?publication|director|directora)';
const ROLE_PREFIX = new RegExp(`^${ROLE}\\s*[:\\-–—]?\\s+`, 'iu');
/** One to five name tokens, each starting with a capital or in a caseless script (Arabic, CJK); case-sensitive. */
const NAME = /^(?:[\p{Lu}\p{Lo}][\p{L}'’.-]*\s*){1,5}$/u;

export function isStaffEntry(entry: string): boolean {
  const role = ROLE_PREFIX.exec(entry);
  const name = entry.slice(role?.[0].length ?? 0);
  return !!role && NAME.test(name) && !words(name).some((w) => FUNCTION_WORDS.has(w.toLowerCase())); // "Publisher Defends Coverage Of X" is a headline
}

export const masthead = lineDetector('masthead', (text) => {
  const entries = text.split(/\s*[|•·]\s*/).filter(Boolean);
  return entries.length > 0 && entries.every(isStaffEntry);
});
