// The lifecycle cue rules of every language, composed in one list. A document in a language without rules,
// or of unknown language, is read with all of them: cue words rarely mean something else across languages.
import type { LanguageRules } from '../types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';

export const LANGUAGES: Record<string, LanguageRules> = { en, ru, de, fr };

export function rulesFor(language: string | null): LanguageRules[] {
  const own = language ? LANGUAGES[language.toLowerCase().slice(0, 2)] : undefined;
  return own ? [own] : Object.values(LANGUAGES);
}
