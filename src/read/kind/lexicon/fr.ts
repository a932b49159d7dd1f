// French cues: first-person stance, speculation, advocacy modals, verdicts, generalisations; speech verbs.
import { antithesis, type CueRule, type Lexicon, stems, words } from '../cues.ts';
import { modalVeto } from '../modal.ts';

/** Treaty subjects that make a modal describe the treaty ("les parties doivent …"). */
const TREATY_SUBJECTS = /(?:parties|partie|traité|accord|article|chaque|deux|États)\s+(?:\p{L}+\s+){0,2}$/iu;
const DOCUMENT = '(?:article|traité|accord|texte|protocole|convention|clause|pacte|annexe)(?!\\p{L})';
/** The sentence tells what the treaty says: "selon l’article 12", "en vertu de l'accord", "le traité prévoit". */
const TREATY_FRAME = new RegExp(
  [
    `(?<!\\p{L})(?:selon|en vertu d[eu]|aux termes d[eu]|conformément à|d['’]après|au titre d[eu])\\s*(?:l['’]|(?:le|la|les|ce|cet|cette)\\s+)?(?:\\p{L}+\\s+)?${DOCUMENT}`,
    `(?<!\\p{L})${DOCUMENT}\\s+(?:\\d+\\s+)?(?:prévoit|stipule|impose|oblige|dispose|engage|interdit|autorise)(?!\\p{L})`,
  ].join('|'),
  'iu',
);
/** After a modal, a forecast or a procedure: "devrait avoir lieu", "doit être ratifié". French news uses "devrait" for forecasts. */
const FORECAST = new RegExp(
  [
    '^\\s+(?:(?:en principe|normalement|donc|aussi|encore)\\s+)?(?:',
    ['avoir lieu', 'entrer en vigueur', 'intervenir', 'se tenir', 'se réunir', 'se prononcer', 'suivre', 'durer', 'aboutir'].join('|'),
    '|être\\s+(?:ratifié|adopté|signé|examiné|voté|publié|promulgué|approuvé|conclu|soumis|présenté)\\p{L}*)(?!\\p{L})',
  ].join(''),
  'iu',
);
const modalDescribesTreaty = modalVeto({ treatySubject: (before) => TREATY_SUBJECTS.test(before), treatyFrame: TREATY_FRAME, after: FORECAST, initialIsCondition: false });

/** The writer's request, wish or refusal in the first person: "je demande aux sénateurs", "j'appelle", "je refuse". */
const FIRST_PERSON_VERBS = [
  'je demande', 'j’appelle', "j'appelle", 'j’exhorte', "j'exhorte", 'je refuse', 'je n’accepte pas', "je n'accepte pas", 'je veux', 'je souhaite', 'j’exige', "j'exige",
  'je réclame', 'je propose', 'j’espère', "j'espère", 'je regrette', 'je plaide', 'je rejette', 'j’invite', "j'invite", 'je conteste', 'je trouve', 'je vois mal',
];
/** "Ce n'est pas une taxe, c'est un calendrier", "non pas un bouclier mais une laisse". */
const NOT_Y_BUT_Z = new RegExp(
  [
    "(?:n['’](?:est|était|sera)|ne\\s+(?:sont|seront|serait))\\s+pas\\s+[^,;.:!?]{1,60}?[,;:—–]\\s*(?:c['’]est|ce\\s+sont|il\\s+est|elle\\s+est|mais)(?!\\p{L})",
    '(?<!\\p{L})non\\s+pas\\s+[^,;.:!?]{1,60}?,?\\s+mais(?!\\p{L})',
  ].join('|'),
  'giu',
);
/** "est une promesse, pas une garantie", "et non un traité": a name for the thing, then the one it is not. */
const Y_NOT_Z = /(?<!\p{L})(?:est|sont|était|reste)\s+(?:un|une|des|le|la|les)\s+(?:\p{L}+\s+){0,3}?\p{L}+,?\s+(?:pas|non|et\s+non|et\s+pas)\s+(?:un|une|des|le|la|les|de|d['’])/giu;
/** The writer frames what follows as the truth of the matter: "le problème, c'est", "la vérité est que". */
const FRAMING = words([
  'la vérité, c’est', "la vérité, c'est", 'la vérité est que', 'le problème, c’est', "le problème, c'est", 'le problème est que', 'la question est', 'la réalité, c’est', "la réalité, c'est",
  'le vrai problème', 'le plus grave', 'disons-le franchement', 'soyons honnêtes', 'ne nous y trompons pas', 'sans détour',
]);
/** What a thing is worth, or that it replaces nothing: "ne vaut pas grand-chose", "ne remplace pas", "un prétexte". */
const WORTH_VERDICT = words([
  'ne vaut pas grand-chose', 'ne valent pas grand-chose', 'ne vaut rien', 'ne valent rien', 'ne vaut guère', 'ne valent guère', 'vaut peu', 'valent peu',
  'ne remplace pas', 'ne remplacent pas', 'ne remplacera pas', 'ne remplaceront pas', 'n’est pas un substitut', "n'est pas un substitut", 'aucun substitut',
  'un prétexte', 'une excuse', 'un alibi',
]);
const NEGATION = /(?<!\p{L})(?:ne|n['’]|pas|jamais|rien|personne|aucun|aucune|non)(?!\p{L})/iu;
const NUMBERS = words([
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante',
  'cinquante', 'soixante', 'cent', 'cents', 'mille', 'million', 'millions', 'milliard', 'milliards', 'douzaine', 'deux fois', 'trois fois',
], 'iu');
/** "Que le Sénat dise oui", "Qu'il le dise", "Puisse …": a wish for a third person, opening the sentence (not a question). */
const EXHORTATION = /^\s*(?:qu(?:e(?!\p{L})|['’])|puisse(?:nt)?(?!\p{L}))(?![^?]*\?)/giu;

/** The passé composé and the passé simple narrate the past: "a signé", "ont voté", "fut". */
const NARRATION = /(?<!\p{L})(?:fut|furent|(?:a|ont|avait|avaient)\s+(?:déjà\s+|été\s+)?\p{L}+(?:é|ée|és|ées|i|it|u|us|is))(?!\p{L})/iu;
/** What a text contains, or a forecast, also tells a fact. */
const FACTS = new RegExp([NARRATION.source, '(?<!\\p{L})(?:contient|contiennent|comprend|comprennent|prévoit|impose|fixe|comporte|comportent|entre en vigueur|entrera en vigueur|entrerait en vigueur|crée|institue|instaure|autorise|interdit|engage|chaque année|tous les ans|chaque mois|est prévu|est prévue)(?!\\p{L})'].join('|'), 'iu');

/** The writer addresses someone: "Mesdames et Messieurs les sénateurs,", "Monsieur le Président,". */
const VOCATIVE = /^\s*(?:monsieur|madame|mesdames|messieurs|chers|chères)(?!\p{L})[^.:;!?]{0,50}[:,]/giu;

const OPINION: CueRule[] = [
  { cue: 'first-person-stance', weight: 3, pattern: words(FIRST_PERSON_VERBS) },
  { cue: 'imperative', weight: 1.5, pattern: EXHORTATION },
  { cue: 'imperative', weight: 1.5, pattern: VOCATIVE },
  { cue: 'contrast', weight: 1.5, pattern: NOT_Y_BUT_Z },
  { cue: 'contrast', weight: 1.5, pattern: Y_NOT_Z },
  { cue: 'framing', weight: 1.5, pattern: FRAMING },
  antithesis(NEGATION),
  { cue: 'verdict', weight: 1.5, pattern: WORTH_VERDICT },
  { cue: 'evaluative', weight: 1, pattern: words(['ne suffit pas', 'ne suffira pas', 'ne suffisent pas', 'pas assez', 'insuffisant', 'insuffisante', 'insuffisants', 'insuffisantes']) },
  { cue: 'generalisation', weight: 1.5, pattern: words(['rarement', 'ne durent jamais', 'ne marchent jamais']) },
  { cue: 'first-person-stance', weight: 3, pattern: words(['je pense', 'je crois', 'je suis convaincu', 'je suis convaincue', 'je suis persuadé', 'je suis persuadée', 'j’estime', "j'estime", 'je doute', 'je crains', 'je considère', 'à mon avis', 'à mon sens', 'à mes yeux', 'pour ma part', 'selon moi', 'il me semble']) },
  { cue: 'one-wonders', weight: 3, pattern: words(['on se demande', 'on peut se demander', 'reste à savoir']) },
  { cue: 'speculation', weight: 3, pattern: words(['il est possible que', 'il est probable que', 'il n’est pas exclu que', "il n'est pas exclu que"]) },
  { cue: 'modal', weight: 1.5, pattern: words(['devrait', 'devraient', 'il faut', 'il faudrait', 'doit', 'doivent', 'ferait bien de', 'feraient bien de', 'gagnerait à', 'gagneraient à', 'il convient de', 'il importe de', 'il est urgent de', 'mieux vaudrait', 'il vaudrait mieux']), unless: modalDescribesTreaty },
  { cue: 'call-to-act', weight: 2, pattern: words(['il est temps de', 'il serait temps', 'nous devons', 'nous devrions', 'soyons clairs', 'soyons lucides', 'rappelons-le', 'imaginons', 'ne nous leurrons pas', 'disons-le', 'cessons', 'arrêtons de']) },
  { cue: 'stance-adverb', weight: 1, pattern: words(['évidemment', 'bien sûr', 'malheureusement', 'heureusement', 'hélas']) },
  { cue: 'hedge', weight: 1, pattern: words(['peut-être', 'probablement', 'sans doute', 'vraisemblablement']) },
  { cue: 'evaluative', weight: 1, pattern: stems(['irresponsable', 'imprudent', 'raisonnable', 'absurde', 'scandaleu', 'honteu', 'erreur', 'insensé', 'naïf', 'naïve', 'illusoire', 'surestimé', 'exagéré', 'dérisoire', 'mauvais', 'inacceptable', 'inadmissible', 'regrettable', 'dangereu', 'injuste', 'lamentable', 'navrant', 'ridicule', 'courageu', 'lâche', 'décevant', 'consternant']) },
  // Verdicts: a damning name for the thing, an emphatic denial, a restriction ("n'est qu'un affichage").
  { cue: 'verdict', weight: 1.5, pattern: words(['affichage', 'poudre aux yeux', 'coquille vide', 'leurre', 'vœu pieux', 'voeu pieux', 'mascarade', 'hypocrisie', 'de façade', 'chimère', 'feuille de vigne', 'tigre de papier', 'écran de fumée', 'trompe-l’œil', "trompe-l'œil", 'farce', 'simulacre']) },
  { cue: 'emphatic', weight: 1.5, pattern: words(['pas du tout', 'nullement', 'loin d’être', "loin d'être", 'tout sauf', 'en rien', 'aucunement', 'pas un hasard', 'rien d’un', "rien d'un"]) },
  { cue: 'restrictive', weight: 1, pattern: /(?<!\p{L})n['’](?:est|était|sera|sont|étaient)\s+qu['’]|(?<!\p{L})ne\s+(?:sont|seront|serait)\s+que(?!\p{L})/giu },
  { cue: 'restrictive', weight: 1, pattern: words(['que sur le papier', 'resté sur le papier', 'restés sur le papier', 'restée sur le papier', 'restent sur le papier', 'lettre morte']) },
  { cue: 'restrictive', weight: 1, pattern: words(['rien de plus qu', 'tout au plus', 'au mieux']) },
  { cue: 'generalisation', weight: 1.5, pattern: words(['tout le monde sait', 'chacun sait', 'personne ne croit', 'nul n’ignore', "nul n'ignore", 'personne n’est dupe', "personne n'est dupe", 'l’histoire montre', "l'histoire montre", 'l’histoire enseigne', "l'histoire enseigne"]) },
  { cue: 'first-person', weight: 2, pattern: words(['je', 'j’', "j'", 'moi', 'mon', 'ma', 'mes']) },
];

export const FR: Lexicon = {
  speech: words([
    'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a souligné', 'a indiqué', 'a expliqué', 'a estimé', 'a assuré', 'a rappelé', 'déclare', 'affirme', 'estime', 'souligne', 'indique', 'précise',
    'a demandé', 'a appelé', 'a exhorté', 'a réclamé', 'a exigé', 'a dénoncé', 'a critiqué', 'a qualifié', 'a jugé', 'a regretté', 'a plaidé', 'a averti', 'a répondu', 'a répliqué', 'a insisté', 'a reconnu', 'a martelé',
    'ont déclaré', 'ont affirmé', 'ont estimé', 'ont demandé', 'ont dénoncé', 'ont critiqué', 'demande', 'réclame', 'exige', 'dénonce', 'juge', 'jugent', 'estiment',
  ]),
  inversion: false,
  passive: new Set(['été', 'est', 'sont']),
  sourceFirst: words(['selon', 'd’après', "d'après"]),
  speakerNouns: new Set(['ministre', 'ministère', 'gouvernement', 'porte-parole', 'président', 'présidente', 'chancelier', 'experts', 'diplomates', 'sources', 'sénateur', 'sénatrice', 'sénateurs', 'député', 'députée', 'députés', 'opposition', 'critiques', 'ong', 'il', 'elle']),
  documentNouns: new Set(['traité', 'accord', 'document', 'texte', 'article', 'préambule', 'clause', 'parties']),
  skippable: new Set(['aussi', 'également', 'déjà', 'encore']),
  clauseWords: new Set(['que', 'qui', 'quand', 'si', 'mais', 'et', 'comme', 'lorsque']),
  joiners: new Set(['de', 'des', 'du']),
  determiners: new Set(['le', 'la', 'les', 'l’', "l'"]),
  pronouns: new Set(['il', 'elle', 'ils', 'elles']),
  firstPerson: new Set(['je', 'nous']),
  opinion: OPINION,
  negation: NEGATION,
  numbers: NUMBERS,
  facts: FACTS,
  capitalisedNames: true,
  proDrop: false,
  rebuttal: /^\s*(?:Ils|Elles|Il|Elle|C['’]est|Cela|Ce)(?!\p{L}).{0,40}?(?<!\p{L})(?:pas|jamais|rien|faux|tort)(?!\p{L})/u,
};
