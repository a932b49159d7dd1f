// Arabic cues, sentence by sentence (fixtures/ar.ts).
import { AR } from './fixtures/ar.ts';
import { testCases } from './testing.ts';

testCases('ar', AR);
