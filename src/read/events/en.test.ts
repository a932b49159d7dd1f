// English cues, sentence by sentence (fixtures/en.ts).
import { EN } from './fixtures/en.ts';
import { testCases } from './testing.ts';

testCases('en', EN);
