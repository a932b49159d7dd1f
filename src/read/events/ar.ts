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
/** Vowel signs a verb may be written with ("فُتِحَ"). */
const MARKS = String.raw`[\u064B-\u0652]*`;
/** Any character of the same sentence. */
const SPAN = String.raw`[^.;؛]`;
/** Endings of an imperfect verb after its prefix ي/ت: dual, plural ("توقعان", "يصادقون"). */
const IMPERFECT = String.raw`(?:ان|ون)?(?![\p{L}])`;
/** A state's instrument of consent: of ratification, accession or acceptance ("صك تصديقها", "وثيقة التصديق"). */
const CONSENT = String.raw`(?:صك|وثيقة|وثائق)\S*\s+(?:ال)?(?:تصديق|انضمام|قبول)\S*`;
/** The instruments two states exchange ("وثائق التصديق", "صكوك التصديق"). */
const EXCHANGED_INSTRUMENTS = String.raw`(?:وثائق|صكوك|أدوات)\s+(?:ال)?تصديق`;
/** The passive of a noun of action: "تم تبادل", "جرى تمديد" (it was done). */
const WAS_DONE = String.raw`(?<![\p{L}])[وف]?(?:تم|جرى)\s+`;
/** Before an imperfect that tells of a step to come: "من المتوقع أن", "من المقرر أن", "سوف", "سـ". */
const TO_COME = String.raw`(?:(?:من\s+)?(?:المتوقع|المقرر|المنتظر)\s+أن\s+|سوف\s+|(?<![\p{L}])س)`;
/** A statute ("نظام روما الأساسي", "النظام الأساسي للمحكمة"). */
const STATUTE = String.raw`نظام\s+(?:\S+\s+)?(?:ال)?أساسي`;
/** The agreement as an object ("إلى الاتفاقية", "المعاهدة", "الميثاق", "النظام الأساسي"). */
const INSTRUMENT = String.raw`(?:ال)?(?:اتفاق|معاهد|ميثاق|بروتوكول|${STATUTE})`;
/** The legislature a government refers a treaty to ("إلى البرلمان", "إلى مجلس النواب"). */
const TO_LEGISLATURE = String.raw`إلى\s+(?:ال)?(?:برلمان|مجلس)`;
/** The states that ratify or join, in the Nth-state phrase ("الدولة الخمسين التي تصادق"). */
const CONSENTS = String.raw`(?:تصادق|صادقت|تصدق|صدقت|تنضم|انضمت|تودع|أودعت)`;

export const ar: LanguageRules = {
  events: [
    { name: 'ar:deposited', keys: ['أودع'], step: 'ratified', tense: 'past', re: rx(String.raw`${AND}أودع${PERFECT}\s+${SPAN}{0,40}?${CONSENT}`) },
    {
      name: 'ar:deposits',
      keys: ['يودع', 'تودع'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`${AND}[يت]ودع${IMPERFECT}\s+${SPAN}{0,40}?${CONSENT}`),
    },
    {
      name: 'ar:became-nth',
      keys: ['أصبح'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`${AND}أصبح${PERFECT}\s+${SPAN}{0,40}?(?:ال)?دولة\s+\S+\s+(?:التي\s+)?${CONSENTS}`),
    },
    // "كانت تركيا أول دولة توقع عليها، ثم أول دولة تصادق عليها في 12 مارس": the first state to ratify did.
    {
      name: 'ar:first-state',
      keys: ['أول', 'آخر'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`(?<![\p{L}])(?:أول|آخر)\s+(?:دولة|بلد)\s+(?:التي\s+)?${CONSENTS}`),
    },
    { name: 'ar:joined', keys: ['انضم'], step: 'ratified', tense: 'past', re: rx(String.raw`${AND}انضم${PERFECT}\s+${SPAN}{0,40}?إلى\s+${INSTRUMENT}`) },
    {
      name: 'ar:exchanged',
      keys: ['تبادل'],
      step: 'instruments-exchanged',
      tense: 'past',
      re: rxAny([
        String.raw`${WAS_DONE}تبادل\s+${EXCHANGED_INSTRUMENTS}`,
        String.raw`${AND}تبادل(?:ت|تا|ا|وا)(?![\p{L}])\s+${SPAN}{0,30}?${EXCHANGED_INSTRUMENTS}`,
      ]),
    },
    {
      name: 'ar:referred',
      keys: ['أحال'],
      step: 'submitted-for-ratification',
      tense: 'past',
      re: rx(String.raw`${AND}أحال${PERFECT}\s+${SPAN}{0,60}?${TO_LEGISLATURE}`),
    },
    // The referral as a noun with its own date: "وإحالتها إلى مجلس النواب يوم الخميس 29 ديسمبر".
    {
      name: 'ar:referral',
      keys: ['إحالت', 'احالت'],
      step: 'submitted-for-ratification',
      tense: 'past',
      dated: true,
      re: rx(String.raw`${AND}[إا]حالت(?:ها|ه)\s+${TO_LEGISLATURE}(?:\s+\p{L}+){0,2}?(?=\s+(?:يوم|في|بتاريخ)(?!\p{L})|\s+\d)`),
    },
    {
      name: 'ar:refers',
      keys: ['يحيل', 'تحيل'],
      step: 'submitted-for-ratification',
      tense: 'present',
      re: rx(String.raw`${AND}[يت]حيل${IMPERFECT}\s+${SPAN}{0,60}?${TO_LEGISLATURE}`),
    },
    {
      name: 'ar:extended',
      keys: ['تمديد', 'مدد', 'مدّد'],
      step: 'extended',
      tense: 'past',
      re: rxAny([String.raw`${WAS_DONE}تمديد`, String.raw`${AND}مدّ?د${PERFECT}\s+${SPAN}{0,40}?${INSTRUMENT}`]),
    },
    {
      name: 'ar:expired',
      keys: ['انته'],
      step: 'expired',
      tense: 'past',
      re: rx(String.raw`${AND}انته(?:ت|ى)\s+(?:صلاحية|سريان|مدة|العمل\s+ب)`),
    },
    // A state's withdrawal that became effective ("أصبح انسحاب الفلبين … نافذا"), before the treaty's own entry.
    {
      name: 'ar:withdrawal-effective',
      keys: ['انسحاب'],
      step: 'denounced',
      tense: 'past',
      re: rxAny([
        String.raw`${AND}(?:أصبح|صار)${PERFECT}\s+انسحاب\s+${SPAN}{0,80}?(?:نافذا|ساريا|فعليا)`,
        String.raw`${AND}دخل${PERFECT}\s+انسحاب\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`,
      ]),
    },
    {
      name: 'ar:withdrawal-takes-effect',
      keys: ['انسحاب'],
      step: 'denounced',
      tense: 'present',
      re: rxAny([
        String.raw`${AND}[يت]صبح${IMPERFECT}\s+انسحاب\s+${SPAN}{0,80}?(?:نافذا|ساريا|فعليا)`,
        String.raw`${AND}[يت]دخل\s+انسحاب\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`,
      ]),
    },
    {
      name: 'ar:in-force',
      keys: ['حيز', 'ملزم', 'سريان'],
      step: 'entered-into-force',
      tense: 'past',
      re: rxAny([
        // "بدأ سريان البروتوكول" (it began to apply)
        String.raw`${AND}بدأ${PERFECT}\s+سريان`,
        String.raw`${AND}دخل${PERFECT}\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`,
        // "أصبحت المعاهدة ملزمة قانونا"
        String.raw`${AND}(?:أصبح|صار)${PERFECT}\s+${SPAN}{0,60}?ملزم(?:ة)?\s+قانون(?:ا|يا)`,
      ]),
    },
    {
      name: 'ar:enters-into-force',
      keys: ['حيز', 'يسري', 'تسري'],
      step: 'entered-into-force',
      tense: 'present',
      re: rxAny([String.raw`${AND}[يت]دخل\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`, String.raw`${AND}[يت]سري(?![\p{L}])`]),
    },
    { name: 'ar:withdrew', keys: ['انسحب'], step: 'denounced', tense: 'past', re: rx(String.raw`${AND}انسحب${PERFECT}\s+(?:\S+\s+){0,3}?من`) },
    // "لم تعد طرفا في …": its own negation (see EventCue.negated).
    {
      name: 'ar:no-longer-party',
      keys: ['تعد', 'يعد'],
      step: 'denounced',
      tense: 'past',
      negated: true,
      re: rx(String.raw`${AND}لم\s+[تي]عد\s+(?:\S+\s+)?طرفا\s+في`),
    },
    // Another state taking the step told just before ("وحذت الأردن حذوها", "تلتها الأردن").
    {
      name: 'ar:followed',
      keys: ['حذو', 'تلت', 'تلا', 'تبعت', 'تبع', 'الشيء نفسه', 'المثل'],
      step: 'follow',
      tense: 'past',
      re: rxAny([
        String.raw`${AND}حذ(?:ت|ا|وا)\s+(?:\S+\s+){0,3}?حذو(?:ها|ه|هم|هما)(?![\p{L}])`,
        String.raw`${AND}(?:تلت|تلا|تبعت|تبع)(?:ها|ه|هم|هما)(?![\p{L}])`,
        String.raw`${AND}فعل${PERFECT}\s+(?:\S+\s+){0,2}?(?:الشيء\s+نفسه|المثل)`,
      ]),
    },
    {
      name: 'ar:suspended',
      keys: ['علق', 'علّق', 'جمد', 'جمّد'],
      step: 'suspended',
      tense: 'past',
      re: rxAny([
        String.raw`${AND}علّ?ق${PERFECT}\s+(?:\S+\s+){0,2}?(?:مشارك|العمل\s+ب)`,
        // Frozen: "جمدت نيودلهي الاتفاقية".
        String.raw`${AND}جمّ?د${PERFECT}\s+(?:\S+\s+){0,3}?(?:${INSTRUMENT}|مشارك|العمل\s+ب)`,
      ]),
    },
    { name: 'ar:ratified', keys: ['صادق', 'صدق', 'صدّق'], step: 'ratify', tense: 'past', re: rx(String.raw`${AND}(?:صادق|صدّ?ق)${PERFECT}`) },
    // The parties adopting an amendment ("اعتمدت الأطراف تعديلا على البروتوكول", "تم اعتماد تعديل").
    {
      name: 'ar:amended',
      keys: ['اعتمد', 'اعتماد'],
      step: 'amended',
      tense: 'past',
      re: rxAny([String.raw`${AND}اعتمد${PERFECT}\s+(?:\S+\s+){0,2}?(?:ال)?تعديل`, String.raw`${WAS_DONE}اعتماد\s+(?:ال)?تعديل`]),
    },
    { name: 'ar:approved', keys: ['وافق', 'أقر'], step: 'approve', tense: 'past', re: rx(String.raw`${AND}(?:وافق|أقر)${PERFECT}`) },
    // Signing the instrument or the law of ratification is ratifying ("وقع الرئيس وثيقة التصديق").
    {
      name: 'ar:signed-ratification',
      keys: ['وقع', 'وقّع'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`${AND}وقّ?ع${PERFECT}\s+(?:\S+\s+){0,3}?(?:على\s+)?(?:${CONSENT}|(?:قانون|مرسوم)\s+(?:ال)?تصديق)`),
    },
    // "فُتح باب التوقيع على الاتفاقية في أوسلو": a multilateral treaty opened for signature is its signature.
    {
      name: 'ar:opened-for-signature',
      keys: ['باب التوقيع'],
      step: 'signed',
      tense: 'past',
      re: rx(String.raw`${AND}(?:ف${MARKS}ت${MARKS}ح${MARKS}|افت${MARKS}ت${MARKS}ح${MARKS})(?:ت${MARKS})?\s+باب\s+التوقيع`),
    },
    {
      name: 'ar:signed',
      keys: ['وقع', 'وقّع', 'التوقيع'],
      step: 'signed',
      tense: 'past',
      re: rxAny([String.raw`${AND}وقّ?ع${PERFECT}`, String.raw`${AND}تم\s+التوقيع`]),
    },
    // The imperfect: a step in a headline or a timeline line ("السعودية وإيران توقعان الاتفاق"); a signature only
    // with the agreement as its object, since "توقع" is also "expected".
    {
      name: 'ar:signs',
      keys: ['يوقع', 'توقع', 'يوقّع', 'توقّع'],
      step: 'signed',
      tense: 'present',
      re: rx(String.raw`${AND}[يت]وقّ?ع${IMPERFECT}\s+(?:على\s+)?${INSTRUMENT}`),
    },
    { name: 'ar:ratifies', keys: ['يصادق', 'تصادق'], step: 'ratify', tense: 'present', re: rx(String.raw`${AND}[يت]صادق${IMPERFECT}`) },
    { name: 'ar:approves', keys: ['يوافق', 'توافق', 'يقر', 'تقر'], step: 'approve', tense: 'present', re: rx(String.raw`${AND}[يت](?:وافق|قر)${IMPERFECT}`) },
    // Nouns of action in a timeline line ("موافقة مجلس النواب على الاتفاقية", "دخول الاتفاقية حيز النفاذ").
    { name: 'ar:approval', keys: ['موافقة'], step: 'approve', tense: 'nominal', re: rx(String.raw`(?<![\p{L}])موافقة(?![\p{L}])`) },
    // The same noun with its body and date, in prose: "بعد موافقة مجلس الشيوخ في 3 مارس".
    { name: 'ar:approval-of', keys: ['موافقة'], step: 'approve', tense: 'past', dated: true, re: rx(String.raw`(?<![\p{L}])موافقة(?![\p{L}])`) },
    {
      name: 'ar:ratification',
      keys: ['مصادقة', 'تصديق'],
      step: 'ratify',
      tense: 'nominal',
      re: rx(String.raw`(?<![\p{L}])(?:مصادقة|تصديق)\s+(?:\S+\s+){0,3}?على`),
    },
    { name: 'ar:deposit', keys: ['إيداع'], step: 'ratified', tense: 'nominal', re: rx(String.raw`(?<![\p{L}])إيداع\s+${CONSENT}`) },
    {
      name: 'ar:entry-into-force',
      keys: ['دخول'],
      step: 'entered-into-force',
      tense: 'nominal',
      re: rx(String.raw`(?<![\p{L}])دخول\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`),
    },
    { name: 'ar:exchange', keys: ['تبادل'], step: 'instruments-exchanged', tense: 'nominal', re: rx(String.raw`(?<![\p{L}])تبادل\s+${EXCHANGED_INSTRUMENTS}`) },
    { name: 'ar:signature', keys: ['توقيع'], step: 'signed', tense: 'nominal', re: rx(String.raw`(?<![\p{L}])(?:ال)?توقيع(?![\p{L}])`) },
    // "اعتماد تعديل …": the parties' adoption of an amendment, a timeline's noun.
    { name: 'ar:amendment-adopted', keys: ['اعتماد'], step: 'amended', tense: 'nominal', re: rx(String.raw`(?<![\p{L}])اعتماد\s+(?:ال)?تعديل`) },
  ],
  expectations: [
    {
      name: 'ar:will-enter-into-force',
      keys: ['حيز'],
      step: 'entered-into-force',
      re: rx(String.raw`(?:سوف\s+|س)[يت]دخل\s+${SPAN}{0,80}?حيز\s+(?:النفاذ|التنفيذ)`),
    },
    { name: 'ar:to-be-ratified', keys: ['التصديق'], step: 'ratified', re: rx(String.raw`(?:يجب|ينبغي|يتعين)\s+(?:\S+\s+){0,3}?التصديق`) },
    // A ratification or approval to come: by a legislature its vote (see resolveStep), by a head the ratification.
    { name: 'ar:will-ratify', keys: ['صادق', 'صدق', 'وافق'], step: 'ratified', re: rx(String.raw`${TO_COME}[يت](?:صادق|صدّ?ق|وافق)${IMPERFECT}`) },
  ],
  guards: {
    modal: rx(String.raw`(?:سوف|يجب|ينبغي|يتعين|على\s+أن|من\s+المتوقع\s+أن|من\s+المقرر\s+أن)\s+(?:\S+\s+){0,2}$`, 'iu'),
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
    agreement: rx(String.raw`معاهد|اتفاق|ميثاق|بروتوكول|${STATUTE}|قانون|تصديق|وثيقة`, 'giu'),
    otherInstrument: rx(String.raw`(?:المعاهدة|الاتفاقية|الاتفاق)\s+(?:السابقة|القديمة|السابق)`, 'iu'),
    exit: rx(String.raw`انسحاب|تعليق`, 'iu'),
    law: rx(String.raw`قانون|مشروع`, 'iu'),
    bothParties: rx(String.raw`البلدين|الطرفين|الجانبين|الدولتين`, 'iu'),
    amendment: rx(String.raw`تعديل`, 'iu'),
    revoke: rx(String.raw`(?:سحب|إلغاء)\s+(?:ال)?تصديق`, 'iu'),
  },
};
