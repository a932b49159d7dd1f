// English cues. Weights: 3 = the writer's stance on its own (first-person belief, "one wonders", "there is a
// possibility that"); 2 = strong (rhetorical question, prediction, call to act); 1.5 = advocacy modal or a
// superlative verdict; 1 = weak (an evaluative adjective, a hedge, an intensifier). See ../index.ts for thresholds.
import { type CueRule, type Lexicon, words } from '../cues.ts';

/** Subjects that make a modal describe the treaty ("the Parties should not …", "each side must …"), not advocate. */
const TREATY_SUBJECTS = new Set(['party', 'parties', 'side', 'sides', 'signatory', 'signatories', 'treaty', 'agreement', 'pact', 'accord', 'document', 'article', 'protocol', 'convention', 'either', 'neither', 'each', 'both', 'other', 'it', 'they', 'states', 'countries', 'governments']);
/** After "must be" / "should be", a procedural participle describes what the treaty requires ("must be ratified"). */
const PROCEDURAL = /^\s+be\s+(?:ratified|approved|signed|submitted|adopted|notified|registered|deposited|exchanged|implemented|applied|settled|held|consulted|published|extended|renewed|terminated|interpreted)\b/i;

/** A modal of the treaty's content, or "Should X happen" (a condition), is not the writer's advocacy. */
function modalDescribesTreaty(text: string, index: number, match: string): boolean {
  if (/^should$/i.test(match) && !/\p{L}/u.test(text.slice(0, index))) return true;
  if (PROCEDURAL.test(text.slice(index + match.length, index + match.length + 40))) return true;
  const before = text.slice(Math.max(0, index - 60), index).toLowerCase().match(/\p{L}+/gu) ?? [];
  return before.slice(-5).some((w) => TREATY_SUBJECTS.has(w));
}

/** "I" as a pronoun, not a numeral ("Article I", "World War I"). */
function romanNumeral(text: string, index: number): boolean {
  return /(?:article|war|part|title|chapter|section|annex|phase|stage|protocol|schedule|class|type)\s+$/i.test(text.slice(Math.max(0, index - 12), index));
}

const OPINION: CueRule[] = [
  // The writer's own stance: belief verbs in the first person, "in my view", "one wonders".
  { cue: 'first-person-stance', weight: 3, pattern: /\bI\s+(?:(?:have|had|would|do|must)\s+)?(?:(?:previously|long|often|already|also|still|firmly|strongly)\s+)?(?:believe|think|argue|argued|contend|suspect|fear|doubt|hope|expect|am convinced|am not convinced|called|written|wrote|said|maintain|maintained|predicted|warned)\b/g },
  { cue: 'first-person-stance', weight: 3, pattern: words(['in my view', 'in my opinion', 'in my judgment', 'to my mind', 'it seems to me', 'I would say']) },
  { cue: 'one-wonders', weight: 3, pattern: words(['one wonders', 'one might ask', 'one may ask', 'one could argue', 'one might argue', 'one can only hope', 'one has to ask', 'it is fair to ask']) },
  // The writer speculates: an impersonal frame with nobody credited.
  { cue: 'speculation', weight: 3, pattern: /\b(?:there is|there's)\s+(?:a|an|some|every|little|no|real|strong|distinct|good)\s+(?:real\s+|strong\s+|distinct\s+|good\s+)?(?:possibility|chance|likelihood|probability|risk|danger|reason to (?:believe|think|doubt|fear))\s+that\b/gi },
  { cue: 'speculation', weight: 3, pattern: /\bit is\s+(?:quite\s+|very\s+|entirely\s+|hardly\s+)?(?:possible|likely|unlikely|conceivable|probable|doubtful|plausible|inconceivable)\s+that\b/gi },
  { cue: 'prediction', weight: 2, pattern: /\bwill\s+(?:inevitably|surely|certainly|undoubtedly|doubtless|almost certainly|never)\b|\b(?:is|are)\s+(?:bound|doomed|certain|sure)\s+to\b/gi },
  { cue: 'call-to-act', weight: 2, pattern: words(['it is time for', 'it is time to', 'it is high time', 'let us', "let's", 'we must', 'we should', 'we need to', 'we ought to']) },
  // Advocacy modals in the writer's voice; the treaty's own obligations are vetoed.
  { cue: 'modal', weight: 1.5, pattern: words(['should', 'ought to', 'must', 'needs to', 'need to', 'has to', 'have to']), unless: modalDescribesTreaty },
  { cue: 'stance-adverb', weight: 1.5, pattern: /^\s*(?:surely|clearly|obviously|frankly|admittedly|undeniably|sadly|unfortunately|regrettably|alas|of course)\b/gi },
  { cue: 'stance-adverb', weight: 1, pattern: words(['surely', 'clearly', 'obviously', 'undoubtedly', 'frankly', 'hardly', 'merely', 'simply', 'sadly', 'unfortunately', 'fortunately', 'regrettably', 'ironically', 'needless to say']), unless: (text, index) => !/\S/.test(text.slice(0, index)) },
  { cue: 'hedge', weight: 1, pattern: words(['perhaps', 'probably', 'arguably', 'presumably', 'possibly', 'maybe', 'seemingly', 'it seems', 'it appears']) },
  { cue: 'intensifier', weight: 1, pattern: words(['far too', 'much too', 'all too', 'way too', 'a mere', 'mere']) },
  // A verdict in superlative form ("humanity's best hope", "the worst mistake").
  { cue: 'verdict', weight: 1.5, pattern: /\b(?:best|last|only|worst|greatest|biggest)\s+(?:hope|chance|mistake|blunder|folly|achievement|bet|failure)\b/gi },
  { cue: 'evaluative', weight: 1, pattern: words(['justifiable', 'unjustifiable', 'justified', 'unjustified', 'intelligent', 'wise', 'unwise', 'sober', 'sensible', 'reckless', 'foolish', 'naive', 'misguided', 'ill-advised', 'ill-conceived', 'short-sighted', 'shortsighted', 'irresponsible', 'absurd', 'ridiculous', 'shameful', 'disgraceful', 'scandalous', 'outrageous', 'admirable', 'laudable', 'commendable', 'deplorable', 'regrettable', 'lamentable', 'hypocritical', 'cynical', 'dishonest', 'brilliant', 'excellent', 'terrible', 'disastrous', 'pointless', 'futile', 'hollow', 'dubious', 'questionable', 'flawed', 'worrying', 'troubling', 'encouraging', 'heartening', 'decadence', 'decadent', 'dignified', 'noble', 'cowardly', 'shameless', 'folly', 'blunder', 'farce', 'disgrace', 'travesty', 'praiseworthy', 'right about', 'wrong about', 'deserved', 'deserves']) },
  // The writer's community and country ("our small navy", "this country").
  { cue: 'first-person-plural', weight: 1, pattern: /\b(?:[Ww]e|[Oo]urs?|us|ourselves)\b|\b(?:[Tt]his|[Oo]ur)\s+(?:country|nation)\b/g },
  { cue: 'first-person', weight: 2, pattern: /\b(?:I(?=\s+\p{Ll}|['’](?:m|ve|d|ll)\b)|me|[Mm]y|myself)\b/gu, unless: romanNumeral },
];

export const EN: Lexicon = {
  speech: words(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'state', 'declared', 'declares', 'stressed', 'stresses', 'noted', 'notes', 'insisted', 'insists', 'insist', 'warned', 'warns', 'argued', 'argues', 'explained', 'explains', 'asked', 'replied', 'wrote', 'writes', 'announced', 'announces', 'remarked', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'claimed', 'claims', 'reported', 'reports', 'pointed out', 'points out', 'observed', 'observes', 'acknowledged', 'confirmed', 'confirms', 'denied', 'denies', 'described', 'describes', 'characterized', 'characterised', 'called', 'asserted', 'asserts', 'maintained', 'maintains', 'suggested', 'believes', 'believe', 'thinks', 'think', 'estimated', 'predicted', 'quoted'], 'gu'),
  inversion: false,
  passive: new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']),
  sourceFirst: words(['according to', 'in the words of', 'as quoted by', 'citing']),
  speakerNouns: new Set(['official', 'officials', 'analyst', 'analysts', 'ministry', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'diplomat', 'diplomats', 'expert', 'experts', 'critic', 'critics', 'supporters', 'observers', 'government', 'president', 'chancellor', 'leader', 'agency', 'media', 'newspaper', 'lawmakers', 'legislators', 'deputies', 'senators', 'committee', 'office', 'embassy', 'police', 'military', 'army', 'commander', 'opposition', 'statement', 'report', 'residents', 'advisor', 'adviser', 'secretary', 'premier', 'envoy', 'ambassador', 'aide', 'aides', 'director', 'chairman', 'chairwoman', 'chair', 'mayor', 'governor', 'king', 'queen', 'prince', 'people', 'colleagues']),
  documentNouns: new Set(['treaty', 'agreement', 'pact', 'accord', 'document', 'text', 'article', 'articles', 'preamble', 'clause', 'clauses', 'provision', 'provisions', 'protocol', 'convention', 'charter', 'annex', 'bill', 'law', 'draft', 'sides', 'parties', 'it']),
  skippable: new Set(['has', 'have', 'had', 'also', 'further', 'previously', 'then', 'later', 'earlier', 'again', 'once', 'repeatedly', 'publicly', 'reportedly', 'recently', 'often', 'already', 'first', 'last', 'quickly', 'immediately', 'openly', 'separately', 'privately', 'subsequently', 'likewise', 'similarly']),
  clauseWords: new Set(['that', 'which', 'who', 'whom', 'as', 'while', 'when', 'because', 'since', 'if', 'but', 'and', 'or', 'so', 'than', 'where', 'after', 'before', 'although', 'though', 'what']),
  joiners: new Set(['of', 'for', 'at', 'in', 'from', 'on', 'with']),
  determiners: new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']),
  pronouns: new Set(['he', 'she', 'they']),
  firstPerson: new Set(['i', 'we']),
  opinion: OPINION,
};
