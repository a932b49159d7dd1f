// Arabic basics: first-person stance, advocacy modals, verdicts; speech verbs (verb first: "قال الوزير").
// Conjunctions cling to the next word ("وأعتقد", "فيجب"), so each cue may carry one.
import type { CueRule, Lexicon } from '../cues.ts';
import { modalVeto } from '../modal.ts';

/** Whole words of `phrases`, each optionally prefixed by the conjunction و or ف. */
function arabicWords(phrases: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])[وف]?(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** "بموجب الاتفاق", "وفقا للمادة", "تنص المادة": the sentence tells what the treaty says. */
const TREATY_FRAME = /(?<!\p{L})(?:بموجب|وفقا|وفقاً|طبقا|طبقاً|تنص|ينص|نصت)(?!\p{L})/u;
/** The modal comes first and its subject after: "يجب على الطرفين" is the treaty's obligation. */
const TREATY_SUBJECT_AFTER = /^\s+(?:على\s+)?(?:كل\s+طرف|الطرفين|الطرفان|الأطراف|الدول|الدولتين|كل\s+دولة)(?!\p{L})/u;
const modalDescribesTreaty = modalVeto({ treatySubject: () => false, treatyFrame: TREATY_FRAME, after: TREATY_SUBJECT_AFTER, initialIsCondition: false });

const OPINION: CueRule[] = [
  { cue: 'first-person-stance', weight: 3, pattern: arabicWords(['في رأيي', 'برأيي', 'من وجهة نظري', 'في تقديري', 'في اعتقادي', 'أعتقد', 'أرى أن', 'أظن']) },
  { cue: 'modal', weight: 1.5, pattern: arabicWords(['يجب', 'ينبغي', 'يتعين', 'عليها أن', 'عليه أن']), unless: modalDescribesTreaty },
  { cue: 'verdict', weight: 1.5, pattern: arabicWords(['حبر على ورق', 'ذر الرماد في العيون', 'مسرحية', 'خدعة']) },
  { cue: 'restrictive', weight: 1, pattern: arabicWords(['مجرد', 'ليس إلا', 'لا أكثر']) },
  { cue: 'evaluative', weight: 1, pattern: arabicWords(['شكلي', 'شكلية', 'وهم', 'خطأ', 'خطير', 'ساذج']) },
];

export const AR: Lexicon = {
  speech: arabicWords(['قال', 'قالت', 'صرح', 'صرحت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'يقول', 'تقول', 'اعتبر', 'اعتبرت']),
  inversion: true,
  passive: new Set([]),
  sourceFirst: arabicWords(['بحسب', 'حسب', 'نقلا عن', 'نقلاً عن', 'على حد قول']),
  speakerNouns: new Set(['الوزير', 'الوزيرة', 'المتحدث', 'المتحدثة', 'الناطق', 'الرئيس', 'المسؤول', 'المسؤولون', 'مسؤول', 'مسؤولون', 'مصدر', 'مصادر', 'الخبراء', 'خبراء', 'الحكومة', 'الوزارة', 'السفير', 'المحللون', 'هو', 'هي']),
  documentNouns: new Set(['الاتفاق', 'الاتفاقية', 'المعاهدة', 'الوثيقة', 'النص', 'المادة', 'البند', 'الطرفان', 'الطرفين']),
  skippable: new Set(['قد', 'أيضا', 'أمس']),
  clauseWords: new Set(['إن', 'أن', 'أنه', 'أنها', 'الذي', 'التي', 'عندما', 'لكن', 'و']),
  joiners: new Set([]),
  determiners: new Set([]),
  pronouns: new Set(['هو', 'هي', 'هم']),
  firstPerson: new Set(['أنا', 'نحن']),
  opinion: OPINION,
};
