// French cues, sentence by sentence (fixtures/fr.ts).
import { FR } from './fixtures/fr.ts';
import { testCases } from './testing.ts';

testCases('fr', FR);
