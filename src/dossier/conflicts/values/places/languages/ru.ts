import type { PlaceGrammar } from './types.ts';

export const ru: PlaceGrammar = {
  lang: 'ru',
  before: ['в', 'во', 'на', 'из', 'у', 'под', 'г.', 'г', 'городе', 'город', 'города', 'столице', 'столица'],
  // Noun endings of the six cases, singular and plural (a name is matched with and without one of them).
  endings: {
    script: 'cyrillic',
    list: ['а', 'я', 'е', 'и', 'ы', 'у', 'ю', 'о', 'ь', 'й', 'ой', 'ей', 'ом', 'ем', 'ём', 'ах', 'ях', 'ам', 'ям', 'ами', 'ями', 'ов', 'ев', 'ого', 'его', 'ому', 'ему', 'ию', 'ии', 'ия'],
  },
};
