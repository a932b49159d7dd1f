import type { PlaceGrammar } from './types.ts';

export const de: PlaceGrammar = {
  lang: 'de',
  before: ['in', 'im', 'bei', 'nach', 'aus', 'zu', 'der', 'die', 'das', 'dem', 'den', 'stadt', 'hauptstadt'],
  // The genitive ("Moskaus", "Genfs").
  endings: { script: 'latin', list: ['s'] },
};
