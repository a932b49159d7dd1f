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
  // Stems of every cue below (a claim without one of them is skipped).
  prefilter: /zeichne|schrieb|ratifi|billig|angenommen|verabschied|zugestimmt|stimmt|genehmig|kraft|eingebracht|vorgelegt|zugeleitet|übermittelt|brachte|geändert|änderung|ausgesetzt|setzte|kündig|austausch|ausgetauscht|tauschten|vorläufig|abstimmung|bedarf|geschehen|trat/i,
  events: [
    { name: 'de:signed-ratification', step: 'ratified', tense: 'past', re: rx(String.raw`\bGesetz\w*\s+(?:zur|über\s+die)\s+Ratifi\w+${SPAN}{0,160}?\b(?:unterzeichnet|ausgefertigt|unterschrieben)\b|\b(?:unterzeichnete|unterschrieb)n?\s+${GAP}(?:Gesetz\w*\s+zur\s+Ratifi\w+|Ratifikationsurkunde\w*)|\bRatifikationsurkunde\w*${SPAN}{0,80}?\bunterzeichnet\b`) },
    { name: 'de:exchanged', step: 'instruments-exchanged', tense: 'past', re: rx(String.raw`\bRatifikationsurkunden\s+${GAP}ausgetauscht|\btauschten\s+${GAP}Ratifikationsurkunden|\bAustausch\s+der\s+Ratifikationsurkunden\s+(?:fand|erfolgte)`) },
    { name: 'de:provisional', step: 'provisionally-applied', tense: 'past', re: rx(String.raw`\bvorläufig\s+angewe?nde[tn]\b`) },
    { name: 'de:in-force', step: 'entered-into-force', tense: 'past', re: rx(String.raw`\b(?:ist|war|sind)\s+${SPAN}{0,80}?\bin\s+Kraft\s+getreten|\btrat(?:en)?\s+${SPAN}{0,80}?\bin\s+Kraft\b`) },
    { name: 'de:in-force-headline', step: 'entered-into-force', tense: 'present', re: rx(String.raw`\btritt\s+${SPAN}{0,60}?\bin\s+Kraft\b`) },
    { name: 'de:amended', step: 'amended', tense: 'past', re: rx(String.raw`${AUX}\bgeändert\b|\bÄnderung\w*\s+(?:fügte|ergänzte)`) },
    { name: 'de:suspended', step: 'suspended', tense: 'past', re: rx(String.raw`${AUX}\bausgesetzt\b|\bsetzte\s+${SPAN}{0,80}?\baus\b`) },
    // A party's notice of termination is a denunciation; the treaty ceasing to apply is its termination.
    { name: 'de:denounced', step: 'denounced', tense: 'past', re: rx(String.raw`${AUX}\bgekündigt\b|\bkündigte\b|\btrat(?:en)?\s+${SPAN}{0,60}?\baus\s+dem\s+Vertrag\s+aus\b`) },
    { name: 'de:terminated', step: 'terminated', tense: 'past', re: rx(String.raw`${AUX}\baußer\s+Kraft\s+(?:getreten|gesetzt)\b|\btrat(?:en)?\s+${SPAN}{0,60}?\baußer\s+Kraft\b`) },
    { name: 'de:submitted', step: 'submitted-for-ratification', tense: 'past', re: rx(String.raw`${AUX}\b(?:eingebracht|vorgelegt|zugeleitet|übermittelt)\b|\bbrachte(?:n)?\s+${SPAN}{0,120}?\bGesetzentwurf${SPAN}{0,80}?\bein\b`) },
    { name: 'de:approved', step: 'approve', tense: 'past', re: rx(String.raw`${AUX}\b(?:gebilligt|angenommen|verabschiedet|zugestimmt|genehmigt)\b|\b(?:billigte|verabschiedete|genehmigte)n?\b|\bstimmte(?:n)?\s+${SPAN}{0,120}?\bzu\b`) },
    { name: 'de:approves-headline', step: 'approve', tense: 'present', re: rx(String.raw`\b(?:billigt|verabschiedet|genehmigt)\b|\bstimmt\s+${SPAN}{0,60}?\bzu\b`) },
    { name: 'de:ratified', step: 'ratify', tense: 'past', re: rx(String.raw`${AUX}\bratifiziert\b|\bratifizierte(?:n)?\b`) },
    { name: 'de:ratifies-headline', step: 'ratify', tense: 'present', re: rx(String.raw`\bratifiziert\b`) },
    { name: 'de:signed', step: 'signed', tense: 'past', re: rx(String.raw`${AUX}\b(?:unterzeichnet|unterschrieben)\b|\bunterzeichnete(?:n)?\b|\bunterschrieb(?:en)?\b|\bGeschehen\s+zu\b`) },
    { name: 'de:signs-headline', step: 'signed', tense: 'present', re: rx(String.raw`\bunterzeichne[nt]\b`) },
  ],
  expectations: [
    { name: 'de:enters-into-force', step: 'entered-into-force', re: rx(String.raw`\btritt\s+${SPAN}{0,80}?\bin\s+Kraft\b|\bwird\s+${SPAN}{0,80}?\bin\s+Kraft\s+treten|\bin\s+Kraft\s+treten\s+(?:soll|wird)`) },
    { name: 'de:vote-pending', step: 'approved-by-legislature', re: rx(String.raw`\b(?:steht|stehen)\s+(?:die|der|das)\s+(?:Abstimmung|Zustimmung|Ratifi\w+)\b${SPAN}{0,80}?\baus\b|\bAbstimmung\b${SPAN}{0,80}?\b(?:erwartet|geplant)\b`) },
    { name: 'de:to-be-ratified', step: 'ratified', re: rx(String.raw`\b(?:muss|müssen|soll|sollen|wird|werden)\s+${SPAN}{0,80}?\bratifiziert\s+werden|\bbedarf\s+der\s+Ratifi\w+`) },
    { name: 'de:will-exchange', step: 'instruments-exchanged', re: rx(String.raw`\b(?:werden|wollen)\s+${SPAN}{0,60}?\bRatifikationsurkunden\s+austauschen`) },
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
