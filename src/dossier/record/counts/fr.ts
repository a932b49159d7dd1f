import type { CountWords } from './types.ts';

export const fr: CountWords = {
  noun: String.raw`articles`,
  preamble: { noun: String.raw`préambule`, and: 'et' },
  before: ['compte', 'comporte', 'contient', 'comprend', 'se compose de', 'est composée? de', 'totalise', 'en', 'ses', 'tous ses'],
  determiners: ['les'],
  ofAgreement: String.raw`(?:de l['’](?:accord|entente)|du (?:traité|protocole|pacte)|de la (?:convention|charte))`,
  subset: ['sur', 'consacrés', 'relatifs', 'portant', 'qui', 'dont', 'litigieux', 'contestés'],
  notBefore: ['plus de', 'moins de', 'près de', 'environ'],
};
