// Russian cues, sentence by sentence (fixtures/ru.ts).
import { RU } from './fixtures/ru.ts';
import { testCases } from './testing.ts';

testCases('ru', RU);
