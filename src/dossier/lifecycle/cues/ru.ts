// Russian lifecycle cues. Events are past-tense forms and short participles ("одобрил", "подписала",
// "вступил в силу", "подписанный"); the perfective non-past ("вступит", "обменяются") is the future, hence
// an expectation, as are "должен подписать", "будет ратифицирован".
import { rx } from '../regex.ts';
import type { LanguageRules } from '../types.ts';

const GAP = String.raw`(?:[\p{L}-]+\s+){0,4}?`;
/** Past forms of a verb stem: подписал, подписала, подписали, подписало. */
const PAST = String.raw`(?:а|и|о)?`;

export const ru: LanguageRules = {
  events: [
    { name: 'ru:signed-ratification', keys: ["ратифика"], step: 'ratified', tense: 'past', re: rx(String.raw`\bподписал${PAST}\s+${GAP}(?:закон|указ|федеральный\s+закон)\w*\s+${GAP}ратифика\w*|\bподписал${PAST}\s+${GAP}ратификационн\w+\s+грамот\w*`) },
    { name: 'ru:exchanged', keys: ["обмен"], step: 'instruments-exchanged', tense: 'past', re: rx(String.raw`\bобменял(?:ись|ась)\s+${GAP}ратификационн\w+\s+грамот\w*|\bобмен\s+ратификационн\w+\s+грамот\w*\s+(?:состоялся|прош[её]л|произош[её]л)`) },
    { name: 'ru:provisional', keys: ["временно"], step: 'provisionally-applied', tense: 'past', re: rx(String.raw`\bвременно\s+примен(?:яется|ялся|ялась|ялось|ен|[её]н)\w*`) },
    { name: 'ru:in-force', keys: ["вступил"], step: 'entered-into-force', tense: 'past', re: rx(String.raw`\bвступил${PAST}\s+в\s+(?:законную\s+)?силу`) },
    { name: 'ru:in-force-headline', keys: ["вступает"], step: 'entered-into-force', tense: 'present', re: rx(String.raw`\bвступает\s+в\s+силу`) },
    { name: 'ru:amended', keys: ["измен", "поправк"], step: 'amended', tense: 'past', re: rx(String.raw`\bвнесены\s+(?:изменения|поправки)|\bпоправк\w+\s+(?:внесл\w+|добавил\w+)|\bизмен[её]н${PAST}\b`) },
    { name: 'ru:suspended', keys: ["приостанов"], step: 'suspended', tense: 'past', re: rx(String.raw`\bприостановил${PAST}|\bприостановлен${PAST}\b`) },
    { name: 'ru:denounced', keys: ["денонс", "выш"], step: 'denounced', tense: 'past', re: rx(String.raw`\bденонсировал${PAST}|\bденонсирован${PAST}\b|\bвыш(?:ел|ла|ли)\s+из`) },
    { name: 'ru:terminated', keys: ["прекра", "утратил", "расторг"], step: 'terminated', tense: 'past', re: rx(String.raw`\bпрекратил${PAST}\s+(?:сво[её]\s+)?действие|\bутратил${PAST}\s+силу|\bрасторг(?:ла|ли)?\b|\bпрекращ[её]н${PAST}\b`) },
    { name: 'ru:submitted', keys: ["внес", "внёс", "законопроект"], step: 'submitted-for-ratification', tense: 'past', re: rx(String.raw`\bвн[её]с(?:ла|ли|ло)?\s+${GAP}(?:в\s+(?:Госдуму|Государственную\s+думу|парламент|${GAP}(?:думу|сейм|собрание|раду))|на\s+ратификацию)|\bзаконопроект\w*\s+[^.;]{0,40}?(?:внес[её]н|внесли|поступил|опубликован|размещ[её]н|зарегистрирован)`) },
    { name: 'ru:approved', keys: ["одобр", "принял", "принят", "проголосовал", "поддержал"], step: 'approve', tense: 'past', re: rx(String.raw`\bодобрил${PAST}|\bодобрен${PAST}\b|\bпринял${PAST}\b|\bпринят${PAST}\b|\bпроголосовал${PAST}\s+за\s+(?:ратификацию|одобрение|закон)|\bподдержал${PAST}\b`) },
    { name: 'ru:approves-headline', keys: ["одобряет", "принимает"], step: 'approve', tense: 'present', re: rx(String.raw`\bодобряет|\bпринимает`) },
    { name: 'ru:ratified', keys: ["ратифицирова"], step: 'ratify', tense: 'past', re: rx(String.raw`\bратифицировал${PAST}|\bратифицирован${PAST}\b`) },
    { name: 'ru:signed', keys: ["подписа"], step: 'signed', tense: 'past', re: rx(String.raw`\bподписал${PAST}|\bподписан${PAST}\b|\bподписанн\w+`) },
  ],
  expectations: [
    { name: 'ru:will-enter-into-force', keys: ["вступит", "вступает"], step: 'entered-into-force', re: rx(String.raw`\bвступит\s+в\s+силу|\bвступает\s+в\s+силу\s+(?=после|с\s+момента|на)|\bвступить\s+в\s+силу`) },
    { name: 'ru:will-exchange', keys: ["обмен"], step: 'instruments-exchanged', re: rx(String.raw`\bобменяются\s+${GAP}ратификационн\w+|\bобмен\w*\s+ратификационн\w+\s+грамот\w+\s+(?:состоится|пройд[её]т)`) },
    { name: 'ru:must-ratify', keys: ["должен", "должна", "должны", "предстоит"], step: 'ratified', re: rx(String.raw`\b(?:должен|должна|должны|предстоит)\s+${GAP}(?:подписать|ратифицировать|одобрить)`) },
    { name: 'ru:will-be-submitted', keys: ["будет"], step: 'submitted-for-ratification', re: rx(String.raw`\bбудет\s+(?:внес[её]н|направлен|передан)\w*`) },
  ],
  guards: {
    modal: rx(String.raw`\b(?:будет|будут|должен|должна|должно|должны|может|могут|предстоит|планирует|намерен\w*|собирается)\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu'),
    conditional: rx(String.raw`\b(?:если|при\s+условии|в\s+случае|пока\s+не)\s+(?:[\p{L}-]+\s+){0,6}$`, 'iu'),
    negation: rx(String.raw`\b(?:не|ни)\b`, 'iu'),
    hedge: rx(String.raw`\bякобы\b|\bутвержда\w+|\bнастаива\w+|\bбудто\s+бы`, 'iu'),
    today: rx(String.raw`\bсегодня\b`, 'iu'),
    weekdays: ['понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресень'],
    offset: rx(String.raw`\b(\p{L}+|\d+)\s+(дн\p{L}*|день|недел\p{L}*|месяц\p{L}*)\s+(спустя|назад|позже|раньше)\b`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:(?:на|в)\s+[\p{L}-]+\s+день\s+)?(?:после|с\s+момента|по\s+истечении|при)\b`, 'iu'),
    place: rx(String.raw`\bв\s+((?:[А-ЯЁ][\p{L}-]+)(?:\s+[А-ЯЁ][\p{L}-]+)?)`, 'gu'),
  },
};
