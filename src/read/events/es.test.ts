// Spanish cues, sentence by sentence (fixtures/es.ts).
import { ES } from './fixtures/es.ts';
import { testCases } from './testing.ts';

testCases('es', ES);
