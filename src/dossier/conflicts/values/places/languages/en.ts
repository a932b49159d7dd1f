import type { PlaceGrammar } from './types.ts';

export const en: PlaceGrammar = {
  lang: 'en',
  before: ['in', 'at', 'near', 'the', 'city', 'of', 'capital'],
};
