// German cues: first-person stance, speculation, advocacy modals, verdicts, generalisations; speech verbs.
import { antithesis, type CueRule, type Lexicon, stems, words } from '../cues.ts';
import { modalVeto } from '../modal.ts';

/** Treaty subjects that make a modal describe the treaty ("die Vertragsparteien müssen …"). */
const TREATY_SUBJECTS = /(?:Vertragspartei|Partei|Seite|Vertrag|Abkommen|Artikel|jede|beide|Staaten|Länder)\p{L}*\s+(?:\p{L}+\s+){0,2}$/u;
/** The agreement and its parts, with their case endings ("Vertrages", "Abkommens"). */
const DOCUMENT = '(?:Artikel|Vertrag|Abkommen|Vereinbarung|Text|Protokoll|Übereinkommen|Klausel|Anhang)\\p{Ll}{0,3}(?!\\p{L})';
/** The sentence tells what the treaty says: "nach Artikel 12", "gemäß dem Abkommen", "der Vertrag sieht vor". */
const TREATY_FRAME = new RegExp(
  [
    `(?<!\\p{L})(?:nach|gemäß|laut|entsprechend|im Sinne)\\s+(?:(?:de[mnrs]|die|das|diese[mnrs]?)\\s+)?(?:\\p{L}+\\s+)?${DOCUMENT}`,
    `(?<!\\p{L})${DOCUMENT}\\s+(?:\\d+\\s+)?(?:sieht|verpflichtet|schreibt|bestimmt|regelt|legt|verbietet|erlaubt)(?!\\p{L})`,
  ].join('|'),
  'iu',
);
/** German puts the verb last: a forecast or a procedure anywhere in the modal's clause ("sollte im Juni stattfinden"). */
const FORECAST = new RegExp(
  `(?<!\\p{L})(?:${['stattfinden', 'in Kraft treten', 'folgen', 'vorliegen', 'abgeschlossen werden', 'ratifiziert werden', 'unterzeichnet werden', 'verabschiedet werden', 'gebilligt werden', 'beraten werden', 'abgestimmt werden'].join('|')})(?!\\p{L})`,
  'u',
);
const modalDescribesTreaty = modalVeto({
  treatySubject: (before) => TREATY_SUBJECTS.test(before),
  treatyFrame: TREATY_FRAME,
  after: FORECAST,
  initialIsCondition: true,
});

/** Steps of a ratification: after "muss"/"müssen" they tell what a body still has to do ("muss noch zustimmen"). */
const PROCEDURE =
  /(?<!\p{L})(?:zustimmen|weiterleiten|verabschieden|ratifizieren|unterzeichnen|gegenzeichnen|billigen|hinterlegen|ausfertigen|verkünden|abstimmen|befassen|vorlegen)(?!\p{L})/iu;
/** German clauses end with their verb, often past the modal veto's window: read up to the clause's punctuation. */
const GERMAN_CLAUSE = /^[^,.;:!?]{0,240}/u;
function describesProcedure(text: string, index: number, match: string): boolean {
  if (!/^m(?:uss|üssen)$/iu.test(match)) return false;
  return PROCEDURE.test(GERMAN_CLAUSE.exec(text.slice(index + match.length))![0]);
}

/** The writer's request, wish or refusal in the first person: "Ich fordere den Bundestag auf", "Ich bitte", "Ich lehne ab". */
const FIRST_PERSON_VERBS = [
  'ich fordere',
  'ich bitte',
  'ich appelliere',
  'ich verlange',
  'ich will',
  'ich wünsche',
  'ich hoffe',
  'ich lehne',
  'ich akzeptiere',
  'ich rate',
  'ich plädiere',
  'ich warne',
  'ich frage mich',
  'ich sehe nicht',
  'ich sehe keinen',
  'ich empfehle',
];
/** "Das ist keine Steuer, es ist ein Zeitplan", "kein Schutzschild, sondern eine Leine". */
const NOT_Y_BUT_Z = new RegExp(
  [
    '(?<!\\p{L})(?:ist|sind|war|wäre)\\s+(?:kein\\p{L}*|nicht)\\s+[^,;.:!?]{1,60}?[,;:—–]\\s*(?:es|er|sie|das|dies)\\s+(?:ist|sind|war)(?!\\p{L})',
    '(?<!\\p{L})kein\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}?\\p{L}+,\\s+sondern(?!\\p{L})',
  ].join('|'),
  'giu',
);
/** "ist ein Versprechen, keine Garantie": a name for the thing, then the one it is not. */
const Y_NOT_Z =
  /(?<!\p{L})(?:ist|sind|war|bleibt)\s+(?:ein|eine|einen|der|die|das)\s+(?:\p{L}+\s+){0,3}?\p{L}+,\s+(?:kein\p{L}*|nicht\s+(?:ein|eine|der|die|das))(?!\p{L})/giu;
/** The writer frames what follows as the truth of the matter: "die Wahrheit ist", "das Problem ist". */
const FRAMING = words([
  'die Wahrheit ist',
  'das Problem ist',
  'das eigentliche Problem',
  'Tatsache ist',
  'die Frage ist',
  'ehrlich gesagt',
  'offen gesagt',
  'täuschen wir uns nicht',
  'man muss es deutlich sagen',
]);
/** What a thing is worth, or that it replaces nothing: "wenig wert", "kein Ersatz für", "ein Vorwand". */
const WORTH_VERDICT = words([
  'wenig wert',
  'nichts wert',
  'nicht viel wert',
  'kaum etwas wert',
  'taugt nichts',
  'taugt wenig',
  'taugen nichts',
  'kein Ersatz',
  'keinen Ersatz',
  'ersetzt nicht',
  'ersetzt keine',
  'ersetzt keinen',
  'Vorwand',
  'Ausrede',
  'Alibi',
]);
const NEGATION = /(?<!\p{L})(?:nicht|kein\p{L}*|nie|niemals|nichts|niemand)(?!\p{L})/iu;
const NUMBERS = words(
  [
    'zwei',
    'drei',
    'vier',
    'fünf',
    'sechs',
    'sieben',
    'neun',
    'zehn',
    'elf',
    'zwölf',
    'zwanzig',
    'dreißig',
    'vierzig',
    'fünfzig',
    'hundert',
    'tausend',
    'Million',
    'Millionen',
    'Milliarde',
    'Milliarden',
    'Dutzend',
    'zweimal',
    'dreimal',
  ],
  'iu',
);
/** "Möge der Bundestag …", "Es lebe …", "Soll doch …": a wish for a third person, opening the sentence. */
const EXHORTATION = /^\s*(?:mögen?|es\s+lebe|soll(?:en)?\s+doch)(?!\p{L})/giu;

/** Past forms that narrate ("wurde unterzeichnet", "hatte zugestimmt"); "war" also judges ("Das war ein Fehler"). */
const NARRATION = /(?<!\p{L})(?:wurde|wurden|hatte|hatten)(?!\p{L})/iu;
/** What a text contains, or a forecast, also tells a fact. */
const FACTS = new RegExp(
  [
    NARRATION.source,
    '(?<!\\p{L})(?:enthält|enthalten|umfasst|umfassen|regelt|verpflichtet|sieht|besteht aus|tritt in Kraft|treten in Kraft|in Kraft treten|schafft|errichtet|erlaubt|verbietet|gewährt|legt|jährlich|jedes Jahr)(?!\\p{L})',
  ].join('|'),
  'iu',
);

/** The writer addresses someone: "Liebe Abgeordnete,", "Sehr geehrte Damen und Herren,". */
const VOCATIVE = /^\s*(?:liebe|lieber|sehr\s+geehrte[rn]?)(?!\p{L})[^.:;!?]{0,50}[:,]/giu;

/** An institution's or a board's own view, "we" judging or recommending: "we would argue", "in our assessment". */
const WE_STANCE = [
  'wir glauben',
  'wir meinen',
  'wir empfehlen',
  'wir raten',
  'wir bezweifeln',
  'wir fürchten',
  'unseres erachtens',
  'unserer ansicht nach',
  'unserer meinung nach',
  'nach unserer einschätzung',
  'aus unserer sicht',
];
/** A judgement made impersonally on what others believe: "it would be naive to think", "it would be a mistake to". */
const IMPERSONAL_VERDICT = [
  'es wäre naiv',
  'es wäre ein fehler',
  'es wäre illusorisch',
  'es wäre falsch',
  'es wäre leichtsinnig',
  'es wäre fahrlässig',
  'es wäre unverantwortlich',
  'es wäre töricht',
  'es wäre kurzsichtig',
  'das vernünftigste wäre',
  'es ist naiv',
];

/** Fixed phrases of verdict: "is playing with fire", "speaks volumes", "the worst of both worlds". */
const VERDICT_IDIOMS = [
  'spricht bände',
  'sprechen bände',
  'mit dem feuer spielen',
  'spielt mit dem feuer',
  'das schlechteste aus beiden welten',
  'hatte recht',
  'hatten recht',
  'tat gut daran',
  'taten gut daran',
  'eine gute nachricht',
  'eine schlechte nachricht',
  'eine hervorragende nachricht',
  'werden den preis',
];

const OPINION: CueRule[] = [
  { cue: 'verdict', weight: 1.5, pattern: words(VERDICT_IDIOMS) },
  { cue: 'first-person-stance', weight: 3, pattern: words(WE_STANCE) },
  { cue: 'verdict', weight: 3, pattern: words(IMPERSONAL_VERDICT) },
  // A damning name for what happened: "is a disgrace", "ist eine Schande", "est une honte".
  { cue: 'verdict', weight: 1.5, pattern: words(['eine Schande', 'ein Skandal', 'ein Armutszeugnis', 'ein Verrat', 'ein Debakel']) },
  { cue: 'first-person-stance', weight: 3, pattern: words(FIRST_PERSON_VERBS) },
  { cue: 'imperative', weight: 1.5, pattern: EXHORTATION },
  { cue: 'imperative', weight: 1.5, pattern: VOCATIVE },
  { cue: 'contrast', weight: 1.5, pattern: NOT_Y_BUT_Z },
  { cue: 'contrast', weight: 1.5, pattern: Y_NOT_Z },
  { cue: 'framing', weight: 1.5, pattern: FRAMING },
  antithesis(NEGATION),
  { cue: 'verdict', weight: 1.5, pattern: WORTH_VERDICT },
  { cue: 'evaluative', weight: 1, pattern: words(['reicht nicht', 'reichen nicht', 'genügt nicht', 'nicht genug', 'unzureichend']) },
  { cue: 'generalisation', weight: 1.5, pattern: words(['selten', 'halten nie', 'funktionieren nie']) },
  {
    cue: 'first-person-stance',
    weight: 3,
    pattern: words([
      'ich glaube',
      'ich finde',
      'ich meine',
      'ich denke',
      'ich halte',
      'ich bin überzeugt',
      'ich bezweifle',
      'ich fürchte',
      'wie ich finde',
      'meiner Meinung nach',
      'meiner Ansicht nach',
      'meiner Auffassung nach',
      'nach meiner Auffassung',
      'nach meiner Einschätzung',
      'meines Erachtens',
      'aus meiner Sicht',
      'mir scheint',
    ]),
  },
  { cue: 'one-wonders', weight: 3, pattern: words(['man fragt sich', 'man muss sich fragen', 'es bleibt zu hoffen']) },
  { cue: 'speculation', weight: 3, pattern: /(?<!\p{L})es ist (?:durchaus |gut |sehr )?(?:möglich|denkbar|wahrscheinlich|unwahrscheinlich), dass/giu },
  {
    cue: 'modal',
    weight: 1.5,
    pattern: words(['sollte', 'sollten', 'müsste', 'müssten', 'muss', 'müssen', 'täte gut daran', 'wäre gut beraten']),
    unless: (text, index, match) => modalDescribesTreaty(text, index, match) || describesProcedure(text, index, match),
  },
  {
    cue: 'call-to-act',
    weight: 2,
    pattern: words([
      'es ist an der Zeit',
      'es wird Zeit',
      'höchste Zeit',
      'wir müssen',
      'wir sollten',
      'lasst uns',
      'seien wir ehrlich',
      'machen wir uns nichts vor',
      'erinnern wir uns',
      'man stelle sich vor',
    ]),
  },
  // The publisher's own appeal to others, strong on its own: "we call on", "we urge".
  {
    cue: 'appeal',
    weight: 3,
    pattern: words(['wir fordern', 'wir appellieren', 'wir rufen', 'wir mahnen']),
  },
  // The polite imperative opening a statement: "Lesen Sie den Anhang", "Stimmen Sie zu".
  { cue: 'imperative', weight: 1.5, pattern: /^\s*\p{Lu}\p{Ll}+en\s+Sie(?!\p{L})(?![^?]*\?)/gu },
  { cue: 'stance-adverb', weight: 1, pattern: words(['natürlich', 'offensichtlich', 'leider', 'zum Glück', 'freilich', 'gewiss']) },
  { cue: 'hedge', weight: 1, pattern: words(['vielleicht', 'wahrscheinlich', 'vermutlich', 'womöglich', 'wohl']) },
  {
    cue: 'evaluative',
    weight: 1,
    pattern: stems([
      'leichtsinnig',
      'vernünftig',
      'klug',
      'unklug',
      'fahrlässig',
      'verantwortungslos',
      'absurd',
      'skandalös',
      'fragwürdig',
      'bedenklich',
      'töricht',
      'kurzsichtig',
      'Fehler',
      'überschätzt',
      'übertrieben',
      'naiv',
      'zahnlos',
      'wirkungslos',
      'sinnlos',
      'illusorisch',
      'schlecht',
      'inakzeptabel',
      'gefährlich',
      'ungerecht',
      'lächerlich',
      'peinlich',
      'erbärmlich',
      'mutig',
      'feige',
      'ernüchternd',
      'enttäuschend',
      'unverantwortlich',
    ]),
  },
  // Verdicts: a damning name for the thing, an emphatic denial, a restriction ("reine Symbolpolitik").
  {
    cue: 'verdict',
    weight: 1.5,
    pattern: stems([
      'Symbolpolitik',
      'Feigenblatt',
      'Augenwischerei',
      'Etikettenschwindel',
      'Schaufensterpolitik',
      'Luftschl',
      'Wunschdenken',
      'Farce',
      'Heuchelei',
      'Makulatur',
      'Papiertiger',
      'Lippenbekenntnis',
      'Scheinlösung',
      'Selbstbetrug',
      'Nebelkerze',
    ]),
  },
  {
    cue: 'emphatic',
    weight: 1.5,
    pattern: words(['keineswegs', 'keinesfalls', 'alles andere als', 'mitnichten', 'kein Zufall', 'überhaupt nicht', 'ganz und gar nicht', 'beileibe nicht']),
  },
  { cue: 'restrictive', weight: 1, pattern: words(['nur auf dem Papier', 'bloß auf dem Papier', 'auf dem Papier stehen', 'steht nur auf dem Papier']) },
  {
    cue: 'restrictive',
    weight: 1,
    pattern: words(['reine', 'reiner', 'reines', 'reinen', 'bloße', 'bloßer', 'bloßes', 'bloßen', 'nichts als', 'nicht mehr als', 'allenfalls', 'bestenfalls']),
  },
  { cue: 'contrast', weight: 1, pattern: /(?<!\p{L})nicht\s+(?:\p{L}+\s+){0,4}?\p{L}+,\s+sondern(?!\p{L})/giu },
  {
    cue: 'generalisation',
    weight: 1.5,
    pattern: /(?<!\p{L})wer\s+(?:ernsthaft|wirklich|allen Ernstes|im Ernst)\s+(?:glaubt|meint|denkt|annimmt|erwartet)(?!\p{L})/giu,
  },
  { cue: 'generalisation', weight: 1.5, pattern: words(['jeder weiß', 'niemand glaubt', 'niemand ernsthaft', 'die Geschichte lehrt', 'die Geschichte zeigt']) },
  { cue: 'first-person', weight: 2, pattern: words(['ich', 'mich', 'mir', 'mein', 'meine', 'meiner', 'meinen'], 'gu') },
];

export const DE: Lexicon = {
  speech: stems([
    'sagte',
    'sagt',
    'erklärte',
    'erklärt',
    'betonte',
    'betont',
    'warnte',
    'kritisiert',
    'entgegnete',
    'meinte',
    'unterstrich',
    'räumte',
    'teilte',
    'versicherte',
    'bekräftigte',
    'forderte',
    'fordert',
    'mahnte',
    'appellierte',
    'bezeichnete',
    'nannte',
    'verlangte',
    'lobte',
    'begrüßte',
  ]),
  inversion: true,
  passive: new Set(['wurde', 'wurden', 'worden', 'wird', 'werden']),
  sourceFirst: words(['laut', 'nach Angaben']),
  speakerNouns: new Set([
    'regierung',
    'ministerium',
    'sprecher',
    'sprecherin',
    'minister',
    'ministerin',
    'experten',
    'kritiker',
    'opposition',
    'abgeordnete',
    'oppositionsabgeordnete',
    'er',
    'sie',
  ]),
  documentNouns: new Set(['vertrag', 'vertrags', 'abkommen', 'dokument', 'text', 'artikel', 'präambel', 'klausel', 'vertragsparteien', 'seiten', 'es']),
  skippable: new Set(['auch', 'zudem', 'bereits', 'erneut', 'am', 'dienstag', 'montag', 'mittwoch', 'donnerstag', 'freitag']),
  clauseWords: new Set(['dass', 'und', 'aber', 'als', 'wenn', 'weil', 'ob', 'wie']),
  joiners: new Set(['der', 'des', 'für', 'von', 'im']),
  determiners: new Set([
    'die',
    'der',
    'das',
    'den',
    'dem',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'eines',
    'diese',
    'dieser',
    'dieses',
    'diesen',
    'diesem',
    'jede',
    'jeder',
    'jedes',
    'kein',
    'keine',
    'keinen',
    'sein',
    'seine',
    'ihr',
    'ihre',
    'unser',
    'unsere',
  ]),
  pronouns: new Set(['er', 'sie']),
  firstPerson: new Set(['ich', 'wir']),
  opinion: OPINION,
  negation: NEGATION,
  numbers: NUMBERS,
  facts: FACTS,
  capitalisedNames: false,
  namePrepositions: new Set(['in', 'aus', 'nach', 'von', 'mit', 'gegen', 'bei', 'für', 'zwischen', 'über']),
  proDrop: false,
  rebuttal: /^\s*(?:Sie|Er|Es|Das|Dies|Doch)\s.{0,40}?(?<!\p{L})(?:nicht|nie|kein\p{L}*|falsch|irrt|irren)(?!\p{L})/u,
};
