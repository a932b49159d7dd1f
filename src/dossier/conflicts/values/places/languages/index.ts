// Place-name grammar of each language Pactwatch reads, side by side; the gazetteer tries all of them, since
// a value does not say which language wrote it.
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ko } from './ko.ts';
import { ru } from './ru.ts';
import type { PlaceGrammar } from './types.ts';
import { uk } from './uk.ts';

export type { PlaceGrammar } from './types.ts';

export const GRAMMARS: PlaceGrammar[] = [en, ru, uk, de, fr, es, ar, ko];
