// German lifecycle cues. The perfect and pluperfect put the participle at the end of the clause ("hat am
// Dienstag das Gesetz … unterzeichnet"), so an anchor spans from the auxiliary to the participle and the
// dates inside it are the event's. The present ("tritt … in Kraft") states a rule: an expectation.
import { rx } from '../regex.ts';
import type { LanguageRules } from '../types.ts';

/** Any character of the same sentence: the full stops of ordinals ("am 20. Mai") and "Nr." do not end it. */
const SPAN = String.raw`(?:[^.;]|(?<=\d|\bNr|\bNo)\.)`;
/** Perfect/pluperfect/passive auxiliaries that open a verb bracket (never "wird": that is the future). */
const AUX = String.raw`\b(?:hat|hatte|haben|hatten|wurde|wurden|ist|war|sind|waren)\s+${SPAN}{0,160}?`;
const GAP = String.raw`(?:[\p{L}-]+\s+){0,4}?`;

export const de: LanguageRules = {
  events: [
    { name: 'de:signed-ratification', keys: ["ratifi"], step: 'ratified', tense: 'past', re: rx(String.raw`\bGesetz\w*\s+(?:zur|über\s+die)\s+Ratifi\w+${SPAN}{0,160}?\b(?:unterzeichnet|ausgefertigt|unterschrieben)\b|\b(?:unterzeichnete|unterschrieb)n?\s+${GAP}(?:Gesetz\w*\s+zur\s+Ratifi\w+|Ratifikationsurkunde\w*)|\bRatifikationsurkunde\w*${SPAN}{0,80}?\bunterzeichnet\b`) },
    { name: 'de:signs-ratification-headline', keys: ['ratifi'], step: 'ratified', tense: 'present', re: rx(String.raw`\bunterzeichne[nt]\s+${GAP}\w*Ratifi\w*`) },
    { name: 'de:exchanged', keys: ["ratifikationsurkunden"], step: 'instruments-exchanged', tense: 'past', re: rx(String.raw`\bRatifikationsurkunden\s+${GAP}ausgetauscht|\btauschten\s+${GAP}Ratifikationsurkunden|\bAustausch\s+der\s+Ratifikationsurkunden\s+(?:fand|erfolgte)`) },
    { name: 'de:provisional', keys: ["vorläufig"], step: 'provisionally-applied', tense: 'past', re: rx(String.raw`\bvorläufig\s+angewe?nde[tn]\b`) },
    { name: 'de:in-force', keys: ["in kraft"], step: 'entered-into-force', tense: 'past', re: rx(String.raw`\b(?:ist|war|sind)\s+${SPAN}{0,80}?\bin\s+Kraft\s+getreten|\btrat(?:en)?\s+${SPAN}{0,80}?\bin\s+Kraft\b`) },
    { name: 'de:in-force-headline', keys: ["in kraft"], step: 'entered-into-force', tense: 'present', re: rx(String.raw`\btritt\s+${SPAN}{0,60}?\bin\s+Kraft\b`) },
    { name: 'de:amended', keys: ["geändert", "änderung"], step: 'amended', tense: 'past', re: rx(String.raw`${AUX}\bgeändert\b|\bÄnderung\w*\s+(?:fügte|ergänzte)`) },
    { name: 'de:suspended', keys: ["ausgesetzt", "setzte"], step: 'suspended', tense: 'past', re: rx(String.raw`${AUX}\bausgesetzt\b|\bsetzte\s+${SPAN}{0,80}?\baus\b`) },
    // A party's notice of termination is a denunciation; the treaty ceasing to apply is its termination.
    { name: 'de:denounced', keys: ["gekündigt", "kündigte", "aus dem vertrag"], step: 'denounced', tense: 'past', re: rx(String.raw`${AUX}\bgekündigt\b|\bkündigte\b|\btrat(?:en)?\s+${SPAN}{0,60}?\baus\s+dem\s+Vertrag\s+aus\b`) },
    { name: 'de:terminated', keys: ["außer kraft"], step: 'terminated', tense: 'past', re: rx(String.raw`${AUX}\baußer\s+Kraft\s+(?:getreten|gesetzt)\b|\btrat(?:en)?\s+${SPAN}{0,60}?\baußer\s+Kraft\b`) },
    { name: 'de:submitted', keys: ["eingebracht", "vorgelegt", "zugeleitet", "übermittelt", "gesetzentwurf"], step: 'submitted-for-ratification', tense: 'past', re: rx(String.raw`${AUX}\b(?:eingebracht|vorgelegt|zugeleitet|übermittelt)\b|\bbrachte(?:n)?\s+${SPAN}{0,120}?\bGesetzentwurf${SPAN}{0,80}?\bein\b`) },
    { name: 'de:approved', keys: ["gebilligt", "angenommen", "verabschiedet", "zugestimmt", "genehmigt", "billigte", "genehmigte", "stimmte"], step: 'approve', tense: 'past', re: rx(String.raw`${AUX}\b(?:gebilligt|angenommen|verabschiedet|zugestimmt|genehmigt)\b|\b(?:billigte|verabschiedete|genehmigte)n?\b|\bstimmte(?:n)?\s+${SPAN}{0,120}?\bzu\b`) },
    { name: 'de:approves-headline', keys: ["billigt", "verabschiedet", "genehmigt", "stimmt"], step: 'approve', tense: 'present', re: rx(String.raw`\b(?:billigt|verabschiedet|genehmigt)\b|\bstimmt\s+${SPAN}{0,60}?\bzu\b`) },
    { name: 'de:ratified', keys: ["ratifiziert"], step: 'ratify', tense: 'past', re: rx(String.raw`${AUX}\bratifiziert\b|\bratifizierte(?:n)?\b`) },
    { name: 'de:ratifies-headline', keys: ["ratifiziert"], step: 'ratify', tense: 'present', re: rx(String.raw`\bratifiziert\b`) },
    { name: 'de:signed', keys: ["unterzeichne", "unterschrieb", "geschehen zu"], step: 'signed', tense: 'past', re: rx(String.raw`${AUX}\b(?:unterzeichnet|unterschrieben)\b|\bunterzeichnete(?:n)?\b|\bunterschrieb(?:en)?\b|\bGeschehen\s+zu\b`) },
    { name: 'de:signs-headline', keys: ["unterzeichne"], step: 'signed', tense: 'present', re: rx(String.raw`\bunterzeichne[nt]\b`) },
  ],
  expectations: [
    { name: 'de:enters-into-force', keys: ["in kraft"], step: 'entered-into-force', re: rx(String.raw`\btritt\s+${SPAN}{0,80}?\bin\s+Kraft\b|\bwird\s+${SPAN}{0,80}?\bin\s+Kraft\s+treten|\bin\s+Kraft\s+treten\s+(?:soll|wird)`) },
    { name: 'de:vote-pending', keys: ["abstimmung", "zustimmung", "ratifi"], step: 'approved-by-legislature', re: rx(String.raw`\b(?:steht|stehen)\s+(?:die|der|das)\s+(?:Abstimmung|Zustimmung|Ratifi\w+)\b${SPAN}{0,80}?\baus\b|\bAbstimmung\b${SPAN}{0,80}?\b(?:erwartet|geplant)\b`) },
    { name: 'de:to-be-ratified', keys: ["ratifi"], step: 'ratified', re: rx(String.raw`\b(?:muss|müssen|soll|sollen|wird|werden)\s+${SPAN}{0,80}?\bratifiziert\s+werden|\bbedarf\s+der\s+Ratifi\w+`) },
    { name: 'de:will-exchange', keys: ["austauschen"], step: 'instruments-exchanged', re: rx(String.raw`\b(?:werden|wollen)\s+${SPAN}{0,60}?\bRatifikationsurkunden\s+austauschen`) },
  ],
  guards: {
    modal: rx(String.raw`\b(?:wird|werden|würde|würden|soll|sollen|sollte|muss|müssen|kann|können|könnte|dürfte)\b[^.;,]*$`, 'iu'),
    conditional: rx(String.raw`\b(?:sofern|falls|wenn|ob|es\s+sei\s+denn)\b[^.;]*$`, 'iu'),
    negation: rx(String.raw`\b(?:nicht|nie|niemals|kein\w*)\b`, 'iu'),
    hedge: rx(String.raw`\bangeblich|\bbehaupte\w*|\bbeharr\w*|\bbestehen\s+darauf`, 'iu'),
    today: rx(String.raw`\bheute\b`, 'iu'),
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    offset: rx(String.raw`\b(eine[nm]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|dreißig|\d+)\s+(Tag\p{L}*|Woche\p{L}*|Monat\p{L}*)\s+(nach|vor|zuvor|später|danach|davor)\b`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:am\s+[\p{L}-]+\s+Tag\s+)?(?:nach|mit|sobald|bei|ab)\b`, 'iu'),
    place: rx(String.raw`\b(?:in|zu)\s+((?!(?:Kraft|Anwesenheit|Gegenwart|Zukunft|Folge|Erwartung|Höhe)\b)[A-ZÄÖÜ][\p{L}-]+(?:\s+[A-ZÄÖÜ][\p{L}-]+)?)`, 'gu'),
  },
};
