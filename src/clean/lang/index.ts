// The words of page junk, one file per language, composed here in one visible list (in the style of chrono-node's
// locales). Each entry is a regular-expression fragment, lowercase, matched case-insensitively unless its field
// says otherwise; detectors build their patterns from the union of all languages, since a page often mixes them
// (an English wire under a Russian share bar).
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { JunkWords } from './junk-words.ts';
import { ru } from './ru.ts';

export const LANGUAGES: readonly JunkWords[] = [en, ru, de, fr, es, ar];

/** Every language's fragments of one kind. */
export function junkWords(kind: keyof JunkWords): string[] {
  return LANGUAGES.flatMap((l) => l[kind]);
}

/** One non-capturing alternation of the fragments, longest first so that a longer phrase wins over its prefix. */
export function anyOf(fragments: readonly string[]): string {
  return `(?:${[...fragments].sort((a, b) => b.length - a.length).join('|')})`;
}
