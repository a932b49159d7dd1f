// English cues. Weights: 3 = the writer's stance on its own (first-person belief, "one wonders", "there is a
// possibility that"); 2 = strong (rhetorical question, prediction, call to act); 1.5 = advocacy modal, a verdict
// ("a fig leaf", "is a formality, not a limit", "not … at all"), a sweeping generalisation; 1 = weak (an evaluative
// adjective, a hedge, an intensifier). See ../index.ts for thresholds.
import { antithesis, type CueRule, type Lexicon, words } from '../cues.ts';
import { modalVeto } from '../modal.ts';

/** Subjects that make a modal describe the treaty ("the Parties should not …", "each side must …"), not advocate. */
const TREATY_SUBJECTS = new Set(['party', 'parties', 'side', 'sides', 'signatory', 'signatories', 'treaty', 'agreement', 'pact', 'accord', 'document', 'article', 'protocol', 'convention', 'either', 'neither', 'each', 'both', 'other', 'it', 'they', 'states', 'countries', 'governments']);
/** The agreement and its parts, as named in a sentence that tells what it says. */
const DOCUMENT = String.raw`(?:treaty|agreement|accord|pact|convention|protocol|deal|text|charter|annex|schedule|article|articles|clause|clauses|provisions?|terms)`;
const TREATY_FRAME = new RegExp(
  [
    // "under the accord", "in accordance with Article 4", "under a schedule annexed to the accord"
    String.raw`\b(?:under|pursuant to|in accordance with|in line with|according to|as required by|as set out in|as provided (?:for )?in)\s+(?:(?:the|this|that|its|their|a|an)\s+)?(?:[\p{L}\p{N}-]+\s+)?${DOCUMENT}\b`,
    // "Article 9 sets up", "the treaty requires"
    String.raw`\b${DOCUMENT}\s+(?:[\p{N}IVXLC]+\s+)?(?:says|states|requires|provides|stipulates|obliges|commits|sets (?:up|out)|lays down|envisages|foresees|specifies|calls for|allows|permits|bars|forbids|prohibits)\b`,
  ].join('|'),
  'iu',
);
/** After a modal, a forecast or a procedure, not advice: "should take place", "must be ratified". */
const FORECAST_VERBS = ['take place', 'follow', 'come into force', 'enter into force', 'take effect', 'arrive', 'occur', 'happen', 'last'];
const FORECAST_PARTICIPLES = ['held', 'completed', 'finished', 'known', 'announced', 'ready', 'over', 'ratified', 'approved', 'signed', 'submitted', 'adopted', 'notified', 'registered', 'deposited', 'exchanged', 'implemented', 'applied', 'settled', 'consulted', 'published', 'extended', 'renewed', 'terminated', 'interpreted'];
const FORECAST = new RegExp(
  [
    String.raw`^\s+(?:(?:also|still|now|soon|probably|then|only|not)\s+)?`,
    `(?:${FORECAST_VERBS.join('|')}|be\\s+(?:${FORECAST_PARTICIPLES.join('|')}))\\b`,
  ].join(''),
  'i',
);

/** A modal of the treaty's content, a forecast, or "Should X happen" (a condition), is not the writer's advocacy. */
const modalDescribesTreaty = modalVeto({
  treatySubject: (before) => (before.toLowerCase().match(/\p{L}+/gu) ?? []).slice(-5).some((w) => TREATY_SUBJECTS.has(w)),
  treatyFrame: TREATY_FRAME,
  after: FORECAST,
  initialIsCondition: true,
});

/** "I" as a pronoun, not a numeral ("Article I", "World War I"). */
function romanNumeral(text: string, index: number): boolean {
  return /(?:article|war|part|title|chapter|section|annex|phase|stage|protocol|schedule|class|type)\s+$/i.test(text.slice(Math.max(0, index - 12), index));
}

/** A copula, a noun phrase, then "not" another: "is a formality, not a limit", "is a pledge of abstention, not of protection". */
const CONTRAST = /\b(?:is|are|was|were|remains?)\s+(?:a|an|no)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+not\s+(?:a|an|the|of|to|in|for|by)\b/gi;
/** "It is not a tax, it is a timetable", "isn't a shield but a leash": the writer corrects a name for the thing. */
const NOT_Y_BUT_Z = new RegExp(
  [
    String.raw`\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+[^,;.:!?]{1,60}?[,;:—–]\s*(?:it|this|that|they|he|she)\s*(?:is|are|was|were|['’]s|['’]re)\b`,
    String.raw`\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:a|an|the)\s+[^,;.:!?]{1,40}?\s+but\s+(?:a|an|the)\b`,
  ].join('|'),
  'gi',
);
/** The writer frames what follows as the truth of the matter: "the problem is", "make no mistake". */
const FRAMING = words([
  'the truth is', 'the uncomfortable truth', 'the hard truth', 'the simple truth', 'the reality is', 'make no mistake', 'to be clear', 'to be fair', "let's be honest", 'let us be honest',
  'the point is', 'the problem is', 'the trouble is', 'the question is', 'the lesson is', 'the irony is', 'the fact is', 'here is the thing', 'mark my words',
]);
/** What a thing is worth, or that it replaces nothing: "not worth much", "no substitute for", "an excuse for". */
const WORTH_VERDICT = words([
  'not worth much', 'not worth anything', 'not worth the paper', 'not worth a great deal', 'not worth having', 'not worth the ink', 'worth little', 'worth nothing',
  'no substitute for', 'not a substitute for', 'is an excuse', 'are an excuse', 'an excuse for', 'a pretext', 'an alibi', 'a poor substitute',
]);
/** "not enough", "falls short": a measure found wanting. */
const INSUFFICIENT = words(['not enough', 'is insufficient', 'are insufficient', 'falls short', 'fall short', 'too little, too late', 'too little too late']);

/** "not … at all", "no accident", "anything but", "far from over". */
const EMPHATIC = new RegExp(
  [
    String.raw`\bnot\s+(?:[\w-]+\s+){0,3}?at all\b`,
    String.raw`\b(?:no|hardly an?)\s+(?:accident|coincidence)\b`,
    String.raw`\b(?:anything but|by no means|nothing of the sort)\b`,
    String.raw`\bfar from\s+(?:a|an|being|over|certain|clear|settled|perfect|it)\b`,
  ].join('|'),
  'gi',
);
/** "Nobody who has followed this river seriously believes …". */
const NOBODY_SERIOUSLY = /\b(?:nobody|no one|no-one|few|hardly anyone|anyone|everyone|everybody)\b(?:\s+[\w'’-]+){0,6}?\s+(?:seriously|honestly|really|genuinely)\s+(?:believes?|thinks?|expects?|imagines?|supposes?)\b/gi;
/** A sentence that opens by judging what came before: "That is wishful thinking", not "This is the first …". */
const DEMONSTRATIVE_VERDICT = /^\s*(?:That|This)\s+(?:is|was)\s+(?!(?:the|why|because|how|what|where|when|who|down|up|due|expected|set|scheduled|likely|to|in|on|at|not\s+the)\b)/g;

/**
 * "I believe", "I have long argued", "I ask the senators", "I do not accept": the writer's belief, request, wish or
 * refusal in the first person (not "I asked the minister", a reporter's narration).
 */
const FIRST_PERSON_VERBS = [
  'believe', 'think', 'argue', 'argued', 'contend', 'suspect', 'fear', 'doubt', 'hope', 'expect', 'am convinced', 'called', 'written', 'wrote', 'said', 'maintain', 'maintained', 'predicted', 'warned',
  'ask', 'urge', 'call on', 'appeal to', 'implore', 'beg', 'demand', 'want', 'wish', 'refuse', 'reject', 'accept', 'feel', 'felt', 'see no', 'trust', 'insist', 'propose', 'recommend', 'regret', 'welcome', 'applaud', 'object', 'agree', 'disagree', 'find it', 'find that', 'remain convinced', 'am persuaded',
];
const FIRST_PERSON_STANCE = new RegExp(
  [
    String.raw`\bI\s+`,
    String.raw`(?:(?:have|had|would|do|must|can|cannot|can['’]t|don['’]t|will|won['’]t|am|still)\s+)?(?:not\s+)?`,
    String.raw`(?:(?:previously|long|often|already|also|still|firmly|strongly|simply|therefore|again|respectfully|personally)\s+)?`,
    `(?:${FIRST_PERSON_VERBS.join('|')})\\b`,
  ].join(''),
  'g',
);

/** Phrases followed by their source; "citing it is a formality" is a gerund subject, not a credit. */
const SOURCE_FIRST = new RegExp(
  [
    String.raw`\b(?:according to|in the words of|as quoted by)\b`,
    String.raw`\bciting\b(?!\s+(?:it|this|that|them)\s+(?:is|was|are|were)\b)`,
  ].join('|'),
  'gi',
);

/** A sentence that opens with a bare verb addressed to the reader or an actor: "Vote yes", "Read the text", "Stop pretending". */
const IMPERATIVE_VERBS = ['vote', 'read', 'look', 'consider', 'remember', 'forget', 'ask', 'imagine', 'stop', 'start', 'hold', 'keep', 'stay', 'insist', 'think', 'take', 'give', 'let', 'ignore', 'listen', 'judge', 'compare', 'recall', 'leave', 'drop', 'scrap', 'ratify', 'reject', 'accept', 'make', 'do not', "don't", 'beware', 'spare'];
const IMPERATIVE_OBJECTS = ['the', 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'her', 'yes', 'no', 'a', 'an', 'your', 'what', 'how', 'why', 'with', 'for', 'to', 'on', 'away', 'back', 'out', 'about', 'again', 'instead', 'aside'];
const IMPERATIVE = new RegExp(
  [
    `^\\s*(?:${IMPERATIVE_VERBS.join('|')})\\s+(?:${IMPERATIVE_OBJECTS.join('|')})\\b`,
    // "Stop pretending", "Keep asking"; not "Vote counting", a noun.
    `^\\s*(?:stop|keep|start|quit)\\s+\\w+ing\\b`,
    // "Let Congress decide": a wish for a third person.
    `^\\s*let\\s+(?!alone\\b)\\S`,
  ].join('|'),
  'gi',
);
/** A perception verb whose complement closes the clause passes judgement ("looks badly overstated.", "look hollow."); "looks set to" forecasts. */
const PERCEPTION = /\b(?:looks?|looked|seems?|seemed|sounds?|sounded)\s+(?!(?:set|likely|unlikely|poised|ready|certain|sure|to|like|at|into|for|forward|after|as|if)\b)(?:\w+ly\s+)?\w+(?=\s*[.,;:!?]|\s*$)/gi;

/** A negated clause, for antitheses. */
const NEGATION = /\b(?:not|no|never|nothing|cannot|nobody|none)\b|n['’]t\b/i;
const NUMBERS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|twice|thrice)\b/i;

/**
 * A verb narrating the past: "was", "had", or a form in -ed that no "to be", "to have" or perception verb just before
 * governs ("Vote counting continued …", not "can be defended", "is fooled", "has failed").
 */
const NARRATION = /\b(?:was|were|had|did)\b|(?<!\b(?:am|is|are|be|been|being|has|have|get|gets|got|seem|seems|look|looks|feel|feels|felt|become|becomes|remain|remains|['’]s|['’]re|not|n['’]t)\s)\b(?!(?:need|indeed|speed|seed|feed|breed|proceed|succeed|exceed|red|bed|shed|wed|naked|wicked|sacred|hundred|kindred)\b)\w{2,}ed\b/i;
/** What a text contains, or a forecast, also tells a fact. */
const FACTS = new RegExp([NARRATION.source, String.raw`\b(?:contains|contain|includes|include|provides|sets out|lists|covers|requires|obliges|establishes|consists of|highlights|stresses|underlines|mentions|refers to|recalls|reaffirms|enters into force|enter into force|takes effect|take effect|creates|create|sets up|set up|grants|bans|forbids|prohibits|commits|binds|calls for|every year|each year|annually|every month|(?:is|are|looks?|seems?) set to|(?:is|are) expected to|(?:is|are) due to|(?:is|are) scheduled to)\b`].join('|'), 'i');

const OPINION: CueRule[] = [
  // The writer's own stance: belief verbs in the first person, "in my view", "one wonders".
  { cue: 'first-person-stance', weight: 3, pattern: FIRST_PERSON_STANCE },
  { cue: 'first-person-stance', weight: 3, pattern: words(['in my view', 'in my opinion', 'in my judgment', 'to my mind', 'it seems to me', 'I would say', 'as I see it', 'if you ask me', 'for my part', 'speaking for myself']) },
  { cue: 'first-person-stance', weight: 3, pattern: /\b[Mm]y\s+(?:own\s+)?(?:view|opinion|sense|guess|hunch|bet|reading|fear|worry|suspicion|conclusion|argument|verdict|advice)\s+(?:is|remains|was)\b/g },
  { cue: 'first-person-stance', weight: 3, pattern: /\bI['’]d\s+(?:argue|say|suggest|bet|wager)\b|\bI\s+(?:am|remain)\s+(?:not\s+)?(?:persuaded|sceptical|skeptical|unconvinced)\b/g },
  { cue: 'one-wonders', weight: 3, pattern: words(['one wonders', 'one might ask', 'one may ask', 'one could argue', 'one might argue', 'one can only hope', 'one has to ask', 'it is fair to ask']) },
  // The writer speculates: an impersonal frame with nobody credited.
  { cue: 'speculation', weight: 3, pattern: /\b(?:there is|there's)\s+(?:a|an|some|every|little|no|real|strong|distinct|good)\s+(?:real\s+|strong\s+|distinct\s+|good\s+)?(?:possibility|chance|likelihood|probability|risk|danger|reason to (?:believe|think|doubt|fear))\s+that\b/gi },
  { cue: 'speculation', weight: 3, pattern: /\bit is\s+(?:quite\s+|very\s+|entirely\s+|hardly\s+)?(?:possible|likely|unlikely|conceivable|probable|doubtful|plausible|inconceivable)\s+that\b/gi },
  { cue: 'prediction', weight: 2, pattern: /\bwill\s+(?:inevitably|surely|certainly|undoubtedly|doubtless|almost certainly|never)\b|\b(?:is|are)\s+(?:bound|doomed|certain|sure)\s+to\b/gi },
  { cue: 'imperative', weight: 1.5, pattern: IMPERATIVE },
  { cue: 'call-to-act', weight: 2, pattern: words(['it is time for', 'it is time to', 'it is high time', 'let us', "let's", 'we must', 'we should', 'we need to', 'we ought to']) },
  // Advocacy modals in the writer's voice; the treaty's own obligations are vetoed.
  { cue: 'modal', weight: 1.5, pattern: words(['should', 'ought to', 'must', 'needs to', 'need to', 'has to', 'have to', 'would do well to', 'had better']), unless: modalDescribesTreaty },
  { cue: 'stance-adverb', weight: 1.5, pattern: /^\s*(?:surely|clearly|obviously|frankly|admittedly|undeniably|sadly|unfortunately|regrettably|alas|of course)\b/gi },
  { cue: 'stance-adverb', weight: 1, pattern: words(['surely', 'clearly', 'obviously', 'undoubtedly', 'frankly', 'hardly', 'merely', 'simply', 'sadly', 'unfortunately', 'fortunately', 'regrettably', 'ironically', 'needless to say']), unless: (text, index) => !/\S/.test(text.slice(0, index)) },
  { cue: 'hedge', weight: 1, pattern: words(['perhaps', 'probably', 'arguably', 'presumably', 'possibly', 'maybe', 'seemingly', 'it seems', 'it appears']) },
  { cue: 'intensifier', weight: 1, pattern: words(['far too', 'much too', 'all too', 'way too', 'a mere', 'mere', 'badly', 'wildly', 'grossly', 'woefully', 'hopelessly', 'utterly', 'sorely', 'laughably', 'absurdly', 'naively']) },
  // Verdicts: a contrast that corrects ("a formality, not a limit"), an emphatic denial, a damning name for the thing.
  { cue: 'contrast', weight: 1.5, pattern: CONTRAST },
  { cue: 'contrast', weight: 1.5, pattern: NOT_Y_BUT_Z },
  { cue: 'framing', weight: 1.5, pattern: FRAMING },
  antithesis(NEGATION),
  { cue: 'verdict', weight: 1.5, pattern: WORTH_VERDICT },
  { cue: 'evaluative', weight: 1, pattern: INSUFFICIENT },
  { cue: 'emphatic', weight: 1.5, pattern: EMPHATIC },
  { cue: 'verdict', weight: 1.5, pattern: words(['fig leaf', 'talking shop', 'window dressing', 'window-dressing', 'smoke and mirrors', 'wishful thinking', 'pipe dream', 'paper tiger', 'charade', 'sham', 'farce', 'travesty', 'hollow gesture', 'empty gesture', 'token gesture', 'empty words', 'empty promise', 'hollow promise', 'fairy tale', 'self-deception']) },
  { cue: 'verdict', weight: 1.5, pattern: words(['overstate', 'overstates', 'exaggerate', 'exaggerates', 'underestimate', 'underestimates', 'misread', 'misreads', 'misjudge', 'misjudges', 'miss the point', 'misses the point', 'get it wrong', 'gets it wrong', 'have it backwards', 'has it backwards', 'deserve', 'deserves']) },
  { cue: 'perception', weight: 0.5, pattern: PERCEPTION },
  { cue: 'restrictive', weight: 1, pattern: words(['only on paper', 'exists on paper', 'remains on paper', 'remained on paper', 'stay on paper', 'stayed on paper']) },
  { cue: 'restrictive', weight: 1, pattern: words(['little more than', 'nothing more than', 'no more than a', 'no more than an', 'nothing but', 'at best']) },
  { cue: 'demonstrative-verdict', weight: 1, pattern: DEMONSTRATIVE_VERDICT },
  // Sweeping generalisation, the column's shortcut past evidence.
  { cue: 'generalisation', weight: 1.5, pattern: words(['everyone knows', 'everybody knows', 'nobody believes', 'no one believes', 'nobody doubts', 'no one doubts', 'history shows', 'history teaches', 'history suggests', 'experience shows', 'it is no secret']) },
  { cue: 'generalisation', weight: 1.5, pattern: NOBODY_SERIOUSLY },
  // "Agreements signed in haste rarely last."
  { cue: 'generalisation', weight: 1.5, pattern: words(['rarely', 'seldom', 'never last', 'never work', 'invariably']) },
  // A verdict in superlative form ("humanity's best hope", "the worst mistake").
  { cue: 'verdict', weight: 1.5, pattern: /\b(?:best|last|only|worst|greatest|biggest)\s+(?:hope|chance|mistake|blunder|folly|achievement|bet|failure)\b/gi },
  { cue: 'evaluative', weight: 1, pattern: words(['justifiable', 'unjustifiable', 'justified', 'unjustified', 'intelligent', 'wise', 'unwise', 'sober', 'sensible', 'reckless', 'foolish', 'naive', 'misguided', 'ill-advised', 'ill-conceived', 'short-sighted', 'shortsighted', 'irresponsible', 'absurd', 'ridiculous', 'shameful', 'disgraceful', 'scandalous', 'outrageous', 'admirable', 'laudable', 'commendable', 'deplorable', 'regrettable', 'lamentable', 'hypocritical', 'cynical', 'dishonest', 'brilliant', 'excellent', 'terrible', 'disastrous', 'pointless', 'futile', 'hollow', 'dubious', 'questionable', 'flawed', 'worrying', 'troubling', 'encouraging', 'heartening', 'decadence', 'decadent', 'dignified', 'noble', 'cowardly', 'shameless', 'folly', 'blunder', 'disgrace', 'praiseworthy', 'premature', 'overstated', 'overblown', 'exaggerated', 'overhyped', 'toothless', 'meaningless', 'worthless', 'cosmetic', 'illusory', 'obvious', 'striking', 'pretence', 'pretense', 'wishful', 'remarkable', 'telling', 'revealing', 'astonishing', 'extraordinary', 'wrong', 'backwards', 'self-defeating', 'counterproductive', 'overdue', 'right about', 'deserved']) },
  // The writer's community and country ("our small navy", "this country").
  { cue: 'first-person-plural', weight: 1.5, pattern: /\b[Ww]e\b/g },
  { cue: 'first-person-plural', weight: 1, pattern: /\b(?:[Oo]urs?|us|ourselves)\b|\b(?:[Tt]his|[Oo]ur)\s+(?:country|nation)\b/g },
  { cue: 'first-person', weight: 2, pattern: /\b(?:I(?=\s+\p{Ll}|['’](?:m|ve|d|ll)\b)|me|[Mm]y|myself)\b/gu, unless: romanNumeral },
];

export const EN: Lexicon = {
  speech: words(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'state', 'declared', 'declares', 'stressed', 'stresses', 'noted', 'notes', 'insisted', 'insists', 'insist', 'warned', 'warns', 'argued', 'argues', 'explained', 'explains', 'asked', 'replied', 'wrote', 'writes', 'announced', 'announces', 'remarked', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'claimed', 'claims', 'reported', 'reports', 'pointed out', 'points out', 'observed', 'observes', 'acknowledged', 'confirmed', 'confirms', 'denied', 'denies', 'described', 'describes', 'characterized', 'characterised', 'called', 'asserted', 'asserts', 'maintained', 'maintains', 'suggested', 'believes', 'believe', 'thinks', 'think', 'estimated', 'predicted', 'quoted', 'urged', 'urges', 'urge', 'argue', 'call', 'demanded', 'demands', 'criticized', 'criticised', 'accused', 'dismissed', 'hailed', 'praised', 'condemned', 'recalled', 'countered', 'conceded', 'cautioned', 'contended', 'complained', 'questioned'], 'gu'),
  inversion: false,
  passive: new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']),
  sourceFirst: SOURCE_FIRST,
  speakerNouns: new Set(['official', 'officials', 'analyst', 'analysts', 'ministry', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'diplomat', 'diplomats', 'expert', 'experts', 'critic', 'critics', 'supporters', 'observers', 'government', 'bank', 'company', 'group', 'groups', 'commission', 'council', 'court', 'fund', 'organisation', 'organization', 'institute', 'union', 'campaigners', 'activists', 'negotiators', 'authorities', 'ministers', 'president', 'chancellor', 'leader', 'agency', 'media', 'newspaper', 'lawmakers', 'legislators', 'deputies', 'senators', 'committee', 'office', 'embassy', 'police', 'military', 'army', 'commander', 'opposition', 'statement', 'report', 'residents', 'advisor', 'adviser', 'secretary', 'premier', 'envoy', 'ambassador', 'aide', 'aides', 'director', 'chairman', 'chairwoman', 'chair', 'mayor', 'governor', 'king', 'queen', 'prince', 'people', 'colleagues', 'senator', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'opponents', 'proponents', 'backers', 'sceptics', 'skeptics', 'environmentalists', 'economists', 'scholars', 'lawyers', 'historians', 'commentators', 'unions', 'industry', 'businesses', 'exporters', 'farmers']),
  documentNouns: new Set(['treaty', 'agreement', 'pact', 'accord', 'document', 'text', 'article', 'articles', 'preamble', 'clause', 'clauses', 'provision', 'provisions', 'protocol', 'convention', 'charter', 'annex', 'bill', 'law', 'draft', 'sides', 'parties', 'it']),
  skippable: new Set(['has', 'have', 'had', 'also', 'further', 'previously', 'then', 'later', 'earlier', 'again', 'once', 'repeatedly', 'publicly', 'reportedly', 'recently', 'often', 'already', 'first', 'last', 'quickly', 'immediately', 'openly', 'separately', 'privately', 'subsequently', 'likewise', 'similarly']),
  clauseWords: new Set(['that', 'which', 'who', 'whom', 'as', 'while', 'when', 'because', 'since', 'if', 'but', 'and', 'or', 'so', 'than', 'where', 'after', 'before', 'although', 'though', 'what']),
  joiners: new Set(['of', 'for', 'at', 'in', 'from', 'on', 'with']),
  determiners: new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']),
  pronouns: new Set(['he', 'she', 'they']),
  firstPerson: new Set(['i', 'we']),
  opinion: OPINION,
  negation: NEGATION,
  numbers: NUMBERS,
  facts: FACTS,
  capitalisedNames: true,
  proDrop: false,
  exhortation: new Set(['let']),
  rebuttal: /^\s*(?:They|He|She|It|That|This|Neither|Nor)\b.{0,40}?\b(?:not|never|no|nothing|n['’]t|wrong|mistaken)\b/,
};
