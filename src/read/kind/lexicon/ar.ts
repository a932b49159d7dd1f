// Arabic basics: first-person stance, advocacy modals, verdicts; speech verbs (verb first: "قال الوزير").
// Conjunctions cling to the next word ("وأعتقد", "فيجب"), so each cue may carry one.
import { antithesis, type CueRule, type Lexicon } from '../cues.ts';
import { modalVeto } from '../modal.ts';

/** Whole words of `phrases`, each optionally prefixed by the conjunction و or ف and followed by `suffix`. */
function arabicWords(phrases: string[], suffix = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])[وف]?(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})${suffix}(?![\\p{L}\\p{N}])`, 'gu');
}
/** A verb's object pronoun clings to it: "أقولها", "أدعوكم". */
const OBJECT_SUFFIX = '(?:ه|ها|هم|هما|هن|ك|كم|كما)?';

/** "بموجب الاتفاق", "وفقا للمادة", "تنص المادة": the sentence tells what the treaty says. */
const TREATY_FRAME = /(?<!\p{L})(?:بموجب|وفقا|وفقاً|طبقا|طبقاً|تنص|ينص|نصت)(?!\p{L})/u;
/** The modal comes first and its subject after: "يجب على الطرفين" is the treaty's obligation. */
const TREATY_SUBJECT_AFTER = /^\s+(?:على\s+)?(?:كل\s+طرف|الطرفين|الطرفان|الأطراف|الدول|الدولتين|كل\s+دولة)(?!\p{L})/u;
const modalDescribesTreaty = modalVeto({ treatySubject: () => false, treatyFrame: TREATY_FRAME, after: TREATY_SUBJECT_AFTER, initialIsCondition: false });

/**
 * The first person singular present ("أدعو", "أطالب", "لا أقبل"): its prefix أ says "I" where the third person
 * has none ("دعا", "طالب", "قبل"). Forms that a third person shares ("أعلن", "أشار") are left out.
 */
const FIRST_PERSON_VERBS = [
  'أعتقد',
  'أرى',
  'أظن',
  'أؤمن',
  'أدعو',
  'أطالب',
  'أرفض',
  'لا أقبل',
  'أتمنى',
  'آمل',
  'أخشى',
  'أشعر',
  'أريد',
  'أطلب',
  'أناشد',
  'أقول',
  'أعترف',
  'أتساءل',
  'أجزم',
  'أؤكد',
  'أشك',
  'أستغرب',
  'لا أفهم',
  'أتفق',
  'لا أتفق',
  'أختلف',
  'أعارض',
  'أؤيد',
  'أحذر',
  'أقترح',
  'أنصح',
  'أرجو',
  'أتوقع',
  'أخاف',
  'أثق',
  'لا أثق',
  'رأيت',
  'قلت',
  'شخصيا',
  'شخصياً',
];
/** "ليس اتفاقا بل تعهد", "ليست شراكة، إنها وصاية", "وعد وليس ضمانة": the writer corrects a name for the thing. */
const NOT_Y_BUT_Z = new RegExp(
  [
    '(?<!\\p{L})[وف]?(?:ليس|ليست|ليسوا|لم يكن|لم تكن)(?!\\p{L})[^.؟!،؛]{0,80}',
    '(?:[،,]\\s*(?:إنه|إنها|إنهم|هو|هي)|[،,]?\\s*(?:بل|وإنما|إنما|ولكنه|لكنه|لكنها|ولكنها))(?!\\p{L})',
    '|[،,]?\\s+(?:وليس|وليست)(?!\\p{L})',
  ].join(''),
  'gu',
);
/** The writer frames what follows as the truth of the matter: "الحقيقة أن", "المشكلة أن", "بصراحة". */
const FRAMING = ['الحقيقة أن', 'والحقيقة أن', 'الحقيقة هي', 'المشكلة أن', 'المشكلة هي', 'السؤال هو', 'بصراحة', 'لنكن صريحين', 'لنكن واضحين'];
/** "على الحكومة أن تتحمل": a duty laid on an actor, unless on the treaty's parties ("على الطرفين أن"). */
const DUTY = /(?<!\p{L})[وف]?على\s+(?!(?:الرغم|أي|ما|الأقل|حد|أن)(?!\p{L}))\p{L}+(?:\s+(?!(?:قبل|بعد|بدل|دون|رغم|حين|منذ)(?!\p{L}))\p{L}+)?\s+أن(?!\p{L})/gu;
const TREATY_PARTIES = /(?<!\p{L})(?:الطرفين|الطرفان|الأطراف|الدول|الدولتين|الجانبين|كل\s+طرف|كل\s+دولة|كل\s+جانب)(?!\p{L})/u;
/** What a thing is worth, or that it replaces nothing: "لا يساوي شيئا", "لا يغني عن", "ذريعة". */
const WORTH_VERDICT = [
  'لا يساوي',
  'لا تساوي',
  'لا قيمة له',
  'لا قيمة لها',
  'لا يغني عن',
  'لا تغني عن',
  'ليس بديلا',
  'ليست بديلا',
  'ذريعة',
  'حجة واهية',
  'غطاء',
];
const NEGATION = /(?<!\p{L})[وف]?(?:لا|لم|لن|ليس|ليست|غير|ما)(?!\p{L})/u;
const NUMBERS =
  /(?<!\p{L})[وبلف]?(?:ال)?(?:اثنان|اثنين|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثمان|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|عشرون|عشرين|ثلاثون|ثلاثين|أربعون|أربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|ثمانون|ثمانين|تسعون|تسعين|مئة|مائة|ألف|آلاف|مليون|ملايين|مليار|مرتين|مرتان)(?!\p{L})/u;
/** "فليقل البرلمان", "ليكن واضحا": the jussive of a third person, opening the sentence. */
const EXHORTATION = /^\s*(?:[وف]?(?:ليكن|لتكن|فليكن|فلتكن|لنكن)|ف?ل[يت](?:قل|علم|تحمل|تذكر|صوت|راجع|كف|توقف|عد)|فل[يتن]\p{L}{2,})(?!\p{L})/gu;

/** What a text contains tells a fact (the past is Arabic's default narration, no cue). */
const FACTS =
  /(?<!\p{L})[وف]?(?:يتضمن|تتضمن|يضم|تضم|يهدف|تهدف|ينص|تنص|يشمل|تشمل|يلزم|تلزم|يتألف|تتألف|ينشئ|تنشئ|يحظر|تحظر|يسمح|تسمح|يمنح|تمنح|سنويا|سنوياً|كل عام|كل سنة|حيز التنفيذ)(?!\p{L})/u;

/** The writer addresses someone: "أيها النواب", "يا سادة". */
const VOCATIVE = /(?<!\p{L})(?:أيها|أيتها|يا)\s+(?!له(?!\p{L})|لها(?!\p{L}))\p{L}/gu;

/** An institution's or a board's own view, "we" judging or recommending: "we would argue", "in our assessment". */
const WE_STANCE = ['نرى أن', 'نرى', 'نعتقد', 'نوصي', 'نؤمن', 'في رأينا', 'من وجهة نظرنا', 'في تقديرنا'];
/** A judgement made impersonally on what others believe: "it would be naive to think", "it would be a mistake to". */
const IMPERSONAL_VERDICT = ['من السذاجة', 'من الخطأ', 'من الوهم'];

/** Fixed phrases of verdict: "is playing with fire", "speaks volumes", "the worst of both worlds". */
const VERDICT_IDIOMS = ['يقول الكثير', 'تقول الكثير', 'يلعب بالنار', 'اللعب بالنار'];

const OPINION: CueRule[] = [
  { cue: 'verdict', weight: 1.5, pattern: arabicWords(VERDICT_IDIOMS) },
  { cue: 'first-person-stance', weight: 3, pattern: arabicWords(WE_STANCE) },
  { cue: 'verdict', weight: 3, pattern: arabicWords(IMPERSONAL_VERDICT) },
  // A damning name for what happened: "is a disgrace", "ist eine Schande", "est une honte".
  { cue: 'verdict', weight: 1.5, pattern: arabicWords(['عار', 'فضيحة', 'مهزلة', 'خيانة']) },
  { cue: 'first-person-stance', weight: 3, pattern: arabicWords(['في رأيي', 'برأيي', 'من وجهة نظري', 'في تقديري', 'في اعتقادي', 'على ما أعتقد']) },
  { cue: 'first-person-stance', weight: 3, pattern: arabicWords(FIRST_PERSON_VERBS, OBJECT_SUFFIX) },
  // "شعرت" is also "she felt": the writer's only when no subject follows it.
  {
    cue: 'first-person',
    weight: 2,
    pattern: arabicWords(['شعرت', 'كتبت', 'أنا', 'نفسي']),
    unless: (text, index, match) => /^\s*ال/u.test(text.slice(index + match.length)),
  },
  { cue: 'first-person-plural', weight: 1.5, pattern: arabicWords(['نحن', 'بلادنا', 'شعبنا', 'أمتنا', 'منطقتنا', 'دولتنا', 'حكومتنا', 'أنفسنا']) },
  { cue: 'call-to-act', weight: 2, pattern: arabicWords(['علينا أن', 'آن الأوان', 'حان الوقت', 'لا بد أن', 'لا بد من', 'لابد من']) },
  // The publisher's own appeal to others: "we call on", "we urge".
  { cue: 'appeal', weight: 3, pattern: arabicWords(['ندعو', 'نطالب', 'نحث', 'نناشد']) },
  { cue: 'imperative', weight: 1.5, pattern: EXHORTATION },
  { cue: 'imperative', weight: 1.5, pattern: VOCATIVE },
  { cue: 'contrast', weight: 1.5, pattern: NOT_Y_BUT_Z },
  { cue: 'framing', weight: 1.5, pattern: arabicWords(FRAMING) },
  { cue: 'modal', weight: 1.5, pattern: DUTY, unless: (text, _index, match) => TREATY_PARTIES.test(match) || TREATY_FRAME.test(text) },
  antithesis(NEGATION),
  { cue: 'verdict', weight: 1.5, pattern: arabicWords(WORTH_VERDICT) },
  { cue: 'hedge', weight: 1, pattern: arabicWords(['يبدو أن', 'يبدو', 'ربما', 'لعل', 'على ما يبدو', 'على الأرجح']) },
  { cue: 'modal', weight: 1.5, pattern: arabicWords(['من الضروري', 'من الأفضل', 'يجدر', 'حري']), unless: modalDescribesTreaty },
  { cue: 'evaluative', weight: 1, pattern: arabicWords(['لا يكفي', 'لا تكفي', 'غير كاف', 'غير كافية', 'غير كافٍ']) },
  // "الاتفاقات التي توقع على عجل نادرا ما تصمد."
  { cue: 'generalisation', weight: 1.5, pattern: arabicWords(['نادرا ما', 'نادراً ما', 'قلما', 'لا أحد يصدق', 'الجميع يعرف', 'التاريخ يعلمنا']) },
  { cue: 'modal', weight: 1.5, pattern: arabicWords(['يجب', 'ينبغي', 'يتعين', 'عليها أن', 'عليه أن']), unless: modalDescribesTreaty },
  { cue: 'verdict', weight: 1.5, pattern: arabicWords(['حبر على ورق', 'ذر الرماد في العيون', 'مسرحية', 'خدعة']) },
  { cue: 'restrictive', weight: 1, pattern: arabicWords(['على الورق فقط', 'بقي على الورق', 'بقيت على الورق', 'ظل على الورق', 'ظلت على الورق']) },
  { cue: 'restrictive', weight: 1, pattern: arabicWords(['مجرد', 'ليس إلا', 'لا أكثر']) },
  {
    cue: 'evaluative',
    weight: 1,
    pattern: arabicWords([
      'شكلي',
      'شكلية',
      'وهم',
      'خطأ',
      'خطير',
      'ساذج',
      'سيئ',
      'سيئة',
      'خاسر',
      'خاسرة',
      'مخز',
      'مخزية',
      'فاشل',
      'فاشلة',
      'كارثي',
      'كارثية',
      'مرفوض',
      'غير مقبول',
      'ظالم',
      'جائر',
      'مجحف',
      'مهين',
      'مخيب',
      'مخيبة',
    ]),
  },
  // The verb alone says "I": "لست متفائلا", "كنت أتمنى", "لدي شكوك".
  { cue: 'first-person', weight: 2, pattern: arabicWords(['لست', 'كنت', 'لدي', 'عندي', 'أستطيع', 'لا أستطيع']) },
];

export const AR: Lexicon = {
  speech: arabicWords([
    'قال',
    'قالت',
    'صرح',
    'صرحت',
    'أكد',
    'أكدت',
    'أعلن',
    'أعلنت',
    'أوضح',
    'أوضحت',
    'أضاف',
    'أضافت',
    'ذكر',
    'ذكرت',
    'أشار',
    'أشارت',
    'يقول',
    'تقول',
    'يقولون',
    'اعتبر',
    'اعتبرت',
    'دعا',
    'دعت',
    'طالب',
    'طالبت',
    'حذر',
    'حذرت',
    'شدد',
    'شددت',
    'رأى',
    'رأت',
    'يرى',
    'ترى',
    'يعتقد',
    'تعتقد',
    'لفت',
    'لفتت',
    'أعرب',
    'أعربت',
    'وصف',
    'وصفت',
    'انتقد',
    'انتقدت',
    'أفاد',
    'أفادت',
    'أردف',
    'أردفت',
    'يؤكد',
    'تؤكد',
  ]),
  inversion: true,
  passive: new Set([]),
  sourceFirst: arabicWords(['بحسب', 'حسب', 'نقلا عن', 'نقلاً عن', 'على حد قول']),
  speakerNouns: new Set([
    'الوزير',
    'الوزيرة',
    'المتحدث',
    'المتحدثة',
    'الناطق',
    'الرئيس',
    'المسؤول',
    'المسؤولون',
    'مسؤول',
    'مسؤولون',
    'مصدر',
    'مصادر',
    'الخبراء',
    'خبراء',
    'الحكومة',
    'الوزارة',
    'السفير',
    'المحللون',
    'محللون',
    'مراقبون',
    'دبلوماسيون',
    'وزير',
    'وزيرة',
    'رئيس',
    'رئيسة',
    'متحدث',
    'ناطق',
    'سفير',
    'مندوب',
    'المندوب',
    'الخارجية',
    'البرلمان',
    'النواب',
    'نواب',
    'المعارضة',
    'الاتحاد',
    'المنظمة',
    'منظمات',
    'خبير',
    'محلل',
    'هو',
    'هي',
  ]),
  documentNouns: new Set(['الاتفاق', 'الاتفاقية', 'المعاهدة', 'الوثيقة', 'النص', 'المادة', 'البند', 'الطرفان', 'الطرفين']),
  skippable: new Set(['قد', 'أيضا', 'أمس', 'كما', 'ثم', 'لقد']),
  clauseWords: new Set(['إن', 'أن', 'أنه', 'أنها', 'الذي', 'التي', 'عندما', 'لكن', 'و']),
  joiners: new Set([]),
  determiners: new Set([]),
  pronouns: new Set(['هو', 'هي', 'هم']),
  firstPerson: new Set(['أنا', 'نحن']),
  opinion: OPINION,
  negation: NEGATION,
  numbers: NUMBERS,
  facts: FACTS,
  capitalisedNames: false,
  proDrop: true,
};
