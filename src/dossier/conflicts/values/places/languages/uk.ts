import type { PlaceGrammar } from './types.ts';

export const uk: PlaceGrammar = {
  lang: 'uk',
  before: ['у', 'в', 'на', 'з', 'із', 'місті', 'столиці'],
  endings: { script: 'cyrillic', list: ['і', 'ї', 'є', 'ові', 'еві'] },
};
