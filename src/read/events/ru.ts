// Russian lifecycle cues. Events are past-tense forms and short participles ("одобрил", "подписала",
// "вступил в силу", "подписанный"); the perfective non-past ("вступит", "обменяются") is the future, hence
// an expectation, as are "должен подписать", "будет ратифицирован". The imperfective present ("подписывает",
// "вступает в силу") is an event in a headline or a timeline only.

import { NUMBER } from './numbers.ts';
import { rx, rxAny } from './regex.ts';
import type { LanguageRules } from './types.ts';

const GAP = String.raw`(?:[\p{L}-]+\s+){0,4}?`;
/** Past forms of a verb stem: подписал, подписала, подписали, подписало. */
const PAST = String.raw`(?:а|и|о)?`;
/** Short passive participles: подписан, подписана, подписано, подписаны. */
const PASSIVE = '(?:а|о|ы)?';
/** A state's part in a treaty in force, which it suspends ("участие", "выполнение своих обязательств"). */
const OWN_PART = String.raw`(?:сво\p{L}+\s+)?(?:участие|выполнение|действие)\b`;
/** States described as a class ("государства, которые его ратифицировали"): no one state's step. */
const CLASS_OF_STATES = String.raw`(?<!\p{L})(?:государства|страны|стороны|участники)\s*,?\s+(?:которые|что)\s+(?:(?:его|её|ее|их|уже)\s+)*$`;
/** What any state does ("Как государство выходит из договора"): an explanation, no one state's step. */
const ANY_STATE = String.raw`(?<!\p{L})как\s+(?:государство|страна|сторона|участник)\s+(?:может\s+)?$`;
/** What a notice of withdrawal is about ("о выходе из соглашения", "о денонсации", "о намерении выйти"). */
const EXIT_NOTICE = String.raw`о\s+(?:сво\p{L}+\s+)?(?:выходе|денонсации|намерении\s+выйти)`;
/** A law's name may open with a quotation mark: закон «О ратификации …». */
const QUOTE = String.raw`(?:[«"„“]\s*)?`;
/** A date that follows an attributive participle ("ратифицированный Белоруссией 20 декабря"), so that the
 *  participle tells of an event, not of a state of affairs ("ратифицированный договор"). */
const DATE_AHEAD = String.raw`(?:[\p{L}-]+\s+){0,3}?(?:в\s+)?\d`;
/** The agreement as an object, in any case ("договора", "соглашение"). */
const INSTRUMENT = String.raw`(?:договор|соглашени|пакт|конвенци|протокол|статут|документ)\w*`;
/** A state's instrument of consent ("ратификационную грамоту", "документ о присоединении"). */
const CONSENT_INSTRUMENT = String.raw`(?:ратификационн\w+\s+грамот\w*|документ\w*\s+о\s+(?:ратификации|присоединении|принятии|утверждении))`;
/** Legislatures a bill goes to ("в Госдуму", "в Государственную думу", "в парламент"). */
const TO_LEGISLATURE = String.raw`в\s+(?:Госдуму|Государственную\s+думу|парламент|${GAP}(?:думу|сейм|собрание|раду|меджлис|мажилис|сенат|конгресс|кнессет|риксдаг|стортинг|хурал|курултай))`;

/** Generic and national names of legislatures and their members, any case ("Мажилис", "Конгресс Перу"). */
const LEGISLATURE_WORDS = [
  String.raw`парламент\w*`,
  String.raw`госдум\w*`,
  'дум[аеуы]',
  String.raw`сейм\w*`,
  String.raw`собрани\w+`,
  String.raw`совет\w*\s+федерации`,
  String.raw`совфед\w*`,
  String.raw`палат\w+`,
  String.raw`депутат\w*`,
  String.raw`сенат\w*`,
  String.raw`сенатор\w*`,
  String.raw`конгресс\w*`,
  String.raw`мажилис\w*`,
  String.raw`меджлис\w*`,
  String.raw`кнессет\w*`,
  String.raw`риксдаг\w*`,
  String.raw`стортинг\w*`,
  String.raw`хурал\w*`,
  String.raw`курултай\w*`,
  String.raw`верховн\w+\s+рад\w*`,
  String.raw`законодательн\w+\s+(?:орган|собрани)\w*`,
];

/** What takes a state out of a treaty, or its part in it ("денонсация", "выход", "приостановление"). */
const EXIT_WORDS = String.raw`(?:денонсаци\w*|выход\w*|приостановлени\w*)`;
/** A bill to leave the treaty is no submission for ratification ("внёс в Госдуму законопроект о денонсации"). */
const NOT_EXIT_BILL = String.raw`(?!\s+${GAP}(?:законопроект|закон|проект)\w*\s+о\s+${EXIT_WORDS})`;

/** A noun of a step that opens a timeline line's words, right after its date's separator ("- 30 сентября: ратификация
 *  договора"); further in, a noun is as often about a step ahead ("обсуждается ратификация"). */
const LINE_HEAD = String.raw`(?<=[:–—|-]\s{0,3})`;

/** What a state deposits ("сдала на хранение грамоту"): any instrument of its consent, named or not. */
const DEPOSITED_INSTRUMENT = String.raw`(?:${CONSENT_INSTRUMENT}|грамот\w*|документ\w*)`;

export const ru: LanguageRules = {
  events: [
    // The instrument of withdrawal deposited with the depositary: the state's notice ("сдала на хранение
    // документ о выходе"), before ru:deposited takes the deposit for a ratification's.
    {
      name: 'ru:deposited-notice-of-withdrawal',
      keys: ['выход', 'денонсац', 'непродлени', 'прекращени'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      // "направил Москве ноту о непродлении": a note that the treaty will not be renewed is its denunciation.
      re: rx(
        // The verb alone: a state between it and the note is its recipient ("направила Исландии ноту"), no actor.
        String.raw`\b(?:сдал|передал|направил|вручил)${PAST}(?=\s+(?:[^;]{0,100}?\s)?(?:документ\w*|уведомлени\w*|грамот\w*|нот[уаы])\s+о\s+(?:выходе|денонсации|непродлении|прекращении))`,
      ),
    },
    // Ратификация, предшествовавшая другому шагу, обеими сторонами: «после ратификации договора обеими странами».
    {
      name: 'ru:after-ratification-by-both',
      keys: ['ратификации'],
      step: 'ratify',
      tense: 'past',
      re: rx(String.raw`(?<=\bпосле\s+)ратификации\s+(?:[\p{L}-]+\s+){0,3}?(?:обеими|обоими)\s+(?:странами|сторонами|государствами|парламентами)`),
    },
    {
      name: 'ru:signed-ratification',
      keys: ['ратифика'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bподписал${PAST}\s+${GAP}(?:закон|указ|федеральный\s+закон)\w*\s+${QUOTE}${GAP}ратифика\w*`,
        String.raw`\bподписал${PAST}\s+${GAP}ратификационн\w+\s+грамот\w*`,
      ]),
    },
    {
      name: 'ru:signs-ratification',
      keys: ['ратифика'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\bподписыва(?:ет|ют)\s+${GAP}(?:закон|указ|федеральный\s+закон|ратификационн)\w*\s+${QUOTE}${GAP}ратифика\w*`),
    },
    {
      name: 'ru:signed-suspension',
      keys: ['приостановлени'],
      step: 'suspended',
      tense: 'past',
      re: rx(String.raw`\bподписал${PAST}\s+${GAP}(?:закон|указ|федеральный\s+закон)\w*\s+о\s+приостановлени\w*`),
    },
    {
      name: 'ru:signs-suspension',
      keys: ['приостановлени'],
      step: 'suspended',
      tense: 'present',
      re: rx(String.raw`\bподписыва(?:ет|ют)\s+${GAP}(?:закон|указ|федеральный\s+закон)\w*\s+о\s+приостановлени\w*`),
    },
    {
      name: 'ru:signed-withdrawal',
      keys: ['денонсаци', 'выходе'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\bподписал${PAST}\s+${GAP}(?:закон|указ|федеральный\s+закон)\w*\s+о\s+(?:денонсации|выходе)`),
    },
    {
      name: 'ru:signs-withdrawal',
      keys: ['денонсаци', 'выходе'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\bподписыва(?:ет|ют)\s+${GAP}(?:закон|указ|федеральный\s+закон)\w*\s+о\s+(?:денонсации|выходе)`),
    },
    {
      name: 'ru:completed-ratification',
      keys: ['ратификац'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bзавершил${PAST}\s+(?:\w+\s+)?(?:процедур\w+\s+)?ратификаци\w*`,
        // "Ратификация договора Арменией завершена", "процедура ратификации завершилась"
        String.raw`\bратификаци\w*\s+${GAP}(?:была\s+|было\s+)?(?:завершен${PASSIVE}|завершил(?:ась|ось))\b`,
      ]),
    },
    {
      name: 'ru:joined',
      keys: ['присоединил'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`\bприсоединил(?:ась|ся|ись)\s+к\s+(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}`),
    },
    // A government decree that accepts a treaty ("постановление о принятии …") is its ratification.
    {
      name: 'ru:signed-acceptance',
      keys: ['принятии', 'присоединении'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`\bподписал${PAST}\s+${GAP}(?:постановлени|указ|закон)\w*\s+(?:\w+\s+)?о\s+(?:принятии|присоединении)`),
    },
    {
      name: 'ru:became-nth',
      keys: ['стал'],
      step: 'ratified',
      tense: 'past',
      re: rx(
        String.raw`\bстал${PAST}\s+(?:[\p{L}\p{N}.-]+\s+){0,2}?(?:государством|страной|участником|союзником)\w*,?\s+(?:ратифицировавш|сдавш|присоединивш)\w*`,
      ),
    },
    {
      name: 'ru:deposited',
      keys: ['хранение'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:сдал|передал)${PAST}\s+на\s+хранение\s+${GAP}${DEPOSITED_INSTRUMENT}`,
        String.raw`\b(?:сдал|передал)${PAST}\s+${GAP}${DEPOSITED_INSTRUMENT}\s+${GAP}на\s+хранение`,
        // "Ратификационная грамота Армении сдана на хранение"
        String.raw`\b${DEPOSITED_INSTRUMENT}\s+${GAP}(?:был\w?\s+)?(?:сдан|передан)${PASSIVE}\s+на\s+хранение`,
      ]),
    },
    {
      name: 'ru:deposits',
      keys: ['хранение'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\b(?:сда[её]т|сдают|переда[её]т|передают)\s+на\s+хранение\s+${GAP}${DEPOSITED_INSTRUMENT}`),
    },
    {
      name: 'ru:exchanged',
      keys: ['обмен'],
      step: 'instruments-exchanged',
      tense: 'past',
      re: rxAny([
        String.raw`\bобменял(?:ись|ась)\s+${GAP}ратификационн\w+\s+грамот\w*`,
        String.raw`\bобмен\s+ратификационн\w+\s+грамот\w*\s+(?:состоялся|прош[её]л|произош[её]л)`,
        String.raw`\bподписал${PAST}\s+${GAP}протокол\w*\s+об\s+обмене`,
      ]),
    },
    {
      name: 'ru:exchange',
      keys: ['обмен'],
      step: 'instruments-exchanged',
      tense: 'present',
      re: rxAny([String.raw`\bобмениваются\s+${GAP}ратификационн\w+\s+грамот\w*`, String.raw`\bподписыва(?:ет|ют)\s+${GAP}протокол\w*\s+об\s+обмене`]),
    },
    {
      name: 'ru:provisional',
      keys: ['временно'],
      step: 'provisionally-applied',
      tense: 'past',
      re: rx(String.raw`\bвременно\s+примен(?:яется|ялся|ялась|ялось|ен|[её]н)\w*`),
    },
    // A state's exit that took effect ("Выход Бурунди из статута вступил в силу"), before the treaty's own entry.
    {
      name: 'ru:withdrawal-effective',
      keys: ['выход'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\bвыход\w*\s+(?:[\p{L}-]+\s+){0,6}?вступил${PAST}\s+в\s+(?:законную\s+)?силу`),
    },
    {
      name: 'ru:in-force',
      keys: ['вступил', 'обязывающ'],
      step: 'entered-into-force',
      tense: 'past',
      re: rxAny([String.raw`\bвступил${PAST}\s+в\s+(?:законную\s+)?силу`, String.raw`\bстал${PAST}\s+(?:юридически\s+)?обязывающ\w+`]),
    },
    { name: 'ru:enters-into-force', keys: ['вступает'], step: 'entered-into-force', tense: 'present', re: rx(String.raw`\bвступает\s+в\s+силу`) },
    {
      name: 'ru:amended',
      keys: ['измен', 'поправк'],
      step: 'amended',
      tense: 'past',
      re: rxAny([
        String.raw`\bвнесены\s+(?:изменения|поправки)`,
        String.raw`\bпоправк\w+\s+(?:внесл\w+|добавил\w+)`,
        String.raw`\bизмен[её]н${PAST}\b`,
        // The parties adopting an amendment ("приняли поправку к протоколу"), not a chamber's to its bill.
        String.raw`\b(?:принял|одобрил|утвердил)${PAST}\s+(?:[\p{L}-]+\s+){0,2}?поправк\w*(?!\s+к\s+(?:законопроекту|закону|проекту))`,
      ]),
    },
    // Perfective forms only: the imperfective "продлевался" tells of a renewal rule, not of one extension.
    {
      name: 'ru:extended',
      keys: ['продл'],
      step: 'extended',
      tense: 'past',
      re: rxAny([String.raw`\bпродлил${PAST}\b`, String.raw`\bпродл[её]н${PASSIVE}\b`]),
    },
    // A state's part suspended ("приостановила участие", "приостанавливает выполнение своих обязательств"): the
    // treaty's step though its name is elsewhere; a news lede tells it in the present.
    {
      name: 'ru:suspended-part',
      keys: ['приостанов'],
      step: 'suspended',
      tense: 'past',
      ownPart: true,
      re: rx(String.raw`\bприостановил${PAST}\s+${OWN_PART}`),
    },
    {
      name: 'ru:suspends-part',
      keys: ['приостанавлива'],
      step: 'suspended',
      tense: 'any',
      ownPart: true,
      re: rx(String.raw`\bприостанавлива(?:ет|ют)\s+${OWN_PART}`),
    },
    // A notice of withdrawal given: the party's denunciation, dated the day it was served (the dossier tells it
    // from the withdrawal taking effect by the cue's name).
    {
      name: 'ru:notice-of-withdrawal',
      keys: ['уведоми', 'уведомлени'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      re: rxAny([
        String.raw`\bуведомил${PAST}\s+(?:[\p{L}-]+\s+){0,3}?${EXIT_NOTICE}`,
        String.raw`\b(?:направил|передал|вручил)${PAST}\s+(?:[\p{L}-]+\s+){0,3}?уведомлени\p{L}*\s+${EXIT_NOTICE}`,
      ]),
    },
    // The extension as what leaders announced or sealed: "объявили о продлении договора".
    {
      name: 'ru:announced-extension',
      keys: ['продлени'],
      step: 'extended',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:объявил|заявил)${PAST}\s+(?:[\p{L}-]+\s+){0,2}?о\s+продлении\s+${INSTRUMENT}`,
        String.raw`\b(?:подписал|утвердил|оформил|согласовал)${PAST}\s+(?:[\p{L}-]+\s+){0,2}?продление\s+${INSTRUMENT}`,
      ]),
    },
    {
      name: 'ru:suspended',
      keys: ['приостанов', 'заморо'],
      step: 'suspended',
      tense: 'past',
      re: rxAny([
        String.raw`\bприостановил${PAST}`,
        String.raw`\bприостановлен${PASSIVE}\b`,
        // Frozen: "заморозил соглашение", "участие заморожено".
        String.raw`\bзаморозил${PAST}\s+${GAP}(?:участие|действие|выполнение|${INSTRUMENT})`,
        String.raw`\b(?:${INSTRUMENT}|участие)\s+(?:[\p{L}-]+\s+){0,3}?(?:был${PAST}\s+)?заморожен${PASSIVE}\b`,
      ]),
    },
    { name: 'ru:suspends', keys: ['приостанавлива'], step: 'suspended', tense: 'present', re: rx(String.raw`\bприостанавлива(?:ет|ют)\b`) },
    {
      name: 'ru:denounced',
      keys: ['денонс', 'выш'],
      step: 'denounced',
      tense: 'past',
      re: rxAny([String.raw`\bденонсировал${PAST}`, String.raw`\bденонсирован${PASSIVE}\b`, String.raw`\bвыш(?:ел|ла|ли)\s+из`]),
    },
    // "больше не является участником …": its own negation (see EventCue.negated).
    {
      name: 'ru:no-longer-party',
      keys: ['больше не', 'перестал'],
      step: 'denounced',
      tense: 'past',
      negated: true,
      re: rxAny([
        String.raw`\bбольше\s+не\s+(?:является|являются|являлся|являлась)\s+(?:участник\w*|сторон\w*)`,
        String.raw`\bперестал${PAST}\s+быть\s+(?:участник\w*|сторон\w*)`,
      ]),
    },
    {
      name: 'ru:withdraws',
      keys: ['денонсиру', 'выход'],
      step: 'denounced',
      tense: 'present',
      re: rxAny([String.raw`\bденонсиру(?:ет|ют)\b`, String.raw`\bвыход(?:ит|ят)\s+из`]),
    },
    { name: 'ru:expired', keys: ['истек', 'истёк'], step: 'expired', tense: 'past', re: rx(String.raw`\bист[её]к(?:ла|ло|ли)?\b`) },
    { name: 'ru:expires', keys: ['истекает'], step: 'expired', tense: 'present', re: rx(String.raw`\bистекает\b`) },
    {
      name: 'ru:terminated',
      keys: ['прекра', 'утратил', 'расторг'],
      step: 'terminated',
      tense: 'past',
      re: rxAny([
        String.raw`\bпрекратил${PAST}\s+(?:сво[её]\s+)?(?:действие|существование)`,
        String.raw`\bутратил${PAST}\s+силу`,
        String.raw`\bрасторг(?:ла|ли)?\b`,
        String.raw`\bпрекращ[её]н${PAST}\b`,
      ]),
    },
    {
      name: 'ru:submitted',
      keys: ['внес', 'внёс', 'законопроект', 'направил'],
      step: 'submitted-for-ratification',
      tense: 'past',
      re: rxAny([
        String.raw`\bвн[её]с(?:ла|ли|ло)?\s+${GAP}(?:${TO_LEGISLATURE}|на\s+ратификацию)${NOT_EXIT_BILL}`,
        String.raw`\bнаправил${PAST}\s+${GAP}(?:${TO_LEGISLATURE}|на\s+ратификацию)${NOT_EXIT_BILL}`,
        // "Договор внесён на ратификацию в парламент", "направлен в Госдуму"
        String.raw`\b(?:внес[её]н|направлен)${PASSIVE}\s+${GAP}(?:${TO_LEGISLATURE}|на\s+ратификацию)`,
        String.raw`\bзаконопроект\w*\s+(?!о\s+${EXIT_WORDS})[^.;]{0,40}?(?:внес[её]н|внесли|поступил|опубликован|размещ[её]н|зарегистрирован)`,
      ]),
    },
    {
      name: 'ru:submits',
      keys: ['вносит', 'направляет'],
      step: 'submitted-for-ratification',
      tense: 'present',
      re: rx(String.raw`\b(?:вносит|направляет)\s+${GAP}(?:${TO_LEGISLATURE}|на\s+ратификацию)${NOT_EXIT_BILL}`),
    },
    {
      name: 'ru:approved',
      keys: ['одобр', 'принял', 'принят', 'проголосовал', 'поддержал', 'согласие', 'свет'],
      step: 'approve',
      tense: 'past',
      re: rxAny([
        String.raw`\bодобрил${PAST}`,
        // "дал согласие на ратификацию": a chamber's consent
        String.raw`\bдал${PAST}\s+(?:своё\s+|свое\s+)?согласие\s+на\s+(?:ратификацию|заключение|присоединение)`,
        // "дали зелёный свет": a chamber's approval in the reporters' idiom
        String.raw`\bдал${PAST}\s+(?:сво[йе]\s+)?зел[её]ный\s+свет`,
        String.raw`\bодобрен${PASSIVE}\b`,
        String.raw`\bодобренн\w+\s+${DATE_AHEAD}`,
        String.raw`\bпринял${PAST}\b`,
        String.raw`\bпринят${PASSIVE}\b`,
        String.raw`\bпроголосовал${PAST}\s+за\s+(?:ратификацию|одобрение|закон)`,
        String.raw`\bподдержал${PAST}\b`,
      ]),
    },
    {
      name: 'ru:approves',
      keys: ['одобряет', 'принимает', 'голосует'],
      step: 'approve',
      tense: 'present',
      re: rxAny([String.raw`\bодобря(?:ет|ют)`, String.raw`\bпринима(?:ет|ют)`, String.raw`\bголосу(?:ет|ют)\s+за\s+(?:ратификацию|одобрение|закон)`]),
    },
    {
      name: 'ru:ratified',
      keys: ['ратифицирова'],
      step: 'ratify',
      tense: 'past',
      re: rxAny([
        String.raw`\bратифицировал${PAST}`,
        String.raw`\bратифицирован${PASSIVE}\b`,
        // "Договор, ратифицированный Белоруссией 20 декабря, …"
        String.raw`\bратифицированн\w+\s+${DATE_AHEAD}`,
      ]),
    },
    { name: 'ru:ratifies', keys: ['ратифициру'], step: 'ratify', tense: 'present', re: rx(String.raw`\bратифициру(?:ет|ют)\b`) },
    // Another state or chamber taking the step told just before ("Киргизия последовала его примеру 2 апреля").
    {
      name: 'ru:followed',
      keys: ['последовал', 'то же самое', 'так же'],
      step: 'follow',
      tense: 'past',
      re: rxAny([
        String.raw`\bпоследовал${PAST}(?:\s+(?:его|её|ее|их)\s+примеру)?(?=\s*(?:[,.;]|$)|\s+(?:\d|в\s+\p{L}+|через|спустя|вскоре|позже)\b)`,
        String.raw`\b(?:сделал|поступил)${PAST}\s+(?:то\s+же\s+самое|так\s+же)`,
      ]),
    },
    // Многосторонний договор, открытый для подписания в каком-то месте и в какой-то день, подписан ("была открыта
    // для подписания в Осло 3 декабря"); без "была" — только с местом или датой после ("открыт для подписания всеми
    // государствами" — правило).
    {
      name: 'ru:opened-for-signature',
      keys: ['для подписания', 'к подписанию'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:был[аио]?|были)\s+открыт\w{0,3}\s+(?:для\s+подписания|к\s+подписанию)\b`,
        String.raw`\bоткрыт\w{0,3}\s+(?:для\s+подписания|к\s+подписанию)(?=\s+(?:в\s|во\s|\d))`,
      ]),
    },
    {
      name: 'ru:signed',
      keys: ['подписа', 'подписывал'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`\bподписал${PAST}`,
        // The imperfective past of one signing ("Соглашение подписывали в Стокгольме 5 декабря")
        String.raw`\bподписывал${PAST}\b`,
        String.raw`\bподписан${PASSIVE}\b`,
        String.raw`\bподписанн\w+`,
      ]),
    },
    { name: 'ru:signs', keys: ['подписыва'], step: 'signed', tense: 'present', re: rx(String.raw`\bподписыва(?:ет|ют)\b`) },
    { name: 'ru:entry-into-force', keys: ['вступление'], step: 'entered-into-force', tense: 'nominal', re: rx(String.raw`\bвступление\s+${GAP}в\s+силу`) },
    {
      name: 'ru:exchange-of-instruments',
      keys: ['обмен'],
      step: 'instruments-exchanged',
      tense: 'nominal',
      re: rx(String.raw`\bобмен\s+ратификационн\w+\s+грамот\w*`),
    },
    // A timeline line told in nouns, in the nominative ("- 30 сентября: ратификация договора Советом Федерации";
    // the oblique "ратификации" is as often a step ahead: "подготовка к ратификации").
    { name: 'ru:ratification', keys: ['ратификация'], step: 'ratify', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bратификация\b`) },
    { name: 'ru:approval', keys: ['одобрение'], step: 'approve', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bодобрение\b`) },
    // A chamber's approval as a noun with its date: "после одобрения Сенатом 3 марта".
    { name: 'ru:approval-of', keys: ['одобрени'], step: 'approve', tense: 'past', dated: true, re: rx(String.raw`\bодобрени[яеюи]\b`) },
    { name: 'ru:signing', keys: ['подписание'], step: 'signed', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bподписание\b`) },
    {
      name: 'ru:deposit',
      keys: ['сдача'],
      step: 'ratified',
      tense: 'nominal',
      re: rx(String.raw`${LINE_HEAD}\bсдача\s+(?:на\s+хранение\s+)?${DEPOSITED_INSTRUMENT}`),
    },
    {
      name: 'ru:submission',
      keys: ['внесение'],
      step: 'submitted-for-ratification',
      tense: 'nominal',
      re: rx(String.raw`${LINE_HEAD}\bвнесение\s+${GAP}(?:${TO_LEGISLATURE}|на\s+ратификацию)`),
    },
    { name: 'ru:extension', keys: ['продление'], step: 'extended', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bпродление\b`) },
    { name: 'ru:suspension', keys: ['приостановление'], step: 'suspended', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bприостановление\b`) },
    { name: 'ru:denunciation', keys: ['денонсация'], step: 'denounced', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bденонсация\b`) },
  ],
  expectations: [
    {
      name: 'ru:will-enter-into-force',
      keys: ['вступит', 'вступает', 'вступить'],
      step: 'entered-into-force',
      re: rxAny([
        String.raw`\bвступит\s+в\s+силу`,
        String.raw`\bвступает\s+в\s+силу\s+(?=(?:\S+\s+(?:дн\w*|месяц\w*)\s+)?(?:после|с\s+момента|с\s+даты|на|через))`,
        String.raw`\bвступить\s+в\s+силу`,
      ]),
    },
    {
      name: 'ru:will-exchange',
      keys: ['обмен'],
      step: 'instruments-exchanged',
      re: rxAny([String.raw`\bобменяются\s+${GAP}ратификационн\w+`, String.raw`\bобмен\w*\s+ратификационн\w+\s+грамот\w+\s+(?:состоится|пройд[её]т)`]),
    },
    {
      name: 'ru:must-ratify',
      keys: ['должен', 'должна', 'должны', 'предстоит'],
      step: 'ratified',
      re: rx(String.raw`\b(?:должен|должна|должны|предстоит)\s+${GAP}(?:подписать|ратифицировать|одобрить)`),
    },
    { name: 'ru:will-be-submitted', keys: ['будет'], step: 'submitted-for-ratification', re: rx(String.raw`\bбудет\s+(?:внес[её]н|направлен|передан)\w*`) },
  ],
  guards: {
    modal: rx(
      String.raw`\b(?:будет|будут|должен|должна|должно|должны|может|могут|предстоит|планирует|намерен\w*|собирается|ожидается)\s+(?:[\p{L}-]+\s+){0,2}$`,
      'iu',
    ),
    conditional: rx(String.raw`\b(?:если|при\s+условии|в\s+случае|пока\s+не)\s+(?:[\p{L}-]+\s+){0,6}$`, 'iu'),
    negation: rx(String.raw`\b(?:не|ни)\b`, 'iu'),
    generic: rxAny([CLASS_OF_STATES, ANY_STATE], 'iu'),
    hedge: rx(String.raw`\bякобы\b|\bутвержда\w+|\bнастаива\w+|\bбудто\s+бы`, 'iu'),
    report: rx(String.raw`\b(?:сообщил|заявил|объявил|передал|рассказал|подтвердил|написал)\w*|\bсообща\w+|\bпереда[её]т\b`, 'iu'),
    passiveAgent: rx(String.raw`(?:ан|ян|ен|ён|т)${PASSIVE}$`, 'iu'),
    today: rx(String.raw`\bсегодня\b`, 'iu'),
    weekdays: ['понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресень'],
    offset: rxAny(
      [
        String.raw`\b(\p{L}+|\d+)\s+(дн\p{L}*|день|недел\p{L}*|месяц\p{L}*)\s+(спустя|назад|позже|раньше)\b`,
        String.raw`\bчерез\s+(\p{L}+|\d+)\s+(дн\p{L}*|день|недел\p{L}*|месяц\p{L}*)\s+(после)\b`,
      ],
      'giu',
    ),
    sameDay: rx(String.raw`\bв\s+(?:тот|этот)\s+же\s+день\b`, 'giu'),
    nextDay: rx(String.raw`\b(?:на\s+следующий\s+день|днем\s+позже|днём\s+позже)\b`, 'giu'),
    dayBefore: rx(String.raw`\b(?:накануне|днем\s+ранее|днём\s+ранее)\b`, 'giu'),
    conditionStart: rx(
      String.raw`^\s*(?:(?:на|в)\s+[\p{L}-]+\s+день\s+)?(?:через\s+\S+\s+(?:дн\w*|месяц\w*)\s+)?(?:после|с\s+момента|с\s+даты|по\s+истечении|при)\b`,
      'iu',
    ),
    place: rx(String.raw`\bв\s+((?:[А-ЯЁ][\p{L}-]+)(?:\s+[А-ЯЁ][\p{L}-]+)?)`, 'gu'),
  },
  duration: {
    prefilter: /бессроч|неопредел|силе|лет|продл|месяц/i,
    cues: [
      {
        what: 'indefinite',
        re: rxAny([
          String.raw`\bбессрочн\w*`,
          String.raw`\bна\s+неопредел[её]нный\s+срок`,
          String.raw`\bв\s+силе\s+до\s+тех\s+пор,?\s+пока\s+(?:\S+\s+){0,4}?не\s+(?:денонсир|прекрат|расторгн)\w*`,
        ]),
      },
      {
        what: 'years',
        re: rxAny([
          String.raw`\b(?:действовать|действует|действителен|заключ[её]н|в\s+силе)\s+(?:в\s+течение\s+)?${NUMBER}\s+лет\b`,
          String.raw`\bсроком\s+на\s+${NUMBER}\s+лет\b`,
        ]),
      },
      {
        what: 'renewal',
        re: rxAny([
          String.raw`\bпродлени\w*\s+на\s+(?:последующие\s+)?([\p{L}]+?|\d+-)летни\w*\s+период\w*`,
          String.raw`\bпродлева\w+\s+(?:[\p{L}]+\s+){0,2}?на\s+(?:последующие\s+)?${NUMBER}\s+лет`,
        ]),
      },
      { what: 'notice', re: rx(String.raw`\bза\s+${NUMBER}\s+месяц\w*\s+до\s+[^.;,]*`) },
    ],
  },
  words: {
    legislature: rx(String.raw`\b(?:${LEGISLATURE_WORDS.join('|')})\b`),
    head: rx(String.raw`\b(?:президент\w*|канцлер\w*|премьер\w*|корол\w+|лидер\w*)\b`),
    government: rx(String.raw`\bправительств\w*`),
    // With agreements not called treaties: a truce, a ceasefire, an "initiative" of states and the UN.
    agreement: rx(
      String.raw`договор|соглашени|пакт|конвенци|протокол|статут|закон|ратифи|документ|грамот|текст|стать|перемири|прекращени\p{L}*\s+огня|инициатив`,
      'giu',
    ),
    otherInstrument: rxAny(
      [
        // with its year, which is then that instrument's ("прежний договор 1998 года")
        String.raw`(?:прежн|предыдущ|бывш|стар)\w*\s+(?:[\p{L}-]+\s+){0,2}?(?:договор|соглашени)\w*(?:\s+(?:от\s+)?\d{4}\s+года)?`,
        String.raw`\bтот\s+(?:договор|соглашение)`,
      ],
      'iu',
    ),
    exit: rx(String.raw`\b${EXIT_WORDS}`, 'iu'),
    law: rx(String.raw`\b(?:закон\w*|законопроект\w*|документ\w*)`, 'iu'),
    bothParties: rx(String.raw`\b(?:обе|обеими|обеих|оба|обоими|обоих)\s+(?:стран\w*|сторон\w*|государств\w*|парламент\w*|правительств\w*)`, 'iu'),
    amendment: rx(String.raw`\bпоправк\w*\s+(?:к|в)\b`, 'iu'),
    revoke: rx(String.raw`\b(?:(?:отзыв|отозва|отзова|отмен)\w*\s+(?:[\p{L}-]+\s+){0,2}?ратифик\w*|дератифик\w*)`, 'iu'),
  },
};
