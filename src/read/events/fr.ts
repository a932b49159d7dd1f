// French lifecycle cues: the passé composé and passé simple are events ("a ratifié", "est entré en vigueur",
// "ratifia"); the future ("entrera en vigueur") and "doit être ratifié" are expectations; the present ("le Sénat
// adopte le projet de loi") is an event in a headline or a timeline only.

import { NUMBER } from './numbers.ts';
import { rx, rxAny } from './regex.ts';
import type { LanguageRules } from './types.ts';

/** Auxiliary of the passé composé / plus-que-parfait / passive, then up to two words ("a finalement ratifié"). */
const AUX = String.raw`\b(?:a|ont|avait|avaient|été|est|sont)\s+(?:[\p{L}'’-]+\s+){0,2}?`;
/** Feminine/plural endings of a participle. */
const AGR = String.raw`(?:e|s|es)?\b`;
/** Up to three words, then maybe an elided article written onto the next one ("l'instrument", "d'approbation"). */
const GAP = String.raw`(?:[\p{L}'’-]+\s+){0,3}?(?:[ldLD]['’])?`;
/** After "a suivi" that takes the step told before: a date, a time or the clause's end ("le Luxembourg a suivi le
 *  9 mai", "a suivi en mai"), not an object ("a suivi le débat"). */
const FOLLOW_END = String.raw`(?=\s*(?:[,.;]|$)|\s+(?:le\s+(?:\d|1er|lendemain)|en\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|dès|peu|quelques|une?\s+(?:semaine|mois|jour|an)|deux|trois|\d|à\s+son\s+tour)\b)`;
/** The agreement as an object ("le traité", "l'accord", "le Statut de Rome", "la Charte"). */
const INSTRUMENT = String.raw`(?:traité|accord|pacte|convention|protocole|statut|charte)`;
/** What a law or decree gives: ratification, or (Belgium, Luxembourg) the assent or approval of the treaty. */
const CONSENT = String.raw`(?:ratification|assentiment|approbation)`;
/** A law, decree or instrument of ratification ("la loi de ratification", "le décret portant ratification", "la loi
 *  portant assentiment", "la loi autorisant l'approbation"). */
const RATIFICATION_ACT = String.raw`(?:la\s+|le\s+|l['’]|son\s+|sa\s+)?(?:loi|décret|instrument)s?\s+(?:de|d['’]|autorisant|portant)\s*(?:la\s+|l['’])?${CONSENT}`;
/** A head's act on that law: signs, promulgates or sanctions it, one or two of them ("a sanctionné et promulgué"). */
const ENACTED = String.raw`(?:signé|promulgué|sanctionné)(?:e|s|es)?(?:\s+et\s+(?:signé|promulgué|sanctionné)(?:e|s|es)?)?`;
const ENACTS = String.raw`(?:signe|promulgue|sanctionne)(?:\s+et\s+(?:signe|promulgue|sanctionne))?`;
/** Passé simple of the step verbs, as reports of history write them ("le Sénat adopta", "ils signèrent"). */
const PASSE_SIMPLE = {
  approve: String.raw`(?:adopt|approuv|vot)(?:a|èrent)`,
  ratify: String.raw`ratifi(?:a|èrent)`,
  sign: String.raw`sign(?:a|èrent)`,
  deposit: String.raw`dépos(?:a|èrent)`,
  denounce: String.raw`(?:dénonça|dénoncèrent)`,
};
/** A legislature's consent in words ("a donné mercredi son feu vert", "ont donné leur aval"). */
const GREEN_LIGHT = String.raw`(?:son|leur|le)\s+(?:feu\s+vert|accord|aval|approbation)`;
/** What a state notifies or announces when it leaves ("son retrait", "sa dénonciation"). */
const EXIT_NOTICE = String.raw`(?:son|leur|sa)\s+(?:retrait|dénonciation)`;
/** A fronted participle opens the sentence or follows a comma ("Entrée en vigueur le 16 août 2017, la convention …",
 *  "l'accord, entré en vigueur en 2005, …"), unlike the noun ("l'entrée en vigueur"), which has its article. */
const FRONTED = String.raw`(?<=^|,\s)`;
/** The extension of the treaty as a subject, then what happened to it ("La prorogation de l'accord a été actée"). */
const EXTENSION_NOUN = String.raw`(?:prorogation|prolongation|reconduction)`;
const EXTENSION_DONE = String.raw`(?:a\s+été\s+(?:actée|signée|décidée|entérinée|conclue|approuvée|confirmée)|est\s+entrée\s+en\s+vigueur|a\s+pris\s+effet)`;
/** A state's part in a treaty in force, which it suspends ("ses obligations", "leurs engagements"). */
const OWN_PART = String.raw`(?:ses|leurs|sa|son)\s+(?:obligations|engagements|participation)\b`;
/** A past participle coordinated with the one before, its auxiliary shared ("a suspendu … et notifié"). */
const AND_PARTICIPLE = String.raw`(?<=\bet\s)`;
/** An instrument named by a pronoun ("a déposé le sien", "ont déposé les leurs"). */
const OWN_INSTRUMENT = String.raw`(?:le\s+sien|la\s+sienne|les\s+siens|le\s+leur|les\s+leurs)\b`;
/** States described as a class ("les États qui l'ont ratifié"): no one state's step. */
const CLASS_OF_STATES = String.raw`\b(?:États|pays|parties|membres|signataires|gouvernements)\s+qui\s+(?:l['’]|les\s+|y\s+|en\s+)?(?:(?:ont|avaient|a)\s+(?:déjà\s+)?)?$`;
/** What any state does ("Comment un État se retire du traité"): an explanation, no one state's step. */
const ANY_STATE = String.raw`\bcomment\s+(?:un|une|tout)\s+(?:État|pays|partie|membre)\s+(?:peut\s+)?(?:se\s+|s['’])?$`;
const CONSENT_INSTRUMENT = String.raw`instruments?\s+(?:de\s+ratification|d['’]adhésion|d['’]acceptation|d['’]approbation)`;

/** What a state deposits: its instrument of consent, named or not ("son instrument"), never one of withdrawal. */
const DEPOSITED_INSTRUMENT = String.raw`(?:${CONSENT_INSTRUMENT}|instruments?\b(?!\s+de\s+(?:retrait|dénonciation)))`;

export const fr: LanguageRules = {
  events: [
    // Une ratification dite comme antérieure à une autre étape, par les deux parties : « après la ratification du
    // texte par les deux pays ».
    {
      name: 'fr:after-ratification-by-both',
      keys: ['ratification'],
      step: 'ratify',
      tense: 'past',
      re: rx(
        String.raw`(?<=\b(?:après|depuis|suite\s+à)\s+(?:la\s+)?)ratification\s+(?:d[ue]s?\s+(?:[\p{L}'’-]+\s+){0,2}?)?par\s+les\s+deux\s+(?:pays|États|parties|gouvernements|parlements)\b`,
      ),
    },
    {
      name: 'fr:signed-ratification',
      keys: ['ratification', 'assentiment', 'approbation'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`${AUX}${ENACTED}\s+${GAP}${RATIFICATION_ACT}`),
    },
    {
      name: 'fr:signs-ratification',
      keys: ['ratification', 'assentiment', 'approbation'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\b${ENACTS}\s+${GAP}${RATIFICATION_ACT}`),
    },
    // "ratifié par décret …, qui a signé ce décret lundi": signing the decree is the ratification.
    {
      name: 'fr:signed-decree',
      keys: ['décret'],
      step: 'ratified',
      tense: 'past',
      requires: /ratifi/iu,
      re: rx(String.raw`${AUX}signé${AGR}\s+(?:ce|le|un|son)\s+décret`),
    },
    {
      name: 'fr:signed-suspension',
      keys: ['suspen'],
      step: 'suspended',
      tense: 'past',
      re: rx(String.raw`${AUX}(?:signé|promulgué)${AGR}\s+${GAP}(?:la\s+)?loi\s+(?:suspendant|portant\s+suspension)`),
    },
    {
      name: 'fr:signs-suspension',
      keys: ['suspen'],
      step: 'suspended',
      tense: 'present',
      re: rx(String.raw`\b(?:signe|promulgue)\s+${GAP}(?:la\s+)?loi\s+(?:suspendant|portant\s+suspension)`),
    },
    {
      name: 'fr:signed-withdrawal',
      keys: ['retrait', 'dénon'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`${AUX}(?:signé|promulgué)${AGR}\s+${GAP}(?:la\s+)?loi\s+(?:portant\s+(?:retrait|dénonciation)|dénonçant)`),
    },
    {
      name: 'fr:signs-withdrawal',
      keys: ['retrait', 'dénon'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b(?:signe|promulgue)\s+${GAP}(?:la\s+)?loi\s+(?:portant\s+(?:retrait|dénonciation)|dénonçant)`),
    },
    {
      name: 'fr:concluded',
      keys: ['conclusion'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`${AUX}adopté${AGR}\s+${GAP}décision\s+(?:portant|relative\s+à\s+la|sur\s+la)\s+conclusion`),
    },
    {
      name: 'fr:concludes',
      keys: ['conclusion'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\badopte\s+${GAP}décision\s+(?:portant|relative\s+à\s+la|sur\s+la)\s+conclusion`),
    },
    {
      name: 'fr:completed-ratification',
      keys: ['ratification'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`${AUX}(?:achevé|terminé|complété|mené\s+à\s+bien)${AGR}\s+(?:sa|la)\s+(?:procédure\s+de\s+)?ratification`),
    },
    {
      name: 'fr:joined',
      keys: ['rejoint', 'adhéré'],
      step: 'ratified',
      tense: 'past',
      re: rx(String.raw`${AUX}(?:rejoint|adhéré)\s+(?:à\s+)?(?:l['’]|le\s+|la\s+)${INSTRUMENT}`),
    },
    {
      name: 'fr:joins',
      keys: ['rejoi', 'adhère'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\b(?:rejoin(?:t|gnent)|adhèrent|adhère)\s+(?:à\s+)?(?:l['’]|le\s+|la\s+)${INSTRUMENT}`),
    },
    {
      name: 'fr:became-nth',
      keys: ['devenu', 'devenant'],
      step: 'ratified',
      tense: 'past',
      re: rx(
        String.raw`\b(?:(?:est|sont)\s+devenu(?:e|s|es)?|devenant)\s+le\s+(?:[\p{L}\p{N}.-]+\s+){0,2}?(?:État|pays|partie|allié)\s+à\s+(?:ratifier|déposer|adhérer|le\s+faire)`,
      ),
    },
    {
      name: 'fr:deposited',
      keys: ['déposé', 'déposa', 'déposèrent'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}déposé${AGR}\s+${GAP}${DEPOSITED_INSTRUMENT}`,
        String.raw`\b${PASSE_SIMPLE.deposit}\s+${GAP}${DEPOSITED_INSTRUMENT}`,
        String.raw`${AUX}déposé${AGR}\s+${OWN_INSTRUMENT}`,
      ]),
    },
    { name: 'fr:deposits', keys: ['dépose'], step: 'ratified', tense: 'present', re: rx(String.raw`\bdéposen?t?\s+${GAP}${DEPOSITED_INSTRUMENT}`) },
    {
      name: 'fr:exchanged',
      keys: ['échang'],
      step: 'instruments-exchanged',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}échangé\s+(?:[\p{L}'’-]+\s+){0,2}?instruments\s+de\s+ratification`,
        String.raw`\béchange\s+des\s+instruments\s+de\s+ratification\s+(?:a\s+eu\s+lieu|s['’]est\s+(?:déroulé|tenu))`,
        String.raw`${AUX}procédé\s+à\s+l['’]échange\s+des\s+instruments`,
        String.raw`${AUX}signé${AGR}\s+${GAP}protocole\s+(?:sur|relatif\s+à)\s+l['’]échange`,
      ]),
    },
    {
      name: 'fr:exchange',
      keys: ['échang'],
      step: 'instruments-exchanged',
      tense: 'present',
      re: rxAny([
        String.raw`\béchangent\s+${GAP}instruments\s+de\s+ratification`,
        String.raw`\bsignent\s+${GAP}protocole\s+(?:sur|relatif\s+à)\s+l['’]échange`,
      ]),
    },
    {
      name: 'fr:provisional',
      keys: ['provisoire'],
      step: 'provisionally-applied',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:est|sont|a\s+été)\s+appliqué${AGR}\s+(?:à\s+titre\s+provisoire|provisoirement)`,
        String.raw`\bappliqué${AGR}\s+provisoirement`,
      ]),
    },
    // Before entry into force: a withdrawal "prend effet" too.
    {
      name: 'fr:withdrawal-effective',
      keys: ['retrait', 'dénonciation', 'sortie'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\b(?:retrait|dénonciation|sortie)\s+(?:[\p{L}'’-]+\s+){0,7}?(?:a\s+pris\s+effet|est\s+devenue?\s+effecti(?:f|ve))`),
    },
    {
      name: 'fr:withdrawal-takes-effect',
      keys: ['retrait', 'dénonciation', 'sortie'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b(?:retrait|dénonciation|sortie)\s+(?:[\p{L}'’-]+\s+){0,7}?(?:prend\s+effet|devient\s+effecti(?:f|ve))`),
    },
    // The instrument of withdrawal deposited with the depositary: the state's notice.
    {
      name: 'fr:deposited-notice-of-withdrawal',
      keys: ['instrument'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      re: rx(String.raw`\b(?:a|ont)\s+(?:déposé|remis|transmis)\s+(?:[^;]{0,100}?\s)?(?:son|leur|ses|leurs)\s+instruments?\s+de\s+(?:retrait|dénonciation)`),
    },
    {
      name: 'fr:deposits-notice-of-withdrawal',
      keys: ['instrument'],
      step: 'denounced',
      tense: 'present',
      ownPart: true,
      re: rx(
        String.raw`\b(?:dépose|déposent|remet|remettent|transmet|transmettent)\s+(?:[^;]{0,100}?\s)?(?:son|leur|ses|leurs)\s+instruments?\s+de\s+(?:retrait|dénonciation)`,
      ),
    },
    {
      name: 'fr:extension-done',
      keys: ['prorogation', 'prolongation', 'reconduction'],
      step: 'extended',
      tense: 'past',
      re: rx(String.raw`\b${EXTENSION_NOUN}\s+(?:[\p{L}'’-]+\s+){0,5}?${EXTENSION_DONE}`),
    },
    {
      name: 'fr:in-force',
      keys: ['vigueur', 'pris effet', 'contraignant'],
      step: 'entered-into-force',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}devenu${AGR}\s+(?:juridiquement\s+)?contraignant${AGR}`,
        String.raw`\b(?:est|sont)\s+(?:[\p{L}'’-]+\s+)?entré${AGR}\s+en\s+vigueur`,
        String.raw`\bentr(?:a|èrent)\s+en\s+vigueur`,
        String.raw`${FRONTED}entré${AGR}\s+en\s+vigueur\s+(?=le\s|en\s|depuis\s)`,
        String.raw`\ba\s+pris\s+effet`,
      ]),
    },
    {
      name: 'fr:enters-into-force',
      keys: ['vigueur', 'prend effet'],
      step: 'entered-into-force',
      tense: 'present',
      re: rxAny([String.raw`\bentre\s+en\s+vigueur`, String.raw`\bprend\s+effet`]),
    },
    {
      name: 'fr:amended',
      keys: ['amendé', 'modifié', 'amendement'],
      step: 'amended',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}(?:amendé|modifié)${AGR}`,
        // The parties adopting an amendment to the agreement ("ont adopté un amendement au protocole").
        String.raw`${AUX}(?:adopté|approuvé)${AGR}\s+(?:un|l['’]|les|des|cet)\s*amendements?\s+(?:au|à\s+la|à\s+l['’])\s*${INSTRUMENT}`,
        String.raw`\bamendements?\s+(?:au|à\s+la|à\s+l['’])\s*${INSTRUMENT}\s+(?:[\p{L}'’-]+\s+){0,3}?(?:a|ont)\s+été\s+adopté${AGR}`,
      ]),
    },
    {
      name: 'fr:extended',
      keys: ['prolongé', 'prorogé', 'reconduit'],
      step: 'extended',
      tense: 'past',
      re: rx(String.raw`${AUX}(?:prolongé|prorogé|reconduit)${AGR}`),
    },
    {
      name: 'fr:extends',
      keys: ['prolonge', 'proroge', 'reconduisent'],
      step: 'extended',
      tense: 'present',
      re: rx(String.raw`\b(?:prolongent|prorogent|reconduisent|prolonge|proroge)\s+${GAP}${INSTRUMENT}`),
    },
    // A state's part suspended, told without the treaty's name: "a suspendu ses obligations".
    {
      name: 'fr:suspended-part',
      keys: ['suspendu'],
      step: 'suspended',
      tense: 'past',
      ownPart: true,
      re: rx(String.raw`${AUX}suspendu${AGR}\s+${OWN_PART}`),
    },
    // A notice of withdrawal given: the party's denunciation, dated the day it was served (the dossier tells it
    // from the withdrawal taking effect by the cue's name); its auxiliary may be the participle's before.
    {
      name: 'fr:notice-of-withdrawal',
      keys: ['notifié'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      re: rx(String.raw`(?:${AUX}|${AND_PARTICIPLE})notifié${AGR}\s+(?:[\p{L}'’-]+\s+){0,3}?${EXIT_NOTICE}`),
    },
    // The extension as what leaders announced or sealed: "ont annoncé le 4 mai la prorogation de l'accord".
    {
      name: 'fr:announced-extension',
      keys: ['prorogation', 'prolongation', 'reconduction'],
      step: 'extended',
      tense: 'past',
      re: rx(
        String.raw`${AUX}(?:annoncé|confirmé|officialisé|acté|décidé|signé|entériné|approuvé)${AGR}\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:la|une)\s+${EXTENSION_NOUN}\s+(?:de|du|d['’])`,
      ),
    },
    {
      name: 'fr:suspended',
      keys: ['suspendu', 'gelé', 'suspens'],
      step: 'suspended',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}suspendu${AGR}`,
        // Frozen or left pending: "a gelé l'application du traité", "a mis l'accord en suspens".
        String.raw`${AUX}gelé${AGR}\s+${GAP}(?:${INSTRUMENT}|participation|application)`,
        String.raw`${AUX}mis${AGR}\s+${GAP}${INSTRUMENT}\s+en\s+suspens\b`,
      ]),
    },
    {
      name: 'fr:suspends',
      keys: ['suspend'],
      step: 'suspended',
      tense: 'present',
      re: rx(String.raw`\bsuspend(?:ent)?\s+${GAP}(?:${INSTRUMENT}|participation|application)`),
    },
    {
      name: 'fr:denounced',
      keys: ['dénonc', 'retiré', 'retrait', 'quitté'],
      step: 'denounced',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}(?:annoncé|officialisé)${AGR}\s+${EXIT_NOTICE}\s+(?:du|de\s+l|de\s+la)\b`,
        String.raw`\b${PASSE_SIMPLE.denounce}\s+${GAP}${INSTRUMENT}`,
        String.raw`${AUX}quitté${AGR}\s+(?:l['’]|le\s+)${INSTRUMENT}`,
        String.raw`${AUX}dénoncé${AGR}`,
        String.raw`\bs['’]est\s+retiré${AGR}\s+(?:du|de\s+l)`,
      ]),
    },
    // "ne sont plus parties au Statut depuis …": its own negation (see EventCue.negated).
    {
      name: 'fr:no-longer-party',
      keys: ['plus partie', 'plus un état partie'],
      step: 'denounced',
      tense: 'past',
      negated: true,
      re: rx(String.raw`\b(?:ne|n['’])\s*(?:est|sont|était|étaient)\s+plus\s+(?:une?\s+)?(?:État\s+)?parties?\s+(?:au|à\s+la|à\s+l['’]|aux)`),
    },
    {
      name: 'fr:withdraws',
      keys: ['dénonce', 'retire'],
      step: 'denounced',
      tense: 'present',
      re: rxAny([String.raw`\bdénoncen?t?\s+${GAP}${INSTRUMENT}`, String.raw`\bse\s+retire(?:nt)?\s+(?:du|de\s+l)`]),
    },
    {
      name: 'fr:expired',
      keys: ['expiré', 'expiration', 'échéance'],
      step: 'expired',
      tense: 'past',
      re: rxAny([String.raw`${AUX}expiré${AGR}`, String.raw`\b(?:est|sont)\s+arrivé${AGR}\s+à\s+(?:expiration|échéance)`]),
    },
    { name: 'fr:expires', keys: ['expire'], step: 'expired', tense: 'present', re: rx(String.raw`\bexpire\b`) },
    {
      name: 'fr:terminated',
      keys: ['résilié', 'abrogé', 'cessé', 'pris fin'],
      step: 'terminated',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}(?:résilié|abrogé)${AGR}`,
        String.raw`\ba\s+cessé\s+(?:de\s+(?:produire|s['’]appliquer|être\s+en\s+vigueur)|d['’]exister)`,
        String.raw`\ba\s+pris\s+fin`,
      ]),
    },
    {
      name: 'fr:submitted',
      keys: ['déposé', 'soumis', 'présenté', 'transmis'],
      step: 'submitted-for-ratification',
      tense: 'past',
      re: rx(String.raw`${AUX}(?:déposé|soumis|présenté|transmis)${AGR}`),
    },
    {
      name: 'fr:submits',
      keys: ['dépose', 'soumet', 'présente', 'transmet'],
      step: 'submitted-for-ratification',
      tense: 'present',
      re: rx(String.raw`\b(?:dépose|soumet|présente|transmet)\s+${GAP}(?:projet\s+de\s+loi|${INSTRUMENT})`),
    },
    {
      name: 'fr:approved',
      keys: ['approuv', 'adopt', 'vot', 'donné', 'autorisé'],
      step: 'approve',
      tense: 'past',
      re: rxAny([
        String.raw`${AUX}(?:approuvé|adopté|voté)${AGR}`,
        String.raw`\b(?:approuvé|adopté)${AGR}\s+par\b`,
        String.raw`${AUX}donné\s+${GAP}${GREEN_LIGHT}`,
        String.raw`${AUX}autorisé${AGR}\s+(?:la\s+)?ratification`,
        String.raw`\b${PASSE_SIMPLE.approve}\b`,
      ]),
    },
    {
      name: 'fr:approves',
      keys: ['approuve', 'adopte', 'vote'],
      step: 'approve',
      tense: 'present',
      re: rxAny([String.raw`\b(?:approuve|adopte)n?t?\b`, String.raw`\bvote(?:nt)?\s+${GAP}(?:projet\s+de\s+loi|${INSTRUMENT}|ratification)`]),
    },
    {
      name: 'fr:ratified',
      keys: ['ratifi'],
      step: 'ratify',
      tense: 'past',
      re: rxAny([String.raw`${AUX}ratifié${AGR}`, String.raw`\b${PASSE_SIMPLE.ratify}\b`]),
    },
    { name: 'fr:ratifies', keys: ['ratifie'], step: 'ratify', tense: 'present', re: rx(String.raw`\bratifien?t?\b`) },
    // Another state or chamber taking the step told just before ("le Luxembourg a suivi le 9 mai", "en a fait autant").
    {
      name: 'fr:followed',
      keys: ['suivi', 'emboîté', 'autant', 'de même'],
      step: 'follow',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:a|ont|avait|avaient)\s+suivi${FOLLOW_END}`,
        String.raw`\b(?:lui|leur)\s+(?:a|ont|avait|avaient)\s+emboîté\s+le\s+pas\b`,
        String.raw`\b(?:en\s+)?(?:a|ont|avait|avaient)\s+fait\s+(?:de\s+même|autant)\b`,
      ]),
    },
    {
      name: 'fr:follows',
      keys: ['suit', 'suivent', 'emboîte'],
      step: 'follow',
      tense: 'present',
      re: rxAny([String.raw`\b(?:suit|suivent)(?=\s*(?:[.;]|$)|\s+le\s+\d)`, String.raw`\b(?:lui|leur)\s+emboîtent?\s+le\s+pas\b`]),
    },
    // Un traité multilatéral ouvert à la signature en un lieu, à une date : sa signature. Le participe seul
    // (« Ouverte à la signature à Oslo le 3 décembre, la convention … ») compte suivi d'un lieu ou d'une date ;
    // « est ouverte à la signature de tous les États » est une règle.
    {
      name: 'fr:opened-for-signature',
      keys: ['à la signature'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:été|fut|furent)\s+ouvert${AGR}\s+à\s+la\s+signature\b`,
        String.raw`(?<!\b(?:est|sont|reste|restent|demeure|demeurent)\s)\bouvert${AGR}\s+à\s+la\s+signature(?=\s+(?:à|le|en)\s+(?!tou(?:s|tes?)\b))`,
      ]),
    },
    {
      name: 'fr:signed',
      keys: ['signé', 'signa', 'signèrent', 'fait à'],
      step: 'signed',
      tense: 'past',
      re: rxAny([String.raw`${AUX}signé${AGR}`, String.raw`\b${PASSE_SIMPLE.sign}\b`, String.raw`\bsigné${AGR}\s+(?:à|le|par)\b`, String.raw`\bFait\s+à\b`]),
    },
    { name: 'fr:signs', keys: ['signe'], step: 'signed', tense: 'present', re: rx(String.raw`\bsignent\b|\bsigne\b`) },
    {
      name: 'fr:vote-of',
      keys: ['vote', 'approbation', 'adoption'],
      step: 'approve',
      tense: 'past',
      dated: true,
      re: rxAny([
        String.raw`\b(?:le|du)\s+vote\s+(?:de|du|des)\b|\bcelui\s+(?:de|du)\b`,
        // "l'approbation du Sénat le 3 mars", "l'adoption par l'Assemblée le …"
        String.raw`\bl['’](?:approbation|adoption)\s+(?:du|de\s+la|de\s+l['’]|des|par\s+le|par\s+la|par\s+l['’])`,
      ]),
    },
    { name: 'fr:entry-into-force', keys: ['entrée en vigueur'], step: 'entered-into-force', tense: 'nominal', re: rx(String.raw`\bentrée\s+en\s+vigueur`) },
    {
      name: 'fr:exchange-of-instruments',
      keys: ['échange'],
      step: 'instruments-exchanged',
      tense: 'nominal',
      re: rx(String.raw`\béchange\s+des\s+instruments\s+de\s+ratification`),
    },
  ],
  expectations: [
    {
      name: 'fr:will-enter-into-force',
      keys: ['vigueur', 'prend effet'],
      step: 'entered-into-force',
      re: rxAny([
        String.raw`\bentrera\s+en\s+vigueur`,
        String.raw`\bentre\s+en\s+vigueur\s+(?=le|à|après|dès|\S+\s+jours)`,
        String.raw`\bprend\s+effet\s+(?=le|à|après|dès|\S+\s+jours)`,
      ]),
    },
    { name: 'fr:to-be-ratified', keys: ['ratifié'], step: 'ratified', re: rx(String.raw`\b(?:doit|devra|doivent|devront)\s+être\s+ratifié${AGR}`) },
    { name: 'fr:will-be-submitted', keys: ['sera '], step: 'submitted-for-ratification', re: rx(String.raw`\bsera\s+(?:soumis|présenté|déposé)${AGR}`) },
    { name: 'fr:will-exchange', keys: ['échangeront'], step: 'instruments-exchanged', re: rx(String.raw`\béchangeront\b`) },
    {
      name: 'fr:vote-expected',
      keys: ['doit', 'devra'],
      step: 'approved-by-legislature',
      re: rx(String.raw`\b(?:doit|devra)\s+(?:être\s+)?(?:approuvé|voter)`),
    },
  ],
  guards: {
    modal: rx(String.raw`\b(?:va|vont|doit|doivent|devra|devront|pourrait|pourra|sera|seront|serait)\s+(?:[\p{L}'’-]+\s+){0,2}$`, 'iu'),
    conditional: rx(String.raw`\b(?:si|sauf\s+si|à\s+moins\s+qu['’e])\s*(?:[\p{L}'’-]+\s+){0,6}$`, 'iu'),
    negation: rx(String.raw`\b(?:ne|n['’]|pas|jamais)\b`, 'iu'),
    generic: rxAny([CLASS_OF_STATES, ANY_STATE], 'iu'),
    hedge: rx(String.raw`\bprétend\w*|\bsoi-disant\b|\baurait\s+été\b|\binsiste\w*|\baffirment\b`, 'iu'),
    report: rx(String.raw`\b(?:a|ont)\s+(?:annoncé|indiqué|déclaré|précisé|affirmé|rapporté|confirmé)\b|\bselon\b`, 'iu'),
    today: rx(String.raw`\baujourd['’]hui\b`, 'iu'),
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    offset: rx(
      String.raw`\b(une?|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|trente|\d+)\s+(jours?|semaines?|mois)\s+(après|avant|plus\s+tard|plus\s+tôt)\b`,
      'giu',
    ),
    sameDay: rx(String.raw`\b(?:le\s+même\s+jour|à\s+la\s+même\s+date)\b`, 'giu'),
    nextDay: rx(String.raw`\b(?:le\s+lendemain|le\s+jour\s+suivant)\b`, 'giu'),
    dayBefore: rx(String.raw`\b(?:la\s+veille|le\s+jour\s+précédent)\b`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:le\s+[\p{L}-]+\s+jour\s+)?(?:\S+\s+jours\s+)?(?:après|dès|à\s+compter|lors|à\s+la\s+date|le\s+jour)\b`, 'iu'),
    place: rx(String.raw`\bà\s+((?:[\p{Lu}][\p{L}-]+)(?:[\s-]+[\p{Lu}][\p{L}-]+)?)`, 'gu'),
  },
  duration: {
    prefilter: /durée|période|vigueur|ans|reconduit|mois/i,
    cues: [
      {
        what: 'indefinite',
        re: rxAny([
          String.raw`\b(?:durée|période)\s+(?:indéterminée|illimitée|indéfinie)`,
          String.raw`\ben\s+vigueur\s+jusqu['’]à\s+ce\s+qu['’](?:il|elle)\s+soit\s+(?:dénoncé|abrogé|résilié|remplacé)`,
        ]),
      },
      {
        what: 'years',
        re: rxAny([
          String.raw`\b(?:conclu|valable|vigueur)\w*\s+(?:pour|pendant)\s+(?:une\s+(?:durée|période)\s+de\s+)?${NUMBER}\s+ans\b`,
          String.raw`\bdurée\s+de\s+${NUMBER}\s+ans\b`,
        ]),
      },
      {
        what: 'renewal',
        re: rx(String.raw`\breconduit\w*\s+(?:tacitement\s+|automatiquement\s+)?(?:pour\s+)?(?:des\s+périodes\s+(?:successives\s+)?de\s+)?${NUMBER}\s+ans`),
      },
      { what: 'notice', re: rx(String.raw`\b${NUMBER}\s+mois\s+avant\s+(?:l['’]expiration|la\s+fin)[^.;,]*`) },
    ],
  },
  words: {
    legislature: rx(String.raw`\b(?:Parlements?|parlementaires|Assemblée(?!\s+(?:générale|mondiale))|Sénat|sénateurs|députés|Chambre(?!\s+de\s+commerce))\b`),
    head: rx(String.raw`\b(?:président(?:e)?|chancelier|premier\s+ministre|roi|reine|dirigeant)\b`),
    government: rx(String.raw`\b(?:gouvernement|Conseil\s+des\s+ministres)\b`),
    agreement: rxAny(
      [
        String.raw`traité|accord|pacte|convention|protocole|statut|charte|ratifi|document|instrument`,
        // Agreements not called treaties: a truce, a ceasefire, an "initiative" of states and the UN.
        String.raw`\b(?:trêve|cessez-le-feu|armistice|initiative)\b`,
        String.raw`\b(?:loi|texte|article)\b|\bl['’]a\b|\bl['’]avait\b`,
      ],
      'giu',
    ),
    otherInstrument: rx(String.raw`\b(?:ancien|précédent)\w*\s+(?:[\p{L}-]+\s+){0,2}?(?:accord|traité)`, 'iu'),
    exit: rx(String.raw`\b(?:retrait|dénonciation|sortie|suspension|suspendant|dénonçant)\b`, 'iu'),
    law: rx(String.raw`\b(?:loi|projet|texte)\b`, 'iu'),
    bothParties: rx(String.raw`\b(?:les|des)\s+deux\s+(?:pays|États|parties|gouvernements|parlements|capitales)\b`, 'iu'),
    amendment: rx(String.raw`\bamendements?\s+(?:à|au|aux|de)\b`, 'iu'),
    revoke: rxAny(
      [String.raw`\b(?:révoc\w*|révoqu\w*|dératifi\w*)`, String.raw`\b(?:retrait|retir\w*|annul\w*|abrog\w*)\s+(?:de\s+)?(?:la|sa|leur)\s+ratification\b`],
      'iu',
    ),
  },
};
