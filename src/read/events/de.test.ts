// German cues, sentence by sentence (fixtures/de.ts).
import { DE } from './fixtures/de.ts';
import { testCases } from './testing.ts';

testCases('de', DE);
