// The lifecycle cue rules of every language, composed in one list. A document in a language without rules,
// or of unknown language, is read with all of them: cue words rarely mean something else across languages.
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { LanguageRules } from './types.ts';

export const LANGUAGES: Record<string, LanguageRules> = { en, ru, de, fr, es, ar };

const ALL = Object.values(LANGUAGES);

export function rulesFor(language: string | null): LanguageRules[] {
  const own = language ? LANGUAGES[language.toLowerCase().slice(0, 2)] : undefined;
  return own ? [own] : ALL;
}
