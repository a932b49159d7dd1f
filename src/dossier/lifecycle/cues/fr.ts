// French lifecycle cues: the passé composé and passé simple are events ("a ratifié", "est entré en vigueur",
// "ratifia"); the future ("entrera en vigueur") and "doit être ratifié" are expectations.
import { rx } from '../regex.ts';
import type { LanguageRules } from '../types.ts';

/** Auxiliary of the passé composé / plus-que-parfait / passive, then up to two words ("a finalement ratifié"). */
const AUX = String.raw`\b(?:a|ont|avait|avaient|été|est|sont)\s+(?:[\p{L}'’-]+\s+){0,2}?`;
/** Feminine/plural endings of a participle. */
const AGR = String.raw`(?:e|s|es)?\b`;

export const fr: LanguageRules = {
  events: [
    { name: 'fr:signed-ratification', keys: ["ratification"], step: 'ratified', tense: 'past', re: rx(String.raw`${AUX}(?:signé|promulgué)${AGR}\s+(?:la\s+|le\s+|l['’])?(?:loi|décret|instrument)s?\s+(?:de|d['’]|autorisant|portant)\s*(?:la\s+)?ratification`) },
    { name: 'fr:exchanged', keys: ["échang"], step: 'instruments-exchanged', tense: 'past', re: rx(String.raw`${AUX}échangé\s+(?:[\p{L}'’-]+\s+){0,2}?instruments\s+de\s+ratification|\béchange\s+des\s+instruments\s+de\s+ratification\s+a\s+eu\s+lieu`) },
    { name: 'fr:provisional', keys: ["provisoire"], step: 'provisionally-applied', tense: 'past', re: rx(String.raw`\b(?:est|sont|a\s+été)\s+appliqué${AGR}\s+(?:à\s+titre\s+provisoire|provisoirement)|\bappliqué${AGR}\s+provisoirement`) },
    { name: 'fr:in-force', keys: ["vigueur"], step: 'entered-into-force', tense: 'past', re: rx(String.raw`\b(?:est|sont)\s+entré${AGR}\s+en\s+vigueur|\bentra\s+en\s+vigueur`) },
    { name: 'fr:in-force-headline', keys: ["vigueur"], step: 'entered-into-force', tense: 'present', re: rx(String.raw`\bentre\s+en\s+vigueur`) },
    { name: 'fr:amended', keys: ["amendé", "modifié"], step: 'amended', tense: 'past', re: rx(String.raw`${AUX}(?:amendé|modifié)${AGR}`) },
    { name: 'fr:suspended', keys: ["suspendu"], step: 'suspended', tense: 'past', re: rx(String.raw`${AUX}suspendu${AGR}`) },
    { name: 'fr:denounced', keys: ["dénoncé", "retiré"], step: 'denounced', tense: 'past', re: rx(String.raw`${AUX}dénoncé${AGR}|\bs['’]est\s+retiré${AGR}\s+(?:du|de\s+l)`) },
    { name: 'fr:terminated', keys: ["résilié", "abrogé", "cessé"], step: 'terminated', tense: 'past', re: rx(String.raw`${AUX}(?:résilié|abrogé)${AGR}|\ba\s+cessé\s+de\s+(?:produire|s['’]appliquer)`) },
    { name: 'fr:submitted', keys: ["déposé", "soumis", "présenté", "transmis"], step: 'submitted-for-ratification', tense: 'past', re: rx(String.raw`${AUX}(?:déposé|soumis|présenté|transmis)${AGR}`) },
    { name: 'fr:approved', keys: ["approuvé", "adopté", "voté"], step: 'approve', tense: 'past', re: rx(String.raw`${AUX}(?:approuvé|adopté|voté)${AGR}|\b(?:approuvé|adopté)${AGR}\s+par\b`) },
    { name: 'fr:approves-headline', keys: ["approuve", "adopte"], step: 'approve', tense: 'present', re: rx(String.raw`\b(?:approuve|adopte)\b`) },
    { name: 'fr:ratified', keys: ["ratifi"], step: 'ratify', tense: 'past', re: rx(String.raw`${AUX}ratifié${AGR}|\bratifia\b`) },
    { name: 'fr:ratifies-headline', keys: ["ratifie"], step: 'ratify', tense: 'present', re: rx(String.raw`\bratifie\b`) },
    { name: 'fr:signed', keys: ["signé", "fait à"], step: 'signed', tense: 'past', re: rx(String.raw`${AUX}signé${AGR}|\bsigné${AGR}\s+(?:à|le|par)\b|\bFait\s+à\b`) },
    { name: 'fr:signs-headline', keys: ["signe"], step: 'signed', tense: 'present', re: rx(String.raw`\bsignent\b|\bsigne\b`) },
  ],
  expectations: [
    { name: 'fr:will-enter-into-force', keys: ["vigueur"], step: 'entered-into-force', re: rx(String.raw`\bentrera\s+en\s+vigueur|\bentre\s+en\s+vigueur\s+(?=le|à|après|dès)`) },
    { name: 'fr:to-be-ratified', keys: ["ratifié"], step: 'ratified', re: rx(String.raw`\b(?:doit|devra|doivent|devront)\s+être\s+ratifié${AGR}`) },
    { name: 'fr:will-be-submitted', keys: ["sera "], step: 'submitted-for-ratification', re: rx(String.raw`\bsera\s+(?:soumis|présenté|déposé)${AGR}`) },
    { name: 'fr:will-exchange', keys: ["échangeront"], step: 'instruments-exchanged', re: rx(String.raw`\béchangeront\b`) },
    { name: 'fr:vote-expected', keys: ["doit", "devra"], step: 'approved-by-legislature', re: rx(String.raw`\b(?:doit|devra)\s+(?:être\s+)?(?:approuvé|voter)`) },
  ],
  guards: {
    modal: rx(String.raw`\b(?:va|vont|doit|doivent|devra|devront|pourrait|pourra|sera|seront|serait)\s+(?:[\p{L}'’-]+\s+){0,2}$`, 'iu'),
    conditional: rx(String.raw`\b(?:si|sauf\s+si|à\s+moins\s+qu['’e])\s*(?:[\p{L}'’-]+\s+){0,6}$`, 'iu'),
    negation: rx(String.raw`\b(?:ne|n['’]|pas|jamais)\b`, 'iu'),
    hedge: rx(String.raw`\bprétend\w*|\bsoi-disant\b|\baurait\s+été\b|\binsiste\w*|\baffirment\b`, 'iu'),
    today: rx(String.raw`\baujourd['’]hui\b`, 'iu'),
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    offset: rx(String.raw`\b(une?|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|trente|\d+)\s+(jours?|semaines?|mois)\s+(après|avant|plus\s+tard|plus\s+tôt)\b`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:le\s+[\p{L}-]+\s+jour\s+)?(?:après|dès|à\s+compter|lors)\b`, 'iu'),
    place: rx(String.raw`\bà\s+((?:[\p{Lu}][\p{L}-]+)(?:[\s-]+[\p{Lu}][\p{L}-]+)?)`, 'gu'),
  },
};
