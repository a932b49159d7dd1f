// Spanish lifecycle cues: the preterite and the perfect are events ("ratificó", "ha entrado en vigor", "fue
// aprobado"); the future ("entrará en vigor") and "deberá ser ratificado" are expectations; the present ("el
// Senado aprueba el tratado") is an event in a headline or a timeline only.

import { NUMBER } from './numbers.ts';
import { rx, rxAny } from './regex.ts';
import type { LanguageRules } from './types.ts';

/** Perfect and passive auxiliaries, then up to two words ("ha finalmente ratificado", "fue aprobado"); the
 *  conditional perfect ("habría sido ratificado") is a report's hedge (see guards.hedge). */
const AUX = String.raw`\b(?:ha|han|había|habían|habría|habrían|fue|fueron|ha\s+sido|han\s+sido)\s+(?:[\p{L}-]+\s+){0,2}?`;
/** Endings of a participle after its stem ("aprobad-o", "ratificad-as"). */
const AGR = String.raw`(?:o|a|os|as)\b`;
const GAP = String.raw`(?:[\p{L}-]+\s+){0,3}?`;
/** After "le siguió" that takes the step told before: a date, a time or the clause's end ("Paraguay lo siguió el
 *  30 de junio"), not an object. */
const FOLLOW_END = String.raw`(?=\s*(?:[,.;]|$)|\s+(?:el\s+\d|en\s+\p{L}+|poco|días|semanas|meses|\d|unos?|dos|tres|al\s+día)\b)`;
/** The agreement as an object ("el tratado", "el Estatuto de Roma", "la Carta de la OEA"). */
const INSTRUMENT = String.raw`(?:tratado|acuerdo|pacto|convenio|convención|protocolo|estatuto|carta)`;
/** A law or decree of ratification ("la ley de ratificación", "el decreto que ratifica la ratificación", the
 *  Colombian "ley aprobatoria del tratado"). */
const RATIFICATION_ACT = String.raw`(?:la\s+|el\s+|su\s+)?(?:(?:ley|decreto|instrumento)s?\s+(?:de|que\s+ratifica)\s+(?:la\s+)?ratificación|ley\s+aprobatoria)`;
/** A legislature's consent in words ("dio luz verde", "dio el visto bueno", "otorgó su aprobación"). */
const CONSENT_GIVEN = String.raw`(?:su\s+|el\s+)?(?:visto\s+bueno|luz\s+verde|aprobación|consentimiento|aval)`;
/** What a state notifies when it leaves ("su retirada", "la denuncia"). */
const EXIT_NOTICE = String.raw`(?:su|la)\s+(?:retirada|salida|denuncia)`;
/** The extension of the treaty as what the parties agreed or signed ("acordaron la prórroga del acuerdo"). */
const EXTENSION_NOUN = String.raw`(?:prórroga|extensión|renovación|prolongación)`;
/** A state's part in a treaty in force, which it suspends ("sus obligaciones", "su participación"). */
const OWN_PART = String.raw`(?:sus|su)\s+(?:obligaciones|compromisos|participación)\b`;
/** States described as a class ("los países que lo han ratificado"): no one state's step. */
const CLASS_OF_STATES = String.raw`\b(?:Estados|países|partes|miembros|signatarios|gobiernos)\s+que\s+(?:lo\s+|la\s+|los\s+|ya\s+)?(?:(?:han|habían|ha)\s+(?:ya\s+)?)?$`;
/** What any state does ("Cómo un país se retira del tratado"): an explanation, no one state's step. */
const ANY_STATE = String.raw`\bcómo\s+(?:un|una|cualquier)\s+(?:Estado|país|parte|miembro)\s+(?:puede\s+)?(?:se\s+)?$`;
const CONSENT_INSTRUMENT = String.raw`instrumentos?\s+de\s+(?:ratificación|adhesión|aceptación|aprobación)`;
/** Legislatures a bill goes to ("al Congreso", "a las Cortes", "al Senado", "al Parlamento"). */
const TO_LEGISLATURE = String.raw`(?:al|a\s+la|a\s+las)\s+(?:Congreso|Senado|Parlamento|Cortes|Asamblea(?!\s+(?:General|Mundial))|Cámara|Majlis)`;

/** What a state deposits: its instrument of consent, named or not ("su instrumento"), never one of withdrawal. */
const DEPOSITED_INSTRUMENT = String.raw`(?:${CONSENT_INSTRUMENT}|instrumentos?\b(?!\s+de\s+(?:retiro|retirada|denuncia)))`;

export const es: LanguageRules = {
  events: [
    // Una ratificación contada como anterior a otro paso, por ambas partes: "tras la ratificación por ambos países".
    {
      name: 'es:after-ratification-by-both',
      keys: ['ratificación'],
      step: 'ratify',
      tense: 'past',
      re: rx(
        String.raw`(?<=\b(?:tras|después\s+de|desde)\s+(?:la\s+)?)ratificación\s+(?:del?\s+(?:[\p{L}-]+\s+){0,2}?)?por\s+(?:ambos|los\s+dos)\s+(?:países|Estados|partes|gobiernos|parlamentos)\b`,
      ),
    },
    {
      name: 'es:signed-ratification',
      keys: ['ratificación', 'aprobatoria'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:firmó|promulgó|sancionó)\s+${GAP}${RATIFICATION_ACT}`,
        String.raw`${AUX}(?:firmad|promulgad|sancionad)o\s+${GAP}${RATIFICATION_ACT}`,
        // "firmó el martes la ratificación del acuerdo": the head's signature is the ratification.
        String.raw`\bfirm(?:ó|aron)\s+${GAP}(?:la|su)\s+ratificación\b`,
      ]),
    },
    {
      name: 'es:signs-ratification',
      keys: ['ratificación', 'aprobatoria'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\b(?:firma|promulga|sanciona)\s+${GAP}${RATIFICATION_ACT}`),
    },
    {
      name: 'es:signed-suspension',
      keys: ['suspend'],
      step: 'suspended',
      tense: 'past',
      re: rx(String.raw`\b(?:firmó|promulgó|sancionó)\s+${GAP}(?:la\s+)?ley\s+(?:que\s+suspende|de\s+suspensión)`),
    },
    {
      name: 'es:signs-suspension',
      keys: ['suspend'],
      step: 'suspended',
      tense: 'present',
      re: rx(String.raw`\b(?:firma|promulga|sanciona)\s+${GAP}(?:la\s+)?ley\s+(?:que\s+suspende|de\s+suspensión)`),
    },
    {
      name: 'es:signed-withdrawal',
      keys: ['denuncia', 'retirada', 'salida'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\b(?:firmó|promulgó|sancionó)\s+${GAP}(?:la\s+)?ley\s+(?:que\s+denuncia|de\s+(?:denuncia|retirada|salida))`),
    },
    {
      name: 'es:signs-withdrawal',
      keys: ['denuncia', 'retirada', 'salida'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b(?:firma|promulga|sanciona)\s+${GAP}(?:la\s+)?ley\s+(?:que\s+denuncia|de\s+(?:denuncia|retirada|salida))`),
    },
    // "firmó el instrumento" in a claim about ratification: the instrument of ratification.
    {
      name: 'es:signed-instrument',
      keys: ['instrumento'],
      step: 'ratified',
      tense: 'past',
      requires: /ratific|aprob/iu,
      re: rx(String.raw`\bfirm(?:ó|aron)\s+(?:\p{L}+\s+){0,2}?(?:el|su)\s+instrumento\b`),
    },
    {
      name: 'es:concluded',
      keys: ['celebra'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`\badopt(?:ó|aron)\s+${GAP}decisión\s+(?:de\s+celebrar\w*|relativa\s+a\s+la\s+celebración|sobre\s+la\s+celebración)`),
    },
    {
      name: 'es:completed-ratification',
      keys: ['ratificación'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:completó|concluyó|culminó)\s+(?:la|su)\s+(?:procedimiento\s+de\s+)?ratificación`,
        String.raw`${AUX}(?:completad|concluid|culminad)o\s+(?:la|su)\s+(?:procedimiento\s+de\s+)?ratificación`,
      ]),
    },
    {
      name: 'es:joined',
      keys: ['adhiri', 'adherido', 'sumó', 'sumaron'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bse\s+(?:adhiri(?:ó|eron)|sum(?:ó|aron))\s+(?:al|a\s+la)\s+${INSTRUMENT}`,
        String.raw`\b(?:ha|han)\s+adherido\s+(?:al|a\s+la)\s+${INSTRUMENT}`,
      ]),
    },
    {
      name: 'es:became-nth',
      keys: ['convirti'],
      step: 'ratified',
      tense: 'past',
      re: rx(
        String.raw`\bse\s+convirti(?:ó|eron)\s+en\s+el\s+(?:[\p{L}\p{N}.-]+\s+){0,2}?(?:Estado|país|miembro|aliado|socio)\s+en\s+(?:ratificar|depositar|adherirse|hacerlo)`,
      ),
    },
    // A timeline's present: "Canadá se convierte ese mismo día en el primer aliado en ratificarlo".
    {
      name: 'es:becomes-nth',
      keys: ['convierte'],
      step: 'ratified',
      tense: 'present',
      re: rx(
        String.raw`\bse\s+convierten?\s+(?:[\p{L}]+\s+){0,3}?en\s+el\s+(?:[\p{L}\p{N}.-]+\s+){0,2}?(?:Estado|país|miembro|aliado|socio)\s+en\s+(?:ratificar|depositar|adherirse|hacerlo)`,
      ),
    },
    {
      name: 'es:deposited',
      keys: ['deposit'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bdepositar?on\s+${GAP}${DEPOSITED_INSTRUMENT}`,
        String.raw`\bdepositó\s+${GAP}${DEPOSITED_INSTRUMENT}`,
        String.raw`${AUX}depositado\s+${GAP}${DEPOSITED_INSTRUMENT}`,
      ]),
    },
    { name: 'es:deposits', keys: ['deposita'], step: 'ratified', tense: 'present', re: rx(String.raw`\bdeposita[n]?\s+${GAP}${DEPOSITED_INSTRUMENT}`) },
    {
      name: 'es:exchanged',
      keys: ['canje', 'intercambi', 'canjear'],
      step: 'instruments-exchanged',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:intercambiaron|canjearon)\s+${GAP}instrumentos\s+de\s+ratificación`,
        String.raw`${AUX}(?:intercambiad|canjead)os\s+${GAP}instrumentos\s+de\s+ratificación`,
        String.raw`\b(?:canje|intercambio)\s+de\s+(?:los\s+)?instrumentos\s+de\s+ratificación\s+(?:tuvo\s+lugar|se\s+realizó|se\s+celebró)`,
        String.raw`\bse\s+(?:realizó|celebró|produjo)\s+el\s+(?:canje|intercambio)\s+de\s+(?:los\s+)?instrumentos`,
        // The exchange of notes that brings an agreement into force (not "un acuerdo por canje de notas", its form).
        String.raw`\b(?:canje|intercambio)\s+de\s+notas\s+${GAP}(?:tuvo\s+lugar|se\s+realizó|se\s+celebró|se\s+efectuó)`,
        String.raw`\b(?:intercambiaron|canjearon)\s+(?:las\s+)?notas\s+diplomáticas`,
      ]),
    },
    {
      name: 'es:exchange',
      keys: ['intercambian', 'canjean'],
      step: 'instruments-exchanged',
      tense: 'present',
      re: rx(String.raw`\b(?:intercambian|canjean)\s+${GAP}instrumentos\s+de\s+ratificación`),
    },
    {
      name: 'es:provisional',
      keys: ['provisional'],
      step: 'provisionally-applied',
      tense: 'past',
      re: rxAny([
        String.raw`\bse\s+(?:aplica|aplicó|ha\s+aplicado)\s+(?:de\s+forma\s+|de\s+manera\s+)?provisional(?:mente)?`,
        String.raw`${AUX}aplicad${AGR}\s+(?:de\s+forma\s+|de\s+manera\s+)?provisional(?:mente)?`,
      ]),
    },
    // Before entry into force: a withdrawal "surte efecto" too.
    {
      name: 'es:withdrawal-effective',
      keys: ['retirada', 'salida'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\b(?:retirada|salida)\s+(?:[\p{L}-]+\s+){0,8}?(?:surtió\s+efecto|entró\s+en\s+vigor|se\s+hizo\s+efectiva)`),
    },
    {
      name: 'es:withdrawal-takes-effect',
      keys: ['retirada', 'salida'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b(?:retirada|salida)\s+(?:[\p{L}-]+\s+){0,8}?(?:surte\s+efecto|entra\s+en\s+vigor|se\s+hace\s+efectiva)`),
    },
    // A long name between the withdrawal and its effect: "La retirada de X de la Convención sobre …, firmada en
    // 1998 por once Estados, surte efecto este sábado".
    {
      name: 'es:withdrawal-takes-effect-after-name',
      keys: ['retirada', 'salida'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b(?:retirada|salida)\s+del?\s+(?:[^;]{0,200}?\s)?(?:surte\s+efecto|se\s+hace\s+efectiva)`),
    },
    // The verb first, in a timeline line or a lead: "Surte efecto la retirada de Estonia".
    {
      name: 'es:withdrawal-effect-first',
      keys: ['retirada', 'salida'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b(?:surte\s+efecto|se\s+hace\s+efectiva)\s+la\s+(?:retirada|salida)\b`),
    },
    // The instrument of withdrawal deposited with the depositary: the state's notice.
    {
      name: 'es:deposited-notice-of-withdrawal',
      keys: ['instrumento'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      re: rx(
        String.raw`\b(?:depositó|depositaron|entregó|entregaron|presentó|presentaron|remitió|remitieron)\s+(?:[^;]{0,100}?\s)?(?:su|sus)\s+instrumentos?\s+de\s+(?:retirada|retiro|denuncia)`,
      ),
    },
    {
      name: 'es:deposits-notice-of-withdrawal',
      keys: ['instrumento'],
      step: 'denounced',
      tense: 'present',
      ownPart: true,
      re: rx(
        String.raw`\b(?:deposita|depositan|entrega|entregan|presenta|presentan|remite|remiten)\s+(?:[^;]{0,100}?\s)?(?:su|sus)\s+instrumentos?\s+de\s+(?:retirada|retiro|denuncia)`,
      ),
    },
    {
      name: 'es:extension-agreed',
      keys: ['prórroga', 'extensión', 'renovación', 'prolongación'],
      step: 'extended',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:acord|pact|firm|aprob|formaliz)(?:ó|aron)\s+la\s+${EXTENSION_NOUN}\s+del?\b`,
        // Announced or made official, maybe with its date between: "anunciaron el 4 de mayo la prórroga del acuerdo".
        String.raw`\b(?:anunci|confirm|oficializ|sell)(?:ó|aron)\s+(?:[\p{L}\p{N}-]+\s+){0,6}?la\s+${EXTENSION_NOUN}\s+del?\b`,
      ]),
    },
    // A headline's present: "Hungría y Eslovaquia prorrogan por diez años su acuerdo".
    {
      name: 'es:extends',
      keys: ['prorroga', 'prolonga', 'renueva'],
      step: 'extended',
      tense: 'present',
      re: rx(String.raw`\b(?:prorrogan?|prolongan?|renuevan?)\s+(?:por\s+[\p{L}\p{N}]+\s+años\s+)?(?:el\s+|la\s+|su\s+)?${INSTRUMENT}`),
    },
    {
      name: 'es:in-force',
      keys: ['vigor', 'vigencia', 'efecto', 'vinculante'],
      step: 'entered-into-force',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:se\s+volvió|se\s+hizo|pasó\s+a\s+ser)\s+(?:jurídicamente\s+|legalmente\s+)?vinculante\b`,
        String.raw`\bentr(?:ó|aron)\s+en\s+vigor`,
        String.raw`${AUX}entrado\s+en\s+vigor`,
        String.raw`\bcobr(?:ó|aron)\s+vigencia`,
        String.raw`\bsurtió\s+efecto`,
      ]),
    },
    { name: 'es:enters-into-force', keys: ['vigor'], step: 'entered-into-force', tense: 'present', re: rx(String.raw`\bentran?\s+en\s+vigor`) },
    {
      name: 'es:amended',
      keys: ['enmendad', 'modificad', 'enmienda'],
      step: 'amended',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}(?:enmendad|modificad)${AGR}`,
        // The parties adopting an amendment to the agreement ("aprobaron una enmienda al protocolo").
        String.raw`\b(?:aprob|adopt)(?:ó|aron)\s+(?:una|la|las)\s+enmiendas?\s+(?:al|a\s+la)\s+${INSTRUMENT}`,
        String.raw`\benmiendas?\s+(?:al|a\s+la)\s+${INSTRUMENT}\s+(?:[\p{L}-]+\s+){0,3}?(?:fue|fueron)\s+(?:aprobad|adoptad)${AGR}`,
      ]),
    },
    {
      name: 'es:extended',
      keys: ['prorrog', 'prolong', 'extendi', 'renov'],
      step: 'extended',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:prorrogó|prorrogaron|prolongó|prolongaron|renovó|renovaron)\b`,
        String.raw`${AUX}(?:prorrogad|prolongad|extendid|renovad)${AGR}`,
        String.raw`\bextendieron\s+${GAP}${INSTRUMENT}`,
      ]),
    },
    // A state's part suspended, told without the treaty's name: "suspendió sus obligaciones".
    {
      name: 'es:suspended-part',
      keys: ['suspend'],
      step: 'suspended',
      tense: 'past',
      ownPart: true,
      re: rx(String.raw`(?:\bsuspendi(?:ó|eron)|${AUX}suspendid${AGR})\s+${OWN_PART}`),
    },
    {
      name: 'es:suspended',
      keys: ['suspend', 'suspenso', 'congel'],
      step: 'suspended',
      tense: 'past',
      re: rxAny([
        String.raw`\bsuspendi(?:ó|eron)\b`,
        String.raw`${AUX}suspendid${AGR}`,
        String.raw`\bqued(?:ó|aron)\s+(?:suspendid${AGR}|en\s+suspenso)`,
        // Left pending or frozen: "dejó en suspenso el tratado", "congeló el acuerdo".
        String.raw`\bdej(?:ó|aron)\s+${GAP}en\s+suspenso\b`,
        String.raw`\bcongel(?:ó|aron)\s+${GAP}(?:${INSTRUMENT}|participación|aplicación)`,
        String.raw`\b${INSTRUMENT}\s+(?:[\p{L}-]+\s+){0,3}?${AUX}congelad${AGR}`,
      ]),
    },
    {
      name: 'es:suspends',
      keys: ['suspende'],
      step: 'suspended',
      tense: 'present',
      re: rx(String.raw`\bsuspenden?\s+${GAP}(?:${INSTRUMENT}|participación|aplicación)`),
    },
    {
      name: 'es:denounced',
      keys: ['denunci', 'retir', 'abandon', 'salida'],
      step: 'denounced',
      tense: 'past',
      re: rxAny([
        String.raw`\bdenunci(?:ó|aron)\s+${GAP}${INSTRUMENT}`,
        String.raw`${AUX}denunciad${AGR}`,
        String.raw`\bse\s+retir(?:ó|aron)\s+del?\b`,
        String.raw`\babandon(?:ó|aron)\s+${GAP}${INSTRUMENT}`,
        String.raw`\b(?:notific|anunci|formaliz)(?:ó|aron)\s+${EXIT_NOTICE}\s+del?\b`,
      ]),
    },
    // "ya no es parte del tratado": its own negation (see EventCue.negated).
    {
      name: 'es:no-longer-party',
      keys: ['ya no'],
      step: 'denounced',
      tense: 'past',
      negated: true,
      re: rx(String.raw`\bya\s+no\s+(?:es|son|era|eran)\s+(?:un\s+)?(?:Estado\s+)?partes?\s+(?:de|del|en)\b`),
    },
    {
      name: 'es:withdraws',
      keys: ['retira', 'denuncia', 'abandona'],
      step: 'denounced',
      tense: 'present',
      re: rxAny([String.raw`\bse\s+retiran?\s+del?\b`, String.raw`\b(?:denuncia|abandona)n?\s+${GAP}${INSTRUMENT}`]),
    },
    {
      name: 'es:expired',
      keys: ['expir', 'venció', 'caducó', 'vencido', 'caducado', 'vigencia'],
      step: 'expired',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:expiró|venció|caducó|expiraron|vencieron)\b`,
        String.raw`${AUX}(?:expirado|vencido|caducado)\b`,
        String.raw`\bperdi(?:ó|eron)\s+(?:su\s+)?vigencia`,
      ]),
    },
    { name: 'es:expires', keys: ['expira', 'vence'], step: 'expired', tense: 'present', re: rx(String.raw`\b(?:expira|vence)\b`) },
    {
      name: 'es:terminated',
      keys: ['dejó', 'terminad', 'rescindid'],
      step: 'terminated',
      tense: 'past',
      re: rxAny([String.raw`\bdej(?:ó|aron)\s+de\s+(?:estar\s+en\s+vigor|tener\s+efecto|aplicarse|existir)`, String.raw`${AUX}(?:terminad|rescindid)${AGR}`]),
    },
    {
      name: 'es:submitted',
      keys: ['remiti', 'envi', 'present', 'sometid', 'remitid'],
      step: 'submitted-for-ratification',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:remitió|envió|presentó|sometió|remitieron|enviaron)\s+${GAP}(?:${TO_LEGISLATURE}|a\s+ratificación)`,
        String.raw`${AUX}(?:remitid|enviad|presentad|sometid)${AGR}\s+${GAP}(?:${TO_LEGISLATURE}|a\s+ratificación)`,
      ]),
    },
    {
      name: 'es:submits',
      keys: ['remite', 'envía', 'presenta', 'somete'],
      step: 'submitted-for-ratification',
      tense: 'present',
      re: rx(String.raw`\b(?:remite|envía|presenta|somete)\s+${GAP}(?:${TO_LEGISLATURE}|a\s+ratificación)`),
    },
    {
      name: 'es:approved',
      keys: ['aprob', 'dio', 'dieron', 'otorg', 'concedi', 'votó', 'votaron', 'respald', 'avaló', 'avalaron'],
      step: 'approve',
      tense: 'past',
      re: rxAny([
        String.raw`\baprob(?:ó|aron)\b`,
        String.raw`${AUX}aprobad${AGR}`,
        String.raw`\b(?:dio|dieron|otorgó|otorgaron|concedió|concedieron)\s+${CONSENT_GIVEN}`,
        String.raw`\bvot(?:ó|aron)\s+(?:a\s+favor|por\s+(?:unanimidad|amplia\s+mayoría))`,
        String.raw`\b(?:respaldó|respaldaron|avaló|avalaron)\b`,
      ]),
    },
    {
      name: 'es:approves',
      keys: ['aprueba', 'da ', 'dan ', 'otorga', 'vota', 'respalda', 'avala'],
      step: 'approve',
      tense: 'present',
      re: rxAny([
        String.raw`\baprueban?\b`,
        String.raw`\b(?:dan?|otorgan?)\s+${CONSENT_GIVEN}`,
        String.raw`\bvotan?\s+a\s+favor`,
        String.raw`\b(?:respalda|avala)n?\b`,
      ]),
    },
    {
      name: 'es:ratified',
      keys: ['ratific'],
      step: 'ratify',
      tense: 'past',
      re: rxAny([String.raw`\bratific(?:ó|aron)\b`, String.raw`${AUX}ratificad${AGR}`]),
    },
    { name: 'es:ratifies', keys: ['ratifica'], step: 'ratify', tense: 'present', re: rx(String.raw`\bratifican?\b`) },
    // Another state or chamber taking the step told just before ("Paraguay hizo lo propio el 30 de junio").
    {
      name: 'es:followed',
      keys: ['hizo lo', 'hicieron lo', 'siguió', 'siguieron'],
      step: 'follow',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:hizo|hicieron)\s+lo\s+(?:propio|mismo)\b`,
        String.raw`\b(?:le|la|lo|les|los|las)\s+(?:siguió|siguieron)${FOLLOW_END}`,
        String.raw`\b(?:siguió|siguieron)\s+(?:su|sus)\s+(?:pasos|ejemplo)\b`,
        String.raw`\b(?:siguió|siguieron)\s+el\s+ejemplo\b`,
      ]),
    },
    { name: 'es:follows', keys: ['hace lo', 'hacen lo'], step: 'follow', tense: 'present', re: rx(String.raw`\bhacen?\s+lo\s+(?:propio|mismo)\b`) },
    // Un tratado multilateral abierto a la firma en un lugar y una fecha: su firma. El participio solo ("abierto a la
    // firma en Oslo el 3 de diciembre") cuenta seguido de un lugar o una fecha; "está abierto a la firma de todos los
    // Estados" es una regla.
    {
      name: 'es:opened-for-signature',
      keys: ['a la firma'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:fue|fueron|sido|quedó|quedaron)\s+abiert[oa]s?\s+a\s+la\s+firma\b`,
        String.raw`(?<!\b(?:está|están|sigue|siguen|queda|quedan|permanece|permanecen)\s)\babiert[oa]s?\s+a\s+la\s+firma(?=\s+(?:en|el)\s+(?!tod[oa]s\b|cualquier))`,
      ]),
    },
    {
      name: 'es:signed',
      keys: ['firm', 'suscri', 'hecho en'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`\bfirm(?:ó|aron)\b`,
        String.raw`\bsuscribi(?:ó|eron)\b`,
        String.raw`${AUX}(?:firmad|suscrit)${AGR}`,
        String.raw`\bfirmad${AGR}\s+(?:en|el|por)\b`,
        String.raw`\bHecho\s+en\b`,
      ]),
    },
    { name: 'es:signs', keys: ['firma', 'suscribe'], step: 'signed', tense: 'present', re: rx(String.raw`\b(?:firman?|suscriben?)\b`) },
    {
      name: 'es:vote-of',
      keys: ['votación', 'voto', 'aprobación'],
      step: 'approve',
      tense: 'past',
      dated: true,
      re: rxAny([
        String.raw`\b(?:la\s+votación|el\s+voto)\s+(?:del?|en\s+el|en\s+la)\b`,
        // "la aprobación del Senado el 3 de marzo"
        String.raw`\bla\s+aprobación\s+(?:del?|de\s+la|por\s+el|por\s+la)\b`,
      ]),
    },
    { name: 'es:entry-into-force', keys: ['entrada en vigor'], step: 'entered-into-force', tense: 'nominal', re: rx(String.raw`\bentrada\s+en\s+vigor`) },
    {
      name: 'es:exchange-of-instruments',
      keys: ['canje', 'intercambio'],
      step: 'instruments-exchanged',
      tense: 'nominal',
      re: rx(String.raw`\b(?:canje|intercambio)\s+de\s+(?:los\s+)?instrumentos\s+de\s+ratificación`),
    },
  ],
  expectations: [
    {
      name: 'es:will-enter-into-force',
      keys: ['vigor'],
      step: 'entered-into-force',
      re: rxAny([
        String.raw`\bentrará\s+en\s+vigor`,
        String.raw`\bentra\s+en\s+vigor\s+(?=a\s+los|tras|después|cuando|el\s+día|en\s+la\s+fecha|\S+\s+días)`,
        String.raw`\bentrar\s+en\s+vigor`,
      ]),
    },
    {
      name: 'es:to-be-ratified',
      keys: ['ratific'],
      step: 'ratified',
      re: rxAny([String.raw`\b(?:debe|deberá|deben|deberán)\s+(?:ser\s+ratificad${AGR}|ratificar)`, String.raw`\bestá\s+sujeto\s+a\s+ratificación`]),
    },
    {
      name: 'es:will-be-submitted',
      keys: ['será'],
      step: 'submitted-for-ratification',
      re: rx(String.raw`\bserá\s+(?:remitid|enviad|sometid|presentad)${AGR}`),
    },
    { name: 'es:will-exchange', keys: ['intercambiarán', 'canjearán'], step: 'instruments-exchanged', re: rx(String.raw`\b(?:intercambiarán|canjearán)\b`) },
    {
      name: 'es:vote-expected',
      keys: ['votar', 'aprobar'],
      step: 'approved-by-legislature',
      re: rx(String.raw`\b(?:deberá|debe|tendrá\s+que|prevé|espera)\s+(?:votar|aprobar)`),
    },
  ],
  guards: {
    modal: rx(String.raw`\b(?:va\s+a|van\s+a|debe|deben|deberá|deberán|podría|podrá|será|serán|tendrá\s+que|prevé|espera)\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu'),
    conditional: rx(String.raw`\b(?:si|salvo\s+que|a\s+menos\s+que|siempre\s+que|en\s+caso\s+de\s+que)\s+(?:[\p{L}-]+\s+){0,6}$`, 'iu'),
    negation: rx(String.raw`\b(?:no|nunca|ni|jamás)\b`, 'iu'),
    generic: rxAny([CLASS_OF_STATES, ANY_STATE], 'iu'),
    hedge: rx(String.raw`\bsupuestamente\b|\bpresuntamente\b|\binsist\w+|\bafirman\b|\bhabrían?\s+sido\b`, 'iu'),
    report: rx(String.raw`\b(?:dijo|anunció|informó|declaró|afirmó|confirmó|indicó|señaló|según)\b`, 'iu'),
    today: rx(String.raw`\bhoy\b`, 'iu'),
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    offset: rx(
      String.raw`\b(una?|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|treinta|\d+)\s+(días?|semanas?|mes(?:es)?)\s+(después|antes|más\s+tarde)\b`,
      'giu',
    ),
    sameDay: rx(String.raw`\bel\s+mismo\s+día\b`, 'giu'),
    nextDay: rx(String.raw`\b(?:al\s+día\s+siguiente|un\s+día\s+después)\b`, 'giu'),
    dayBefore: rx(String.raw`\b(?:el\s+día\s+anterior|la\s+víspera|un\s+día\s+antes)\b`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:a\s+los\s+\S+\s+días\s+)?(?:\S+\s+días\s+)?(?:tras|después|cuando|desde|a\s+partir|en\s+la\s+fecha|el\s+día)\b`, 'iu'),
    place: rx(String.raw`\ben\s+((?:[\p{Lu}][\p{L}-]+)(?:\s+[\p{Lu}][\p{L}-]+)?)`, 'gu'),
  },
  duration: {
    prefilter: /indefinid|ilimitad|vigor|años|prorrog|renov|meses/i,
    cues: [
      {
        what: 'indefinite',
        re: rxAny([
          String.raw`\b(?:duración|plazo|vigencia)\s+(?:indefinida|ilimitada|indeterminada)`,
          String.raw`\bpor\s+(?:tiempo|un\s+plazo)\s+indefinido`,
          String.raw`\bindefinidamente\b`,
          String.raw`\ben\s+vigor\s+hasta\s+que\s+(?:sea|se)\s+(?:denunciad|terminad|sustituid|derogad)\w*`,
        ]),
      },
      {
        what: 'years',
        re: rxAny([
          String.raw`\b(?:vigente|válido|vigor|concluido|celebrado)\w*\s+(?:por|durante)\s+(?:un\s+(?:período|periodo|plazo)\s+de\s+)?${NUMBER}\s+años\b`,
          // "en un plazo de diez años" is a deadline for one obligation (within ten years), not the agreement's term.
          String.raw`\b(?:duración|vigencia|(?<!en un )plazo)\s+de\s+${NUMBER}\s+años\b`,
        ]),
      },
      {
        what: 'renewal',
        re: rx(
          String.raw`\b(?:prorrog|renov|prolong)\w*\s+(?:automática\w*\s+|tácita\w*\s+)?(?:por\s+)?(?:(?:sucesivos\s+)?(?:períodos|periodos)\s+(?:sucesivos\s+)?de\s+)?${NUMBER}\s+años`,
        ),
      },
      { what: 'notice', re: rx(String.raw`\b${NUMBER}\s+meses\s+antes\s+(?:de\s+(?:la|su)\s+(?:expiración|vencimiento|terminación))[^.;,]*`) },
    ],
  },
  words: {
    legislature: rx(
      String.raw`\b(?:Parlamentos?|parlamentarios|legisladores|diputados|senadores|Senado|Congreso|Cortes|Asamblea(?!\s+(?:General|Mundial))|Cámara)\b`,
    ),
    head: rx(String.raw`\b(?:presidente|presidenta|canciller|primer\s+ministro|rey|reina|mandatario)\b`),
    government: rx(String.raw`\b(?:gobierno|Ejecutivo|Consejo\s+de\s+Ministros)\b`),
    agreement: rxAny(
      [
        String.raw`tratado|acuerdo|convenio|convención|protocolo|estatuto|ratific|documento|instrumento`,
        // Agreements not called treaties: a truce, a ceasefire, an "iniciativa" of states and the UN.
        String.raw`\b(?:tregua|alto\s+el\s+fuego|armisticio|iniciativa)\b`,
        String.raw`\b(?:ley|texto|artículo|lo)\b`,
        // A charter, not a letter ("la Carta de la OEA", "la Carta de las Naciones Unidas").
        String.raw`\bCarta\s+(?:de\s+la|de\s+las|del|constitutiva|fundacional)\b`,
      ],
      'giu',
    ),
    otherInstrument: rxAny(
      [
        String.raw`\b(?:anterior|antiguo|previo)\w*\s+(?:[\p{L}-]+\s+){0,2}?(?:acuerdo|tratado|convenio)`,
        String.raw`\b(?:acuerdo|tratado|convenio)\s+(?:[\p{L}-]+\s+){0,2}?(?:anterior|previo)`,
      ],
      'iu',
    ),
    exit: rx(String.raw`\b(?:retirada|salida|denuncia|suspensión|suspende)\b`, 'iu'),
    law: rx(String.raw`\b(?:ley|proyecto|texto)\b`, 'iu'),
    bothParties: rx(String.raw`\b(?:ambos|ambas|los\s+dos|las\s+dos)\s+(?:países|Estados|partes|gobiernos|parlamentos)\b`, 'iu'),
    amendment: rx(String.raw`\benmiendas?\s+(?:a|al|del?)\b`, 'iu'),
    revoke: rxAny(
      [
        String.raw`\b(?:revoca\w*|revoc(?:ó|aron|ar)|desratific\w*)`,
        String.raw`\b(?:retir\w*|anul\w*|dej\w*\s+sin\s+efecto)\s+(?:de\s+)?(?:la|su)\s+ratificación\b`,
      ],
      'iu',
    ),
  },
};
