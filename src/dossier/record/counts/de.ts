import type { CountWords } from './types.ts';

export const de: CountWords = {
  noun: String.raw`Artikeln?`,
  preamble: { noun: String.raw`Präambel`, and: 'und' },
  before: ['umfasst', 'enthält', 'hat', 'besteht aus', 'mit', 'seine', 'ihre', 'alle'],
  determiners: ['die'],
  ofAgreement: String.raw`(?:des (?:Abkommens|Vertrags|Vertrages|Protokolls|Übereinkommens|Pakts)|der (?:Konvention|Charta))`,
  subset: ['über', 'zu', 'zur', 'zum', 'zu den', 'die', 'welche'],
  notBefore: ['mehr als', 'weniger als', 'rund', 'etwa'],
};
