import type { CountWords } from './types.ts';

export const es: CountWords = {
  noun: String.raw`artículos`,
  preamble: { noun: String.raw`preámbulo`, and: 'y' },
  before: ['consta de', 'tiene', 'contiene', 'comprende', 'incluye', 'se compone de', 'está compuesto por', 'está compuesta por', 'sus', 'todos sus', 'de'],
  determiners: ['los'],
  ofAgreement: String.raw`(?:del (?:acuerdo|tratado|convenio|protocolo|pacto)|de la (?:convención|carta))`,
  subset: ['sobre', 'dedicados', 'relativos', 'referidos', 'que', 'en disputa'],
  notBefore: ['más de', 'menos de', 'unos', 'cerca de'],
};
