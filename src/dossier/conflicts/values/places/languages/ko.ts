import type { PlaceGrammar } from './types.ts';

export const ko: PlaceGrammar = {
  lang: 'ko',
  before: [],
  // Postpositions: "평양에서" (in Pyongyang), "서울의" (Seoul's), "모스크바로" (to Moscow).
  suffixes: ['에서', '에', '의', '으로', '로', '은', '는', '이', '가'],
};
