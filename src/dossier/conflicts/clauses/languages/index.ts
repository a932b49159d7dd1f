// Every language's clause words, in one list. A claim's words are looked up in all of them: a report quotes
// other languages, and the word lists rarely collide.
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { ClauseWords } from './types.ts';

export { type ClauseWords, SCALES } from './types.ts';

export const LANGUAGES: Record<string, ClauseWords> = { en, fr, de, es, ru, ar };
