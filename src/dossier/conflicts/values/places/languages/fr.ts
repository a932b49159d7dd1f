import type { PlaceGrammar } from './types.ts';

export const fr: PlaceGrammar = {
  lang: 'fr',
  before: ['à', 'a', 'au', 'aux', 'en', 'dans', 'de', 'du', 'des', 'la', 'le', 'les', 'ville', 'capitale'],
  prefixes: ["l'", 'l’', "d'", 'd’'],
};
