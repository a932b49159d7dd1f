// Arabic clause words: numbers only (its words have no cognates in the Latin and Cyrillic keys). A number word
// may carry the article or a conjunction ("الخمسين", "وخمسين"); tens in the nominative (-ون) or the oblique
// (-ين) case, the oblique doubling as the ordinal ("الصك الخمسين", the fiftieth instrument).
import { type ClauseWords, forms } from './types.ts';

const TABLE: [string, number][] = [
  ...forms(3, 'ثلاث', 'ثلاثة', 'ثالث', 'ثالثة'),
  ...forms(4, 'أربع', 'أربعة', 'رابع', 'رابعة'),
  ...forms(5, 'خمس', 'خمسة', 'خامس', 'خامسة'),
  ...forms(6, 'ست', 'ستة', 'سادس', 'سادسة'),
  ...forms(7, 'سبع', 'سبعة', 'سابع', 'سابعة'),
  ...forms(8, 'ثماني', 'ثمانية', 'ثامن', 'ثامنة'),
  ...forms(9, 'تسع', 'تسعة', 'تاسع', 'تاسعة'),
  ...forms(10, 'عشر', 'عشرة', 'عاشر', 'عاشرة'),
  ...forms(20, 'عشرون', 'عشرين'),
  ...forms(30, 'ثلاثون', 'ثلاثين'),
  ...forms(40, 'أربعون', 'أربعين'),
  ...forms(50, 'خمسون', 'خمسين'),
  ...forms(60, 'ستون', 'ستين'),
  ...forms(70, 'سبعون', 'سبعين'),
  ...forms(80, 'ثمانون', 'ثمانين'),
  ...forms(90, 'تسعون', 'تسعين'),
  ...forms(100, 'مئة', 'مائة'),
  ...forms(1000, 'ألف'),
];
const NUMBERS = Object.fromEntries(TABLE);
/** A conjunction and the article a number word may be written with. */
const PREFIX = /^(?:و|ف)?(?:ال)?/u;

/** Word starts naming what clauses are about (../concepts.ts). */
const CONCEPTS: ClauseWords['concepts'] = {
  'entry-into-force': ['حيز', 'النفاذ'],
  ratification: ['تصديق', 'مصادق'],
  deposit: ['إيداع', 'أودع'],
  withdrawal: ['انسحاب', 'انسحب'],
  duration: ['مدة', 'مدته'],
  renewal: ['تجديد', 'تمديد'],
  amendment: ['تعديل'],
  notice: ['إخطار', 'إشعار', 'يخطر'],
  dispute: ['نزاع', 'خلاف'],
  arbitration: ['تحكيم'],
  territory: ['أراضي', 'أراض', 'إقليم'],
  border: ['حدود'],
  forces: ['قوات', 'جنود', 'عسكري', 'جيش'],
  exercises: ['مناورات', 'مناورة', 'تمارين'],
  training: ['تدريب'],
  disaster: ['كارث', 'كوارث'],
  rescue: ['إنقاذ'],
  activities: ['نشاط', 'أنشطة'],
  cooperation: ['تعاون'],
  joint: ['مشترك'],
  holy: ['مقدس'],
  muslim: ['إسلامي', 'مسلم'],
  christian: ['مسيحي'],
  jewish: ['يهود'],
  role: ['دور'],
  special: ['خاص'],
  navigation: ['ملاح'],
  fishing: ['صيد'],
  vessels: ['سفن', 'سفين', 'قوارب', 'قارب', 'مراكب'],
  freedom: ['حرية'],
  meeting: ['اجتماع'],
  year: ['عام', 'سنة', 'سنوات'],
  month: ['شهر', 'أشهر'],
  water: ['مياه', 'ماء'],
  river: ['نهر'],
  assistance: ['مساعد', 'إغاثة', 'عون'],
  victims: ['ضحايا'],
  weapons: ['أسلحة', 'سلاح'],
  nuclear: ['نووي'],
  jurisdiction: ['قضائي'],
  criminal: ['جنائي', 'جرائم', 'جريمة'],
  customs: ['جمرك', 'جمارك'],
  attack: ['هجوم', 'عدوان', 'اعتداء'],
  defence: ['دفاع'],
};

export const ar: ClauseWords = {
  concepts: CONCEPTS,
  stop: [],
  numbers: NUMBERS,
  numberOf: (word) => NUMBERS[word.replace(PREFIX, '')] ?? null,
  tensAfterUnit: /^و/u,
};
