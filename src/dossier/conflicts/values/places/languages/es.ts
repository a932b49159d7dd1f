import type { PlaceGrammar } from './types.ts';

export const es: PlaceGrammar = {
  lang: 'es',
  before: ['en', 'a', 'de', 'del', 'desde', 'el', 'la', 'los', 'las', 'ciudad', 'capital'],
};
