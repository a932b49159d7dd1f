// Every language's paraphrase words, in one list. A text is read with its own language's words when known,
// else with all of them.
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { ParaphraseWords } from './types.ts';

export type { ParaphraseWords, Trigger, Unit } from './types.ts';

export const LANGUAGES: Record<string, ParaphraseWords> = { en, ru, de, fr, es, ar };

/** The words to read a text of this language with: its own, else every language's. */
export function wordsFor(language: string | null): ParaphraseWords[] {
  const own = language ? LANGUAGES[language.slice(0, 2).toLowerCase()] : undefined;
  return own ? [own] : Object.values(LANGUAGES);
}
