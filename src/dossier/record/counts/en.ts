import type { CountWords } from './types.ts';

export const en: CountWords = {
  noun: String.raw`articles`,
  preamble: { noun: String.raw`preamble`, and: 'and' },
  before: [
    'has',
    'have',
    'had',
    'contains?',
    'consists? of',
    'comprises?',
    'includes?',
    'made up of',
    'with',
    'of',
    'runs? to',
    'ran to',
    'spans?',
    'totals?',
    'its',
    'all',
    String.raw`(?:agreement|treaty|accord|pact|convention|protocol)['’]s`,
  ],
  determiners: ['the'],
  ofAgreement: String.raw`of the (?:agreement|treaty|accord|pact|convention|protocol|charter)`,
  subset: ['on', 'about', 'concerning', 'covering', 'dealing', 'devoted', 'that', 'which', 'in dispute'],
  notBefore: ['more than', 'less than', 'fewer than', 'over', 'under', 'about', 'some'],
};
