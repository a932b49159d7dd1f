import type { PlaceGrammar } from './types.ts';

export const ar: PlaceGrammar = {
  lang: 'ar',
  before: ['في', 'فى', 'من', 'الى', 'إلى', 'مدينة', 'العاصمة'],
  // Conjunctions and prepositions written as one word with the name: "وطهران", "بطهران", "لموسكو".
  prefixes: ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'وفي'],
};
