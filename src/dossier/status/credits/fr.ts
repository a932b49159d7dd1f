import type { CreditWords } from './types.ts';

/** French: "selon l'agence", "rapporte l'agence", "a indiqué l'agence", "d'après". */
export const fr: CreditWords = {
  language: 'fr',
  before: [
    "selon(?: l'agence| l’agence)?(?: officielle| de presse)?",
    "d'après(?: l'agence| l’agence)?(?: officielle| de presse)?",
    "d’après(?: l'agence| l’agence)?(?: officielle| de presse)?",
    "rapporte(?: l'agence| l’agence)?(?: officielle| de presse)?",
    "a rapporté(?: l'agence| l’agence)?(?: officielle| de presse)?",
    "a indiqué(?: l'agence| l’agence)?(?: officielle| de presse)?",
    "citée? par(?: l'agence| l’agence)?",
    '\\(avec',
    'diffusé par',
    'source :',
  ],
  after: ['rapporte', 'a rapporté', 'a indiqué'],
};
