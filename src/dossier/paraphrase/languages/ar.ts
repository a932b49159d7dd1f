// Arabic paraphrase words: the units and the triggers only (its negation and hedges are left to the other
// checks: a claim in Arabic is compared only where its words are plain).
import type { ParaphraseWords } from './types.ts';

export const ar: ParaphraseWords = {
  units: {
    day: ['يوم', 'أيام', 'يوما', 'يومًا'],
    week: ['أسبوع', 'أسابيع'],
    month: ['شهر', 'أشهر', 'شهور'],
    year: ['سنة', 'سنوات', 'عام', 'أعوام', 'عاما', 'عامًا'],
    party: ['طرف', 'أطراف', 'دولة', 'دول', 'صك', 'صكوك'],
  },
  triggers: {
    automatic: ['تلقائي', 'تلقائيا', 'تلقائيًا'],
    'on-request': ['بناء على طلب', 'بناءً على طلب', 'بطلب من'],
    'mutual-agreement': ['باتفاق الطرفين', 'بالاتفاق المتبادل', 'بموافقة الطرفين'],
  },
  negation: /(?<![\p{L}])(?:لا|لم|لن|ليس|ليست|دون|بدون|غير)(?![\p{L}])/u,
  bounds: /(?<![\p{L}])(?:لا\s+يتجاوز|لا\s+تقل|لا\s+يقل)(?![\p{L}])/gu,
  hedges: /(?<![\p{L}])(?:حتى|بحد\s+أقصى|قد)(?![\p{L}])/u,
  pastBefore: /(?<![\p{L}])(?:منذ|قبل)\s*$/u,
  pastAfter: /^\s*(?:لاحقا|لاحقًا)(?![\p{L}])/u,
};
