// German lifecycle cues. The perfect and pluperfect put the participle at the end of the clause ("hat am
// Dienstag das Gesetz … unterzeichnet"), so an anchor spans from the auxiliary to the participle and the
// dates inside it are the event's. The present ("tritt … in Kraft") states a rule: an expectation, except in a
// headline or a timeline ("21. Mai 2025 – Das Parlament billigt das Abkommen").

import { NUMBER } from './numbers.ts';
import { rx, rxAny } from './regex.ts';
import type { LanguageRules } from './types.ts';

/** Any character of the same sentence: the full stops of ordinals ("am 20. Mai") and "Nr." do not end it. */
const SPAN = String.raw`(?:[^.;]|(?<=\d|\bNr|\bNo)\.)`;
/** Within one clause and one of its coordinated verbs: no comma, no "und", but the full stops of ordinals ("am 3.
 *  Dezember"), so that "der im Juni beschlossen und im Dezember … aufgelegt worden war" dates the second verb. */
const CLAUSE_SPAN = String.raw`(?:(?!\bund\s)(?:[^,.;]|(?<=\d)\.))`;
/** The participle of opening a treaty for signature ("zur Unterzeichnung aufgelegt", "… freigegeben"). */
const OPENED_FOR_SIGNATURE = String.raw`(?:aufgelegt|freigegeben)\b`;
/** Perfect/pluperfect/passive auxiliaries that open a verb bracket (never "wird": that is the future). */
const AUX_WORD = String.raw`\b(?:hat|hatte|haben|hatten|wurde|wurden|ist|war|sind|waren)\s+`;
const AUX = `${AUX_WORD}${SPAN}{0,160}?`;
/** What takes a state out of a treaty, or its part in it. */
const EXIT_WORDS = String.raw`(?:Kündigung|Austritt\w*|Aussetzung|Rückzug\w*)`;
/** A bill to leave the treaty is no submission for ratification ("einen Gesetzentwurf zum Austritt … vorgelegt"). */
const NOT_EXIT_BILL = String.raw`(?!${SPAN}{0,80}?\b(?:Gesetzentwurf|Gesetz|Vorlage)\w*\s+(?:zum|zur|über\s+den|über\s+die)\s+${EXIT_WORDS})`;
const GAP = String.raw`(?:[\p{L}-]+\s+){0,4}?`;
/** A notice of withdrawal as what a state told the other side ("den Austritt … mitgeteilt", "die Kündigung
 *  notifiziert"), in a verb bracket. */
const EXIT_NOTICE = String.raw`\b(?:den\s+(?:\w*Austritt|Ausstieg|Rückzug)|die\s+\w*Kündigung|seinen\s+(?:Austritt|Ausstieg|Rückzug)|ihren\s+(?:Austritt|Ausstieg|Rückzug))\b`;
const NOTIFIED = String.raw`(?:schriftlich\s+|offiziell\s+|förmlich\s+|formell\s+)?(?:mitgeteilt|notifiziert|angezeigt)\b`;
/** What reports call the extension of a treaty, as a noun. */
const EXTENSION = String.raw`(?:Verlängerung|Fortschreibung)`;
/** The agreement as an object ("den Vertrag", "das Partnerschaftsabkommen"). */
const INSTRUMENT = String.raw`(?:\w|-)*(?:Vertrag|Vertrages|Abkommen|Abkommens|Übereinkommen\w*|Vereinbarung\w*|Pakt\w*|Protokoll\w*|Konvention|Statut\w*|Waffenruhe|Waffenstillstand\w*)`;
/** After "folgte" that takes the step told before: a date, a time, an example followed or the clause's end
 *  ("Ungarn folgte am 20. Juni", "folgte dem Beispiel"), not what came next ("es folgte eine Debatte"). */
const FOLLOW_END = String.raw`(?=\s*(?:[,.;]|$)|\s+(?:am|im|Anfang|Mitte|Ende|wenig|kurz|einen?|zwei|drei|\d|dem\s+Beispiel|ihm|ihr|ihnen)\b)`;
/** A state's instrument of consent ("Ratifikationsurkunde", "Beitrittsurkunde"). */
const CONSENT_INSTRUMENT = String.raw`(?:(?:Ratifikations|Ratifizierungs|Beitritts|Annahme|Genehmigungs)urkunde\w*|Ratifikation|Ratifizierung)`;

/** What a state deposits: its instrument of consent, or "seine Urkunde" (not a "Kündigungsurkunde"). */
const DEPOSITED_INSTRUMENT = String.raw`(?:${CONSENT_INSTRUMENT}|Urkunde\w*)`;
/** A passive's finite auxiliary after its subject ("Die Urkunde wurde … hinterlegt"); "wird" is the future. */
const PASSIVE_AUX = String.raw`\b(?:wurde|wurden|ist|sind|war|waren)\s+${SPAN}{0,100}?`;
/** The law by which a state ratifies ("Ratifizierungsgesetz", "Vertragsgesetz", "Gesetz zu dem Abkommen"). */
const RATIFICATION_LAW = String.raw`(?:\w*Ratifi\w*gesetz\w*|Vertragsgesetz\w*|Zustimmungsgesetz\w*|Gesetz\w*\s+(?:zur|über\s+die)\s+Ratifi\w+|Gesetz\s+zu\s+dem\s+${INSTRUMENT})`;
/** What instruments two parties exchange: ratification instruments or diplomatic notes. */
const EXCHANGED = String.raw`(?:Ratifikationsurkunden|(?:diplomatischen\s+|Verbal)?Noten)`;
/** A noun of a step that "took place" ("Die Ratifizierung durch Österreich erfolgte am 8. Mai"). */
const TOOK_PLACE = String.raw`${SPAN}{0,80}?\b(?:erfolgte|erfolgten|fand\s+${SPAN}{0,60}?\bstatt)\b`;
/** The state a noun of a step names after it ("Ratifizierung durch Österreich", "Urkunde Schwedens"), so that the
 *  anchor holds it. */
const BY_STATE = String.raw`(?:\s+(?:durch|von)\s+(?:die\s+|den\s+)?\p{Lu}[\p{L}-]+)?`;
const OF_STATE = String.raw`(?:\s+\p{Lu}[\p{L}-]+s)?`;
/** A noun of a step that opens a timeline line's words, right after its date's separator ("- 4. März 2025:
 *  Ratifizierung durch Österreich"); further in, a noun is as often about a step ahead ("Debatte über die
 *  Ratifizierung"). */
const LINE_HEAD = String.raw`(?<=[:–—|-]\s{0,3})`;

/** A timeline's present passive ("- 30. Oktober 2016: Das Abkommen wird in Brüssel unterzeichnet"): "wird" with a
 *  participle that ends the line's clause; in body text the same words announce a step ahead. */
const presentPassive = (participles: string): string =>
  String.raw`\b(?:wird|werden)\s+${SPAN}{0,80}?\b(?:${participles})\b(?!\s+(?:werden|sein|soll|sollen|wird))`;

export const de: LanguageRules = {
  events: [
    // Eine Ratifizierung, die einem anderen Schritt vorausging, durch beide Parteien: "nach der Ratifizierung durch beide Staaten".
    {
      name: 'de:after-ratification-by-both',
      keys: ['ratifizierung', 'ratifikation'],
      step: 'ratify',
      tense: 'past',
      re: rx(
        String.raw`(?<=\bnach\s+(?:der\s+)?)Ratifi(?:zierung|kation)\s+(?:de[sr]\s+(?:[\p{L}-]+\s+){0,2}?)?durch\s+(?:beide|die\s+zwei|die\s+beiden)\s+(?:Staaten|Länder|Seiten|Parteien|Vertragsparteien|Parlamente)\b`,
      ),
    },
    // A timeline's present passive: before the cues whose participle it holds, which would read "wird" as the future.
    {
      name: 'de:timeline-passive-ratified',
      keys: ['hinterlegt', 'fertigt'],
      step: 'ratified',
      tense: 'nominal',
      re: rx(presentPassive('hinterlegt|ausgefertigt')),
    },
    {
      name: 'de:timeline-passive-exchanged',
      keys: ['ausgetauscht'],
      step: 'instruments-exchanged',
      tense: 'nominal',
      re: rx(presentPassive('ausgetauscht')),
    },
    {
      name: 'de:timeline-passive-provisional',
      keys: ['vorläufig'],
      step: 'provisionally-applied',
      tense: 'nominal',
      re: rx(presentPassive(String.raw`vorläufig\s+angewe?ndet`)),
    },
    {
      name: 'de:timeline-passive-submitted',
      keys: ['vorgelegt', 'eingebracht', 'zugeleitet'],
      step: 'submitted-for-ratification',
      tense: 'nominal',
      re: rx(presentPassive('vorgelegt|eingebracht|zugeleitet')),
    },
    {
      name: 'de:timeline-passive-approved',
      keys: ['gebilligt', 'angenommen', 'verabschiedet', 'genehmigt'],
      step: 'approve',
      tense: 'nominal',
      re: rx(presentPassive('gebilligt|angenommen|verabschiedet|genehmigt')),
    },
    { name: 'de:timeline-passive-ratify', keys: ['ratifiziert'], step: 'ratify', tense: 'nominal', re: rx(presentPassive('ratifiziert')) },
    { name: 'de:timeline-passive-signed', keys: ['unterzeichnet'], step: 'signed', tense: 'nominal', re: rx(presentPassive('unterzeichnet')) },
    // A step as a noun that "took place": its own date, in body text too.
    { name: 'de:ratification-took-place', keys: ['ratifi'], step: 'ratify', tense: 'past', re: rx(String.raw`\bRatifi(?:zierung|kation)\b${TOOK_PLACE}`) },
    {
      name: 'de:deposit-took-place',
      keys: ['hinterlegung'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`\bHinterlegung\s+(?:der|seiner|ihrer)\s+${DEPOSITED_INSTRUMENT}${TOOK_PLACE}`),
    },
    { name: 'de:signature-took-place', keys: ['unterzeichnung'], step: 'signed', tense: 'past', re: rx(String.raw`\bUnterzeichnung\b${TOOK_PLACE}`) },
    { name: 'de:entry-took-place', keys: ['inkrafttreten'], step: 'entered-into-force', tense: 'past', re: rx(String.raw`\bInkrafttreten\b${TOOK_PLACE}`) },
    {
      name: 'de:signed-ratification',
      keys: ['ratifi', 'gesetz'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\b${RATIFICATION_LAW}${SPAN}{0,160}?\b(?:unterzeichnet|ausgefertigt|unterschrieben)\b`,
        String.raw`\b(?:unterzeichnete|unterschrieb|fertigte)n?\s+${GAP}(?:${RATIFICATION_LAW}|Ratifikationsurkunde\w*)`,
        String.raw`\bRatifikationsurkunde\w*${SPAN}{0,80}?\bunterzeichnet\b`,
      ]),
    },
    // "unterzeichnete die Urkunde" in a claim about ratification or consent: the instrument of ratification.
    {
      name: 'de:signed-instrument',
      keys: ['urkunde'],
      step: 'ratified',
      tense: 'past',
      requires: /ratifi|zustimm|billig/iu,
      re: rx(String.raw`\b(?:unterzeichnete|unterschrieb)n?\s+${SPAN}{0,80}?\b(?:seine|ihre|die)\s+Urkunde\b`),
    },
    {
      name: 'de:signs-ratification',
      keys: ['ratifi', 'gesetz'],
      step: 'ratified',
      tense: 'present',
      re: rxAny([String.raw`\bunterzeichne[nt]\s+${GAP}\w*Ratifi\w*`, String.raw`\b(?:unterzeichne[nt]|fertigt)\s+${GAP}${RATIFICATION_LAW}`]),
    },
    {
      name: 'de:signed-suspension',
      keys: ['aussetzung'],
      step: 'suspended',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:unterzeichnete|unterschrieb)n?\s+${GAP}Gesetz\w*\s+(?:zur|über\s+die)\s+Aussetzung`,
        String.raw`\bGesetz\w*\s+(?:zur|über\s+die)\s+Aussetzung${SPAN}{0,120}?\bunterzeichnet\b`,
      ]),
    },
    {
      name: 'de:signs-suspension',
      keys: ['aussetzung'],
      step: 'suspended',
      tense: 'present',
      re: rx(String.raw`\bunterzeichne[nt]\s+${GAP}Gesetz\w*\s+(?:zur|über\s+die)\s+Aussetzung`),
    },
    {
      name: 'de:signed-withdrawal',
      keys: ['kündigung', 'austritt'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\b(?:unterzeichnete|unterschrieb)n?\s+${GAP}Gesetz\w*\s+(?:zur|zum|über\s+den|über\s+die)\s+(?:Kündigung|Austritt)`),
    },
    {
      name: 'de:signs-withdrawal',
      keys: ['kündigung', 'austritt'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\bunterzeichne[nt]\s+${GAP}Gesetz\w*\s+(?:zur|zum|über\s+den|über\s+die)\s+(?:Kündigung|Austritt)`),
    },
    {
      name: 'de:concluded',
      keys: ['abschluss'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bbeschlo(?:ss|ß)(?:en)?\s+${GAP}Abschluss\b`,
        String.raw`\bBeschluss\s+über\s+den\s+Abschluss${SPAN}{0,80}?\b(?:angenommen|gefasst)\b`,
      ]),
    },
    {
      name: 'de:completed-ratification',
      keys: ['ratifi'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([String.raw`${AUX}\bRatifi\w+${SPAN}{0,40}?\babgeschlossen\b`, String.raw`\bschloss(?:en)?\s+${GAP}Ratifi\w+${SPAN}{0,40}?\sab\b`]),
    },
    {
      name: 'de:joined',
      keys: ['beigetreten', 'trat', 'traten'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\b(?:(?:dem|der)\s+)?${INSTRUMENT}${SPAN}{0,60}?\bbeigetreten\b`,
        String.raw`\btrat(?:en)?\s+${SPAN}{0,60}?\b(?:dem|der)\s+${INSTRUMENT}\s+bei\b`,
      ]),
    },
    {
      name: 'de:deposited',
      keys: ['hinterleg'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bhinterlegte(?:n)?\s+${SPAN}{0,60}?\b${DEPOSITED_INSTRUMENT}`,
        String.raw`${AUX}${DEPOSITED_INSTRUMENT}${SPAN}{0,140}?\bhinterlegt\b`,
        // "Die Ratifikationsurkunde Chiles wurde am 12. Juni hinterlegt"
        String.raw`\b${CONSENT_INSTRUMENT}${SPAN}{0,60}?${PASSIVE_AUX}\bhinterlegt\b(?!\s+werden)`,
      ]),
    },
    { name: 'de:deposits', keys: ['hinterlegt'], step: 'ratified', tense: 'present', re: rx(String.raw`\bhinterleg(?:t|en)\s+${GAP}${DEPOSITED_INSTRUMENT}`) },
    {
      name: 'de:exchanged',
      keys: ['ratifikationsurkunden', 'austausch', 'noten'],
      step: 'instruments-exchanged',
      tense: 'past',
      re: rxAny([
        String.raw`\b${EXCHANGED}\s+${PASSIVE_AUX}\bausgetauscht\b(?!\s+werden)`,
        String.raw`\btauschten\s+${SPAN}{0,80}?\b${EXCHANGED}`,
        String.raw`\bAustausch\s+der\s+Ratifikationsurkunden\s+(?:fand|erfolgte)`,
        String.raw`\bunterzeichneten\s+${GAP}Protokoll\s+über\s+den\s+Austausch`,
      ]),
    },
    {
      name: 'de:exchange',
      keys: ['ratifikationsurkunden', 'austausch'],
      step: 'instruments-exchanged',
      tense: 'present',
      re: rxAny([String.raw`\btauschen\s+${GAP}Ratifikationsurkunden`, String.raw`\bunterzeichnen\s+${GAP}Protokoll\s+über\s+den\s+Austausch`]),
    },
    // Before entry into force: "trat vorläufig in Kraft" is provisional application.
    {
      name: 'de:provisional',
      keys: ['vorläufig'],
      step: 'provisionally-applied',
      tense: 'past',
      re: rxAny([
        String.raw`\bvorläufig\s+angewe?nde[tn]\b`,
        String.raw`\b(?:trat|traten|ist|war|sind)\s+${SPAN}{0,60}?\bvorläufig\s+in\s+Kraft\b(?!\s+getreten\s+sein)`,
      ]),
    },
    // Before entry into force: a withdrawal "tritt in Kraft" too.
    {
      name: 'de:withdrawal-effective',
      keys: ['austritt'],
      step: 'denounced',
      tense: 'past',
      re: rxAny([
        String.raw`\bAustritt\w*${SPAN}{0,60}?\b(?:wurde|ist|war)\s+${SPAN}{0,30}?\bwirksam\b`,
        String.raw`\bAustritt\w*${SPAN}{0,60}?\btrat\s+${SPAN}{0,30}?\bin\s+Kraft\b`,
      ]),
    },
    {
      name: 'de:withdrawal-takes-effect',
      keys: ['austritt'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\bAustritt\w*${SPAN}{0,60}?\b(?:wird\s+wirksam|tritt\s+${SPAN}{0,30}?\bin\s+Kraft)\b`),
    },
    // The instrument of withdrawal deposited with the depositary: the state's notice ("hinterlegte … seine
    // Austrittsurkunde").
    {
      name: 'de:deposited-notice-of-withdrawal',
      keys: ['urkunde'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      re: rx(String.raw`\b(?:hinterlegte|übergab|übermittelte)n?\s+(?:[^;]{0,100}?\s)?(?:Austritts|Kündigungs|Rücktritts)urkunde\w*`),
    },
    {
      name: 'de:in-force',
      keys: ['in kraft', 'verbindlich'],
      step: 'entered-into-force',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:ist|war|sind)\s+${SPAN}{0,80}?\bin\s+Kraft\s+getreten`,
        String.raw`\btrat(?:en)?\s+${SPAN}{0,80}?\bin\s+Kraft\b`,
        // "ist … völkerrechtlich verbindlich geworden", "ist seit Freitag verbindlich"
        String.raw`\b(?:ist|war|sind)\s+${SPAN}{0,80}?\b(?:völkerrechtlich\s+|rechtlich\s+)?verbindlich\s+geworden\b`,
        String.raw`\b(?:ist|sind)\s+seit\s+${SPAN}{0,40}?\b(?:völkerrechtlich\s+|rechtlich\s+)?verbindlich\b`,
      ]),
    },
    {
      name: 'de:enters-into-force',
      keys: ['in kraft'],
      step: 'entered-into-force',
      tense: 'present',
      re: rx(String.raw`\btritt\s+${SPAN}{0,60}?\bin\s+Kraft\b`),
    },
    {
      name: 'de:amended',
      keys: ['geändert', 'änderung'],
      step: 'amended',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\bgeändert\b`,
        String.raw`\bÄnderung\w*\s+(?:fügte|ergänzte)`,
        // The parties adopting an amendment of the agreement ("verabschiedeten … eine Änderung des Protokolls").
        String.raw`\b(?:verabschiedete|beschloss|beschlossen)n?\s+${SPAN}{0,80}?\b(?:eine|die|das)\s+(?:[\p{L}-]+\s+)?Änderung\w*\s+(?:des|der|zum|zur)\s+${INSTRUMENT}`,
        String.raw`\bÄnderung\w*\s+(?:des|der|zum|zur)\s+${INSTRUMENT}${SPAN}{0,60}?\b(?:wurde|wurden)\s+${SPAN}{0,40}?\b(?:verabschiedet|beschlossen|angenommen)\b`,
      ]),
    },
    // The extension as what leaders announced: "gaben am 4. Mai die Verlängerung des Abkommens bekannt".
    {
      name: 'de:announced-extension',
      keys: ['verlängerung', 'fortschreibung'],
      step: 'extended',
      tense: 'past',
      re: rxAny([
        String.raw`\bgab(?:en)?\s+${SPAN}{0,60}?\bdie\s+${EXTENSION}\s+(?:des|der)\s+${INSTRUMENT}${SPAN}{0,60}?\sbekannt\b`,
        String.raw`${AUX_WORD}${SPAN}{0,60}?\bdie\s+${EXTENSION}\s+(?:des|der)\s+${INSTRUMENT}${SPAN}{0,60}?\s(?:bekannt\s*gegeben|beschlossen|vereinbart|besiegelt|unterzeichnet)\b`,
      ]),
    },
    {
      name: 'de:extended',
      keys: ['verlänger'],
      step: 'extended',
      tense: 'past',
      re: rxAny([String.raw`${AUX}\bverlängert\b`, String.raw`\bverlängerte(?:n)?\s+${GAP}${INSTRUMENT}`]),
    },
    {
      name: 'de:suspended',
      keys: ['ausgesetzt', 'setzte', 'eis', 'fror'],
      step: 'suspended',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\bausgesetzt\b`,
        String.raw`\bsetzte(?:n)?\s+${SPAN}{0,80}?\baus\b`,
        // Put on ice, frozen: "legte das Abkommen auf Eis", "fror den Vertrag ein".
        String.raw`\blegte(?:n)?\s+${SPAN}{0,60}?\bauf\s+Eis\b`,
        String.raw`${AUX}\bauf\s+Eis\s+gelegt\b`,
        String.raw`\bfror(?:en)?\s+${GAP}${INSTRUMENT}\s+ein\b`,
      ]),
    },
    // A party's notice of termination is a denunciation; the treaty ceasing to apply is its termination.
    // ("kündigte … an" announces; it terminates nothing.)
    // A notice of withdrawal given: the party's denunciation, dated the day it was served (the dossier tells it
    // from the withdrawal taking effect by the cue's name).
    {
      name: 'de:notice-of-withdrawal',
      keys: ['mitgeteilt', 'notifiziert', 'angezeigt'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      // From the noun on: the recipient before it ("hatte Moskau den Ausstieg … mitgeteilt") acts not.
      re: rx(String.raw`${EXIT_NOTICE}${SPAN}{0,60}?\s${NOTIFIED}`),
    },
    {
      name: 'de:denounced',
      keys: ['gekündigt', 'kündigte', 'aus dem', 'aus der'],
      step: 'denounced',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\bgekündigt\b`,
        String.raw`\bkündigte(?:n)?\s+${GAP}${INSTRUMENT}(?!${SPAN}{0,40}?\ban\b)`,
        String.raw`\btrat(?:en)?\s+${SPAN}{0,60}?\baus\s+(?:dem|der)\s+${INSTRUMENT}\s+aus\b`,
      ]),
    },
    // "ist nicht mehr Vertragspartei": its own negation (see EventCue.negated).
    {
      name: 'de:no-longer-party',
      keys: ['nicht mehr', 'kein'],
      step: 'denounced',
      tense: 'past',
      negated: true,
      re: rxAny([String.raw`\bnicht\s+mehr\s+Vertrags(?:partei|staat)\w*`, String.raw`\bkein(?:e|en)?\s+Vertrags(?:partei|staat)\w*\s+mehr\b`]),
    },
    {
      name: 'de:withdraws',
      keys: ['kündigt', 'aus dem', 'aus der'],
      step: 'denounced',
      tense: 'present',
      re: rxAny([String.raw`\bkündigt\s+${GAP}${INSTRUMENT}`, String.raw`\btritt\s+${SPAN}{0,60}?\baus\s+(?:dem|der)\s+${INSTRUMENT}\s+aus\b`]),
    },
    {
      name: 'de:expired',
      keys: ['ausgelaufen', 'abgelaufen', 'lief'],
      step: 'expired',
      tense: 'past',
      re: rxAny([String.raw`${AUX}\b(?:ausgelaufen|abgelaufen)\b`, String.raw`\blief(?:en)?\s+${SPAN}{0,60}?\b(?:aus|ab)\b`]),
    },
    { name: 'de:expires', keys: ['läuft'], step: 'expired', tense: 'present', re: rx(String.raw`\bläuft\s+${SPAN}{0,40}?\b(?:aus|ab)\b`) },
    {
      name: 'de:terminated',
      keys: ['außer kraft'],
      step: 'terminated',
      tense: 'past',
      re: rxAny([String.raw`${AUX}\baußer\s+Kraft\s+(?:getreten|gesetzt)\b`, String.raw`\btrat(?:en)?\s+${SPAN}{0,60}?\baußer\s+Kraft\b`]),
    },
    {
      name: 'de:submitted',
      keys: ['eingebracht', 'vorgelegt', 'zugeleitet', 'übermittelt', 'gesetzentwurf', 'leitete'],
      step: 'submitted-for-ratification',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX_WORD}${NOT_EXIT_BILL}${SPAN}{0,160}?\b(?:eingebracht|vorgelegt|zugeleitet|übermittelt)\b`,
        String.raw`\bbrachte(?:n)?\s+${SPAN}{0,120}?\bGesetzentwurf${SPAN}{0,80}?\bein\b`,
        // "leitete den Vertrag am 2. Oktober dem Parlament zu"
        String.raw`\bleitete(?:n)?\s+${SPAN}{0,80}?\b(?:dem|der|den)\s+(?:\w*[Pp]arlament\w*|Bundestag|Bundesrat|Nationalrat|Landtag|\w*[Vv]ersammlung|Senat|Kammer)\s+zu\b`,
      ]),
    },
    {
      name: 'de:submits',
      keys: ['bringt', 'legt'],
      step: 'submitted-for-ratification',
      tense: 'present',
      re: rxAny([
        String.raw`\bbringt\s+${SPAN}{0,80}?\b(?:Gesetzentwurf|${INSTRUMENT})${SPAN}{0,60}?\bein\b`,
        String.raw`\blegt\s+${SPAN}{0,80}?\b(?:Gesetzentwurf|${INSTRUMENT})${SPAN}{0,60}?\bvor\b`,
      ]),
    },
    {
      name: 'de:approved',
      keys: ['gebilligt', 'angenommen', 'verabschiedet', 'zugestimmt', 'genehmigt', 'billigte', 'genehmigte', 'stimmte', 'nahm', 'grünes licht'],
      step: 'approve',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\b(?:gebilligt|angenommen|verabschiedet|zugestimmt|genehmigt)\b`,
        String.raw`\b(?:billigte|verabschiedete|genehmigte)n?\b`,
        String.raw`\bstimmte(?:n)?\s+${SPAN}{0,120}?\bzu\b`,
        String.raw`\bgab(?:en)?\s+${SPAN}{0,60}?\bgrünes\s+Licht\b`,
        String.raw`${AUX}\bgrünes\s+Licht\s+${SPAN}{0,60}?\bgegeben\b`,
        String.raw`\bnahm(?:en)?\s+${GAP}${INSTRUMENT}\s+${SPAN}{0,40}?\ban\b`,
      ]),
    },
    {
      name: 'de:approves',
      keys: ['billigt', 'verabschiedet', 'genehmigt', 'stimmt', 'nimmt'],
      step: 'approve',
      tense: 'present',
      re: rxAny([
        String.raw`\b(?:billigt|verabschiedet|genehmigt)\b`,
        String.raw`\bstimmt\s+${SPAN}{0,60}?\bzu\b`,
        String.raw`\bnimmt\s+${GAP}${INSTRUMENT}\s+${SPAN}{0,40}?\ban\b`,
      ]),
    },
    {
      name: 'de:ratified',
      keys: ['ratifiziert'],
      step: 'ratify',
      tense: 'past',
      re: rxAny([String.raw`${AUX}\bratifiziert\b`, String.raw`\bratifizierte(?:n)?\b`]),
    },
    { name: 'de:ratifies', keys: ['ratifiziert'], step: 'ratify', tense: 'present', re: rx(String.raw`\bratifiziert\b`) },
    // A legislature clearing the way for the treaty approves it ("hat den Weg für das Abkommen freigemacht").
    {
      name: 'de:cleared-the-way',
      keys: ['weg'],
      step: 'approve',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\bden\s+Weg\s+${SPAN}{0,80}?\bfrei(?:gemacht|gegeben)\b`,
        String.raw`\bmachte(?:n)?\s+${SPAN}{0,40}?\bden\s+Weg\s+${SPAN}{0,80}?\bfrei\b`,
      ]),
    },
    // Another state or chamber taking the step told just before ("Ungarn folgte am 20. Juni", "tat es gleich").
    {
      name: 'de:followed',
      keys: ['folgte', 'zog', 'tat es', 'taten es'],
      step: 'follow',
      tense: 'past',
      re: rxAny([
        String.raw`\bfolgten?${FOLLOW_END}`,
        String.raw`\btaten?\s+es\s+(?:\p{L}+\s+){0,2}?gleich\b`,
        String.raw`\bzogen?\s+${SPAN}{0,40}?\bnach(?=\s*(?:[,.;]|$))`,
      ]),
    },
    { name: 'de:follows', keys: ['folgt'], step: 'follow', tense: 'present', re: rx(String.raw`\bfolgt${FOLLOW_END}`) },
    // Ein multilaterales Abkommen, das an einem Ort und Tag zur Unterzeichnung aufgelegt wurde, ist unterzeichnet: im
    // Hauptsatz mit seinem Hilfsverb davor, im Nebensatz ab dessen Einleitung, damit Ort und Datum im Anker stehen.
    // "liegt zur Unterzeichnung auf" ist ein Zustand.
    {
      name: 'de:opened-for-signature',
      keys: ['zeichnung'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\bzur\s+(?:Unter)?zeichnung\s+${OPENED_FOR_SIGNATURE}`,
        String.raw`\b(?:das|die|der|welches|welche|nachdem|als|seit|und)\s+${CLAUSE_SPAN}{0,120}?\bzur\s+(?:Unter)?zeichnung\s+${OPENED_FOR_SIGNATURE}`,
      ]),
    },
    {
      name: 'de:signed',
      keys: ['unterzeichne', 'unterschrieb', 'geschehen zu'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}\b(?:unterzeichnet|unterschrieben)\b`,
        String.raw`\bunterzeichnete(?:n)?\b`,
        String.raw`\bunterschrieb(?:en)?\b`,
        String.raw`\bGeschehen\s+zu\b`,
      ]),
    },
    { name: 'de:signs', keys: ['unterzeichne'], step: 'signed', tense: 'present', re: rx(String.raw`\bunterzeichne[nt]\b`) },
    {
      name: 'de:vote-of',
      keys: ['abstimmung', 'zustimmung', 'votum'],
      step: 'approve',
      tense: 'past',
      dated: true,
      re: rx(String.raw`\b(?:Abstimmung|Zustimmung|Votum)\s+(?:im|in\s+der|des|der)\b`),
    },
    { name: 'de:entry-into-force', keys: ['inkrafttreten'], step: 'entered-into-force', tense: 'nominal', re: rx(String.raw`\bInkrafttreten\b`) },
    {
      name: 'de:exchange-of-instruments',
      keys: ['austausch', 'notenwechsel'],
      step: 'instruments-exchanged',
      tense: 'nominal',
      re: rxAny([String.raw`\bAustausch\s+der\s+${EXCHANGED}`, String.raw`\bNotenwechsel\b`]),
    },
    // A timeline line told in nouns ("- 4. März 2025: Ratifizierung durch Österreich").
    { name: 'de:ratification', keys: ['ratifi'], step: 'ratify', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bRatifi(?:zierung|kation)\b${BY_STATE}`) },
    {
      name: 'de:deposit',
      keys: ['hinterlegung'],
      step: 'ratified',
      tense: 'nominal',
      re: rx(String.raw`${LINE_HEAD}\bHinterlegung\s+(?:der|seiner|ihrer)\s+${DEPOSITED_INSTRUMENT}${OF_STATE}`),
    },
    { name: 'de:accession', keys: ['beitritt'], step: 'ratified', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bBeitritt\b`) },
    { name: 'de:signature', keys: ['unterzeichnung'], step: 'signed', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bUnterzeichnung\b`) },
    {
      name: 'de:submission',
      keys: ['vorlage', 'einbringung'],
      step: 'submitted-for-ratification',
      tense: 'nominal',
      re: rx(String.raw`${LINE_HEAD}\b(?:Vorlage|Einbringung)\b`),
    },
    { name: 'de:extension', keys: ['verlängerung'], step: 'extended', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bVerlängerung\b`) },
    { name: 'de:suspension', keys: ['aussetzung'], step: 'suspended', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bAussetzung\b`) },
    { name: 'de:denunciation', keys: ['kündigung'], step: 'denounced', tense: 'nominal', re: rx(String.raw`${LINE_HEAD}\bKündigung\b`) },
  ],
  expectations: [
    {
      name: 'de:enters-into-force',
      keys: ['in kraft'],
      step: 'entered-into-force',
      re: rxAny([
        String.raw`\btritt\s+${SPAN}{0,80}?\bin\s+Kraft\b`,
        String.raw`\bwird\s+${SPAN}{0,80}?\bin\s+Kraft\s+treten`,
        String.raw`\bin\s+Kraft\s+treten\s+(?:soll|wird)`,
      ]),
    },
    {
      name: 'de:vote-pending',
      keys: ['abstimmung', 'zustimmung', 'ratifi'],
      step: 'approved-by-legislature',
      re: rxAny([
        String.raw`\b(?:steht|stehen)\s+(?:die|der|das)\s+(?:Abstimmung|Zustimmung|Ratifi\w+)\b${SPAN}{0,80}?\baus\b`,
        String.raw`\bAbstimmung\b${SPAN}{0,80}?\b(?:erwartet|geplant)\b`,
      ]),
    },
    {
      name: 'de:to-be-ratified',
      keys: ['ratifi'],
      step: 'ratified',
      re: rxAny([String.raw`\b(?:muss|müssen|soll|sollen|wird|werden)\s+${SPAN}{0,80}?\bratifiziert\s+werden`, String.raw`\bbedarf\s+der\s+Ratifi\w+`]),
    },
    {
      name: 'de:will-exchange',
      keys: ['austauschen'],
      step: 'instruments-exchanged',
      re: rx(String.raw`\b(?:werden|wollen)\s+${SPAN}{0,60}?\bRatifikationsurkunden\s+austauschen`),
    },
  ],
  guards: {
    modal: rx(String.raw`\b(?:wird|werden|würde|würden|soll|sollen|sollte|muss|müssen|kann|können|könnte|dürfte)\b[^.;,]*$`, 'iu'),
    conditional: rx(String.raw`\b(?:sofern|falls|wenn|ob|es\s+sei\s+denn)\b[^.;]*$`, 'iu'),
    negation: rx(String.raw`\b(?:nicht|nie|niemals|kein\w*)\b`, 'iu'),
    // What any state does ("Wie ein Staat aus dem Vertrag austritt"): an explanation, no one state's step.
    generic: rx(String.raw`\bwie\s+(?:ein|eine|jeder|jede)\s+(?:Staat|Land|Partei|Vertragspartei|Mitglied)\s+[^,.;]{0,60}?$`, 'iu'),
    hedge: rx(String.raw`\bangeblich|\bbehaupte\w*|\bbeharr\w*|\bbestehen\s+darauf`, 'iu'),
    report: rx(String.raw`\b(?:sagte|teilte|meldete|berichtete|erklärte|bestätigte|gab|verkündete)n?\b|\bmeldet\b|\bberichtet\b`, 'iu'),
    closesClause: /^\S+(?:\s+\S+){2,}\s+\p{Ll}+(?:t|en)$/u,
    today: rx(String.raw`\bheute\b`, 'iu'),
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    offset: rx(
      String.raw`\b(eine[nm]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|dreißig|\d+)\s+(Tag\p{L}*|Woche\p{L}*|Monat\p{L}*)\s+(nach|vor|zuvor|später|danach|davor)\b`,
      'giu',
    ),
    sameDay: rx(String.raw`\b(?:am\s+(?:selben|gleichen)\s+Tag|am\s+selben\s+Datum)\b`, 'giu'),
    nextDay: rx(String.raw`\b(?:am\s+(?:nächsten|folgenden)\s+Tag|am\s+Folgetag|tags\s+darauf)\b`, 'giu'),
    dayBefore: rx(String.raw`\b(?:am\s+Vortag|tags\s+zuvor|am\s+Tag\s+zuvor)\b`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:am\s+[\p{L}-]+\s+Tag\s+)?(?:\S+\s+(?:Tage|Monate)\s+)?(?:nach|mit|sobald|bei|ab)\b`, 'iu'),
    place: rx(String.raw`\b(?:in|zu)\s+((?!(?:Kraft|Anwesenheit|Gegenwart|Zukunft|Folge|Erwartung|Höhe)\b)[A-ZÄÖÜ][\p{L}-]+(?:\s+[A-ZÄÖÜ][\p{L}-]+)?)`, 'gu'),
  },
  duration: {
    prefilter: /befristet|unbestimmt|kraft|jahr|verlänger|monat/i,
    cues: [
      {
        what: 'indefinite',
        re: rxAny([
          String.raw`\bunbefristet\w*`,
          String.raw`\bauf\s+unbestimmte\s+Zeit`,
          String.raw`\bin\s+Kraft,?\s+bis\s+(?:er|es|sie)\s+(?:\S+\s+){0,4}?(?:gekündigt|aufgehoben|ersetzt)`,
        ]),
      },
      {
        what: 'years',
        re: rxAny([
          String.raw`\bLaufzeit\s+von\s+${NUMBER}\s+Jahren\b`,
          String.raw`\b(?:für|auf)\s+(?:die\s+Dauer\s+von\s+)?${NUMBER}\s+Jahre\s+(?:gültig|geschlossen|abgeschlossen|in\s+Kraft)`,
          String.raw`\bgilt\s+(?:[\p{L}]+\s+){0,2}?${NUMBER}\s+Jahre\b`,
        ]),
      },
      {
        what: 'renewal',
        re: rxAny([
          String.raw`\bum\s+(?:jeweils\s+)?(?:weitere\s+)?${NUMBER}\s+Jahre\s+verlängert`,
          String.raw`\bverlängert\s+sich\s+(?:[\p{L}]+\s+){0,3}?um\s+(?:jeweils\s+)?${NUMBER}\s+Jahre`,
        ]),
      },
      { what: 'notice', re: rx(String.raw`\b${NUMBER}\s+Monate\s+vor\s+(?:Ablauf|Ende)[^.;,]*`) },
    ],
  },
  words: {
    legislature: rx(
      String.raw`\b(?:\w*[Pp]arlament\w*|Bundestag\w*|Bundesrat\w*|Landtag\w*|Reichstag\w*|(?!General|UN-General|UNO-General)\w*[Vv]ersammlung|Nationalrat\w*|Kammer\w*|Abgeordnete\w*|Volksvertretung\w*|Senat\w*)\b`,
    ),
    head: rx(String.raw`\b(?:Präsident(?:in)?|Kanzler(?:in)?|Premierminister(?:in)?|König(?:in)?|Staatschef\w*)\b`),
    government: rx(String.raw`\b(?:Regierung|Bundesregierung|Kabinett|Ministerrat)\b`),
    agreement: rxAny(
      [
        String.raw`vertrag|abkommen|übereinkommen|vereinbarung|konvention|protokoll|pakt|charta|statut|gesetz|dokument|urkunde|ratifi|artikel`,
        // Agreements not called treaties: a truce, a ceasefire, an "Initiative" of states and the UN.
        String.raw`waffenruhe|waffenstillstand|\binitiative\b`,
        String.raw`\b(?:text|ihn|ihm|er|es)\b`,
      ],
      'giu',
    ),
    // with its year, which is then that instrument's ("das alte Abkommen von 1995")
    otherInstrument: rx(
      String.raw`\b(?:frühere|alte|bisherige)\w*\s+(?:[\p{L}-]+\s+){0,2}?(?:Abkommen|Vertrag)\w*(?:\s+(?:von|vom|aus\s+dem\s+Jahr)\s+\d{4})?`,
      'iu',
    ),
    exit: rx(String.raw`\b${EXIT_WORDS}\b`, 'iu'),
    law: rx(String.raw`\b(?:\w*gesetz\w*|Vorlage)\b`, 'iu'),
    bothParties: rx(String.raw`\b(?:beide[nr]?|die\s+zwei)\s+(?:Staaten|Länder[n]?|Seiten|Parteien|Vertragsparteien|Regierungen|Parlamente[n]?)\b`, 'iu'),
    amendment: rx(String.raw`\b(?:Änderung|Ergänzung)\w*\s+(?:de[sr]|zu[mr]?)\b`, 'iu'),
    revoke: rxAny(
      [
        String.raw`\b(?:Rückzug|Rücknahme|Widerruf|Aufhebung)\w*\s+(?:der|seiner|ihrer|einer)\s+Ratifi\w*`,
        String.raw`\bRatifi\w*\s+(?:[\p{L}-]+\s+){0,8}?(?:zurück(?:nimmt|nehmen|genommen|zunehmen|zieht|ziehen|gezogen|zuziehen)|widerruf\w*)`,
        String.raw`\b(?:Ent|De)ratifi\w*`,
      ],
      'iu',
    ),
  },
};
