import type { CreditWords } from './types.ts';

/** English: "according to Agency", "with reporting by Agency", "Agency reported". */
export const en: CreditWords = {
  language: 'en',
  before: [
    'according to(?: the)?(?: state)?(?: news)?(?: agency)?',
    'with (?:additional )?reporting (?:by|from)',
    'as reported by',
    'reported by',
    'citing(?: the)?(?: state)?(?: news)?(?: agency)?',
    'via',
    'courtesy of',
    'distributed by',
    'syndicated (?:from|by)',
    'originally published by',
    'source:',
  ],
  after: ['reported', 'reports', 'has reported', 'said in a report', 'contributed to this report'],
};
