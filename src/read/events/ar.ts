// Arabic lifecycle cues, the main steps only: the perfect is an event ("وافق", "صادقت", "أودعت صك تصديقها",
// "دخلت حيز النفاذ", "وقّعت"); the imperfect with "سوف"/"سـ" or after "يجب" is an expectation. A verb may carry
// the conjunction "و" or "ف" before it; the feminine or dual ending follows it. The subject follows the verb, so
// an anchor spans it where the step names its object after it ("أودعت فيجي صك تصديقها").
import { NUMBER } from './numbers.ts';
import { rx, rxAny } from './regex.ts';
import type { LanguageRules } from './types.ts';

/** The conjunction a verb may be written with ("ووافق", "فصادقت"). */
const AND = String.raw`(?<![\p{L}])[وف]?`;
/** Endings of a perfect verb: feminine, dual, plural ("وقعت", "وقعا", "وقعوا"). */
const PERFECT = String.raw`(?:ت|تا|ا|وا)?(?![\p{L}])`;
/** Any character of the same sentence. */
const SPAN = String.raw`[^.;؛]`;
/** A state's instrument of consent: of ratification, accession or acceptance. */
const CONSENT = String.raw`صك\S*\s+(?:ال)?(?:تصديق|انضمام|قبول)\S*`;

export const ar: LanguageRules = {
  events: [
    { name: 'ar:deposited', keys: ['أودع'], step: 'ratified', tense: 'past', re: rx(String.raw`${AND}أودع${PERFECT}\s+${SPAN}{0,40}?${CONSENT}`) },
    {
      name: 'ar:in-force',
      keys: ['حيز'],
      step: 'entered-into-force',
      tense: 'past',
      re: rx(String.raw`${AND}دخل${PERFECT}\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`),
    },
    {
      name: 'ar:enters-into-force',
      keys: ['حيز'],
      step: 'entered-into-force',
      tense: 'present',
      re: rx(String.raw`${AND}[يت]دخل\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`),
    },
    { name: 'ar:withdrew', keys: ['انسحب'], step: 'denounced', tense: 'past', re: rx(String.raw`${AND}انسحب${PERFECT}\s+(?:\S+\s+){0,3}?من`) },
    { name: 'ar:suspended', keys: ['علق', 'علّق'], step: 'suspended', tense: 'past', re: rx(String.raw`${AND}علّ?ق${PERFECT}\s+(?:\S+\s+){0,2}?مشارك`) },
    { name: 'ar:ratified', keys: ['صادق', 'صدق', 'صدّق'], step: 'ratify', tense: 'past', re: rx(String.raw`${AND}(?:صادق|صدّ?ق)${PERFECT}`) },
    { name: 'ar:approved', keys: ['وافق', 'أقر'], step: 'approve', tense: 'past', re: rx(String.raw`${AND}(?:وافق|أقر)${PERFECT}`) },
    {
      name: 'ar:signed',
      keys: ['وقع', 'وقّع', 'التوقيع'],
      step: 'signed',
      tense: 'past',
      re: rxAny([String.raw`${AND}وقّ?ع${PERFECT}`, String.raw`${AND}تم\s+التوقيع`]),
    },
  ],
  expectations: [
    {
      name: 'ar:will-enter-into-force',
      keys: ['حيز'],
      step: 'entered-into-force',
      re: rx(String.raw`(?:سوف\s+|س)[يت]دخل\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`),
    },
    { name: 'ar:to-be-ratified', keys: ['التصديق'], step: 'ratified', re: rx(String.raw`(?:يجب|ينبغي|يتعين)\s+(?:\S+\s+){0,3}?التصديق`) },
  ],
  guards: {
    modal: rx(String.raw`(?:سوف|يجب|ينبغي|يتعين|من\s+المتوقع\s+أن|من\s+المقرر\s+أن)\s+(?:\S+\s+){0,2}$`, 'iu'),
    conditional: rx(String.raw`(?<![\p{L}])(?:إذا|إن|ما\s+لم)\s+(?:\S+\s+){0,6}$`, 'iu'),
    negation: rx(String.raw`(?<![\p{L}])(?:لم|لا|لن|ليس)(?![\p{L}])`, 'iu'),
    hedge: rx(String.raw`(?<![\p{L}])(?:يزعم|زعم|مزعوم|يدعي|ادعى)`, 'iu'),
    report: rx(String.raw`(?<![\p{L}])[وف]?(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت)(?![\p{L}])`, 'iu'),
    // "حتى اليوم" is "so far", not today.
    today: rx(String.raw`(?<![\p{L}])(?<!حتى\s)اليوم(?![\p{L}])`, 'iu'),
    weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
    offset: rx(String.raw`(?<![\p{L}\p{N}])(\d+)\s+(يوما|يوم|أيام|أسبوعا|أسبوع|أسابيع|شهرا|شهر|أشهر)\s+(بعد|قبل)(?![\p{L}])`, 'giu'),
    sameDay: rx(String.raw`(?<![\p{L}])(?:في\s+)?اليوم\s+نفسه(?![\p{L}])`, 'giu'),
    nextDay: rx(String.raw`(?<![\p{L}])(?:في\s+)?اليوم\s+التالي(?![\p{L}])`, 'giu'),
    dayBefore: rx(String.raw`(?<![\p{L}])(?:في\s+)?اليوم\s+السابق(?![\p{L}])`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:بعد|عند|فور|اعتبارا\s+من)(?![\p{L}])`, 'iu'),
    place: rx(String.raw`(?<![\p{L}])في\s+((?!\d)[\p{L}]+)`, 'gu'),
  },
  duration: {
    prefilter: /سنة|سنوات|عاما|غير\s+مسمى|غير\s+محدد/,
    cues: [
      { what: 'indefinite', re: rxAny([String.raw`لأجل\s+غير\s+مسمى`, String.raw`غير\s+محددة?\s+المدة`]) },
      { what: 'years', re: rx(String.raw`لمدة\s+${NUMBER}\s+(?:سنوات|سنة|عاما)`) },
    ],
  },
  words: {
    legislature: rx(String.raw`(?<![\p{L}])(?:ال)?(?:برلمان|كنيست|كونغرس)|مجلس\s+(?:النواب|الشيوخ|الشعب|الأمة|الشورى)`),
    head: rx(String.raw`(?<![\p{L}])(?:ال)?(?:رئيس(?!\s+(?:الوزراء|الحكومة|مجلس))|ملك|أمير)(?![\p{L}])`),
    government: rx(String.raw`(?<![\p{L}])(?:ال)?حكومة|مجلس\s+الوزراء`),
    agreement: rx(String.raw`معاهد|اتفاق|ميثاق|بروتوكول|قانون|تصديق|وثيقة`, 'giu'),
    otherInstrument: rx(String.raw`(?:المعاهدة|الاتفاقية|الاتفاق)\s+(?:السابقة|القديمة|السابق)`, 'iu'),
    exit: rx(String.raw`انسحاب|تعليق`, 'iu'),
  },
};
