// The dossier's types: one source of truth with ../shared/spec/dossier.md (version 1).
// Offsets are UTF-16 code-unit indices (JavaScript string indices); start inclusive, end exclusive.

export type DocKind = 'news' | 'factbox' | 'opinion' | 'official' | 'other';
/** Who publishes a report (the spec's `source_type`). */
export type SourceType = 'state-media' | 'government' | 'wire' | 'press' | 'research';
export type ClaimKind = 'report' | 'opinion' | 'quote' | 'heading';
export type InputFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'json';

/** Something the ingest or clean stage wants the user to know about one file. */
export interface Warning {
  level: 'warning' | 'error';
  file: string;
  message: string;
}

/** Metadata that the container itself states (JSON fields, HTML meta, JSON-LD); stronger than guesses from text. */
export interface MetaHints {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  /** The section the page files itself under (article:section, JSON-LD articleSection): "Opinion", "World". */
  section?: string | null;
}

/** A link a report makes (Markdown `[words](href)`): its words stay in the body, its target is kept here. */
export interface DocumentLink {
  text: string;
  href: string;
}

/** One report read from the pile, before cleaning: the ingest stage's output. */
export interface RawDocument {
  /** Path as given, plus `#N` for the N-th report (1-based) of a JSON/JSONL file. */
  file: string;
  /** sha256 (hex) of the raw bytes (for a JSON/JSONL item: of its serialized object). */
  sha256: string;
  format: InputFormat;
  /** Decoded, NFC-normalized text (plain text, markdown, PDF text layer). Null for HTML. */
  text: string | null;
  /** Decoded HTML, when the report is a page (or a JSON item with `html`). */
  html: string | null;
  hints: MetaHints;
  /** Charset the bytes were decoded from, e.g. "UTF-8", "windows-1251". */
  charset: string;
  warnings: string[];
  /** The links of a Markdown report, in order (their words are in `text`, their targets only here). */
  links?: DocumentLink[];
}

export interface Removed {
  text: string;
  /** The named detector that cut it: navigation, masthead, byline, credit, caption, footer, related, share, cookie, close-button, … */
  why: string;
}

/** The clean stage's output: the body every offset refers to, and what was cut. */
export interface CleanedDocument {
  body: string;
  removed: Removed[];
  /** Lines/blocks before the body proper (header zone) kept for the meta stage even when removed. */
  header: string[];
  /** Metadata found by the HTML extractor (meta tags, JSON-LD), merged with the raw hints. */
  hints: MetaHints;
}

export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when the document does not say. */
  published: string | null;
  /** ISO 639-1 */
  language: string | null;
  kind: DocKind;
  /** Who publishes the report (state media, a government, a wire, the press, a research body), null without evidence. */
  source_type: SourceType | null;
  /** ISO 3166-1 alpha-2 of the state behind state media or a government source, else null. */
  source_state: string | null;
  /** The words or the address that decided the source type. */
  source_evidence: string;
  /** Which words decided each field, for explainability. */
  evidence: Record<string, string>;
  /** A publication day the report gives without a year that its page does not complete ("UNITED NATIONS, Sept 24
   *  (Wire) -"): the dossier takes the year from the dates the pile's other reports give (published stays null here). */
  published_day?: YearlessDay;
}

/** A month and day without a year, and the weekday the report's lead names (0 Sunday … 6), if it names one. */
export interface YearlessDay {
  month: number;
  day: number;
  weekday: number | null;
  /** The words that gave the day. */
  text: string;
}

export interface DocumentRecord extends DocumentMeta {
  id: string;
  file: string;
  sha256: string;
  format: InputFormat;
  url: string | null;
  body: string;
  removed: Removed[];
  near_duplicate_of: string | null;
  warnings: string[];
  /** The links of a Markdown report (RawDocument.links), when it has any. */
  links?: DocumentLink[];
}

/** A span inside a claim; start/end are offsets into the claim text (not the body). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface DateMention extends Span {
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  /** End of a range, when the text gives one. */
  until?: string | null;
  /** True when resolved against the publication date ("on Wednesday", "last month"). */
  relative?: boolean;
}

export interface ArticleRef extends Span {
  number: number;
  paragraph?: number | null;
  /** True when the claim does not name the article but continues about the one before ("It also stipulates…"). */
  inherited?: boolean;
  /** True for an article heading of an official text ("Article 5" alone on a line) and for the claims under it, which
   *  inherit it with an empty span (no words of theirs name the article). */
  heading?: boolean;
}

/** A mention of another instrument's article ("Article 51 of the UN Charter"): never this agreement's. */
export interface ForeignArticleRef extends Span {
  number: number;
  instrument: string;
}

export interface PartyMention extends Span {
  /** ISO 3166-1 alpha-2; or, for a state with no ISO code, its name as written in the source. */
  code: string;
  /** country | adjective | abbreviation | capital */
  form: string;
}

export interface BodyMention extends Span {
  /** Canonical English name: "State Duma", "Federation Council", "Supreme People's Assembly", "President", … */
  name: string;
  country: string | null;
  role: 'legislature' | 'lower-house' | 'upper-house' | 'head-of-state' | 'head-of-government' | 'government' | 'ministry' | 'other';
}

export interface KindFeature {
  /** The named cue, e.g. "modal:should", "first-person", "evaluative:justifiable". */
  cue: string;
  weight: number;
  text: string;
}

export interface Claim {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  speaker: string | null;
  articles: number[];
  article_refs: ArticleRef[];
  foreign_refs: ForeignArticleRef[];
  dates: DateMention[];
  parties: string[];
  party_mentions: PartyMention[];
  bodies: BodyMention[];
  /** Why `kind` was chosen: the cues and their weights. */
  features: KindFeature[];
  /** 'sentence' | 'list-item' | 'heading' */
  unit: 'sentence' | 'list-item' | 'heading';
  /** Lifecycle steps the claim tells of (src/read/events); absent when it tells of none. */
  events?: ClaimEvent[];
  /** What the claim says of the agreement's duration (src/read/events/duration); absent when nothing. */
  duration?: ClaimDuration;
  /** People the claim introduces with their state ("Russian President Vladimir Putin" → RU), which tell the
   *  party of a step told by a name alone ("Putin signs the ratification law"); absent when none. */
  people?: { name: string; state: string }[];
  /** Date rules of the agreement the claim states ("enters into force on the thirtieth day after the exchange of
   *  instruments"; src/read/rules); absent when none. */
  rules?: ClaimRule[];
  /** Days the claim says a threshold of instruments was reached ("the 50th instrument was deposited on 24
   *  October"; src/read/rules); absent when none. */
  thresholds?: ClaimThreshold[];
}

/** How far a rule's date lies from the event it counts from. */
export interface RuleOffset {
  days: number;
  months: number;
  years: number;
  /** day: the trigger's day moved by the offset; first-of-month: the first day of the month `months` after the
   *  trigger's month ("the first day of the second month following"). */
  anchor: 'day' | 'first-of-month';
}

/** One date rule as a claim states it, read from its words alone (offsets into the claim's text). */
export interface ClaimRule {
  /** What the rule dates: entry into force, a withdrawal taking effect, the last day for notice before expiry. */
  what: 'entry-into-force' | 'withdrawal' | 'notice';
  /** The agreement's own date, or each state's that joins after the threshold ("for each State ratifying thereafter"). */
  for: 'agreement' | 'each-later-state';
  /** The event the offset counts from. */
  from: 'exchange' | 'signature' | 'threshold' | 'notification' | 'own-deposit' | 'notice' | 'expiry';
  /** The number of instruments a threshold needs ("the fiftieth instrument"); null otherwise. */
  threshold: number | null;
  /** The threshold has conditions besides the count (a share of emissions, a mix of groups): counting states alone cannot date it. */
  conditional: boolean;
  offset: RuleOffset;
  cue: string;
  text: string;
  start: number;
  end: number;
}

/** A claim's statement that the Nth instrument was deposited (or "the threshold was reached") on a day. */
export interface ClaimThreshold {
  /** N; null for "the threshold" unnamed. */
  count: number | null;
  date: string;
  text: string;
  start: number;
  end: number;
}

/**
 * A lifecycle step as one claim tells of it, read from its words alone (the dossier resolves its party against
 * the agreement's record and merges the claims of many sources). Offsets are into the claim's text.
 */
export interface ClaimEvent {
  step: LifecycleStep;
  /** done: told as having happened; expected: predicted, planned or the text's own rule ("enters into force
   *  30 days after …"); asserted: told as having happened only as what someone insists or claims. */
  status: 'done' | 'expected' | 'asserted';
  date: string | null;
  /** How the date was found: words of the claim, a weekday or "today" resolved against the publication date,
   *  an offset from another event ("a week after"), the date a timeline line starts with, or the publication
   *  date of a news report's present perfect ("has ratified"). */
  date_from: 'text' | 'relative' | 'offset' | 'timeline' | 'published' | null;
  /** The state that took a party's step, as the claim's words name it (code, or name as written); null when
   *  they do not say or the step is the agreement's (signature, exchange, entry into force …). */
  party: string | null;
  body: string | null;
  ref: string | null;
  place: string | null;
  /** For an expectation, what it waits for ("after the sides exchange ratification documents"). */
  condition: string | null;
  /** The named cue that decided the step (`en:ratified`) and the words it matched. */
  cue: string;
  text: string;
  start: number;
  end: number;
  /** Who acted (legislature, head, government), where the claim names them: what the dossier resolves the
   *  party from when the claim's own state names do not give it. */
  actors?: {
    start: number;
    end: number;
    name: string;
    role: 'legislature' | 'head' | 'government' | 'other';
    country: string | null;
    house?: 'upper' | 'lower';
  }[];
  /** Where the verb's clause starts in the claim: a state named between it and the verb is the actor's. */
  clause?: number;
  /** A signature told of several states at once ("Togo and Niger sign …"): their codes, for the dossier to
   *  make each one's signature when the agreement is multilateral. */
  signers?: string[];
  /** A state's step told of both parties at once ("both countries ratified", "la ratification par les deux
   *  pays"): the dossier makes it each party's in a bilateral agreement. */
  each_party?: boolean;
  /** The name of the verb's subject when it is a person ("Kim Jong Un ratifies …"), for the dossier to find the
   *  state that person acts for elsewhere in the pile. */
  agent?: string;
}

export interface ClaimDuration {
  kind: 'indefinite' | 'fixed';
  years: number | null;
  renewal_years: number | null;
  notice: string | null;
}

export type ObligationKey = 'defense' | 'offense' | 'neutrality' | 'nonaggression' | 'consultation' | 'no_competing_commitments' | 'no_territory_use';

/** How sure a fact is (src/dossier/status): see README, "Support and status". */
export type FactStatus = 'confirmed' | 'reported' | 'disputed' | 'unknown';

/** How many reports state a fact, and how many independent sources they are (repeats count once). */
export interface Support {
  reports: number;
  independent: number;
}

/** A fact's support and status, with the reason in words (src/dossier/status); absent before it is judged. */
export interface FactStanding {
  support?: Support;
  status?: FactStatus;
  status_reason?: string;
}

export interface Obligation extends FactStanding {
  value: boolean | null;
  conditions?: string[];
  claims?: string[];
  basis?: string;
}

export type LifecycleStep =
  | 'signed'
  | 'submitted-for-ratification'
  | 'approved-by-legislature'
  | 'ratified'
  | 'instruments-exchanged'
  | 'entered-into-force'
  | 'provisionally-applied'
  | 'amended'
  | 'extended'
  | 'suspended'
  | 'terminated'
  | 'denounced'
  | 'expired';

export interface LifecycleEvent extends FactStanding {
  step: LifecycleStep;
  date: string | null;
  party: string | null;
  body: string | null;
  ref: string | null;
  place?: string | null;
  claims: string[];
  docs: string[];
  /** True when computed from the agreement's own rule, not reported (src/dossier/lifecycle/project). */
  projected?: boolean;
  /** Set when the step was taken on a protocol of the agreement ("the Senate approves the protocol"), not on
   *  the agreement itself: an event apart from the agreement's own step. */
  of?: 'protocol';
  /** The rule that dates it (a projected event) or agrees with the reported date (a reported one). */
  rule?: RuleBasis;
}

/** The rule behind a projected date: its words, the claims stating it and the events it counts from. */
export interface RuleBasis {
  /** The rule's words as the claim that decided it writes them. */
  text: string;
  /** The offset in words ("30 days after the exchange of instruments"). */
  offset: string;
  claims: string[];
  docs: string[];
  rests_on: { step: LifecycleStep | 'threshold'; date: string; party: string | null; claims: string[] }[];
}

/** A date the agreement's rules imply that no report tells of as having happened: the end of a term, the last day
 *  for notice, a withdrawal taking effect. Kept apart from the lifecycle (they may never happen). */
export interface ScheduledDate {
  what: 'expiry' | 'renewal' | 'notice-deadline' | 'withdrawal-effective';
  date: string;
  party: string | null;
  projected: true;
  rule: RuleBasis;
}

export interface Expectation {
  step: LifecycleStep;
  condition: string | null;
  claims: string[];
}

export interface ArticleRecord extends FactStanding {
  number: number;
  topics: string[];
  summary: string;
  claims: string[];
  docs: string[];
}

export interface Duration {
  kind: 'indefinite' | 'fixed' | null;
  years: number | null;
  renewal_years: number | null;
  notice: string | null;
  claims: string[];
}

export interface InstrumentRef {
  title: string;
  date: string | null;
  claims?: string[];
}

export interface Agreement {
  id: string;
  title: string;
  aliases: string[];
  /** The states bound (bilateral), or for a multilateral agreement the states the pile reports joining it. */
  parties: string[];
  /** Open to many states (a threshold of instruments, a depositary, "States Parties"): see dossier/record/multilateral.ts. */
  multilateral?: boolean;
  signed: { date: string | null; place: string | null; claims: string[] };
  article_count: number | null;
  articles: ArticleRecord[];
  obligations: Record<ObligationKey, Obligation>;
  lifecycle: LifecycleEvent[];
  expected: Expectation[];
  duration: Duration;
  supersedes: InstrumentRef[];
  related: InstrumentRef[];
  /** Events a single source asserts against all other evidence: kept out of `lifecycle`. */
  disputed_events?: (LifecycleEvent & { reason: string })[];
  /** Dates the agreement's rules imply that have not (or not yet) been reported: see ScheduledDate. */
  schedule?: ScheduledDate[];
  /** Only when the pile covers several agreements: which documents this one was built from and the evidence
   *  that set them apart from the other groups (see src/dossier/split). */
  split?: AgreementSplit;
  /** The standing of the record's fields: the signing date and place, the article count (src/dossier/status). */
  standing?: { signed_date: FactStanding; signed_place: FactStanding; article_count: FactStanding };
  /** Reports counted with another report's source (a near duplicate, the same outlet, a credited outlet), and why. */
  repeats?: { doc: string; source: string; why: string }[];
}

/** Why a pile's documents were split into this agreement's group. */
export interface AgreementSplit {
  /** Ids of the documents the agreement is built from (each document belongs to one agreement). */
  docs: string[];
  /** The names its reports gave it when reporting its signature (one per title the group holds). */
  titles: string[];
  /** The states its signature reports name (codes, else names as written); empty when fewer than two. */
  parties: string[];
  /** The signing date most of its reports give. */
  signed: string | null;
  /** What differs from the other groups: "title", "parties", "signing date". */
  separated_by: string[];
}

/** `clause`: what an article says (its periods, its trigger, what it obliges), as a report paraphrases it
 *  against the official text (src/dossier/paraphrase). */
export type ConflictSlot = 'article' | 'date' | 'place' | 'lifecycle' | 'duration' | 'party' | 'article_count' | 'clause';

export interface ConflictValue {
  value: string;
  docs: string[];
  claims: string[];
  support?: Support;
}

export interface Conflict extends FactStanding {
  slot: ConflictSlot;
  about: string;
  values: ConflictValue[];
  resolved: { value: string; basis: string } | null;
  /** Documents whose claim contradicts the resolution. */
  misstated_by?: string[];
  /** Id of the agreement whose sources disagree; set only when the pile covers several agreements (with
   *  one, every conflict is about it). */
  agreement?: string;
  /** A `clause` conflict's two passages: the official article's and each misstating report's. */
  paraphrase?: ParaphraseCheck;
}

/** A passage of a document and the words in it that decided (offsets into the document's body). */
export interface Passage {
  doc: string;
  claim: string | null;
  start: number;
  end: number;
  text: string;
  words: { text: string; start: number; end: number };
}

/** A report's paraphrase of an article checked against the official text: the official passage, and each
 *  report's passage with the reason in words. */
export interface ParaphraseCheck {
  article: number;
  official: Passage;
  reports: (Passage & { reason: string })[];
}

export interface Dossier {
  version: 1;
  generated: string;
  documents: DocumentRecord[];
  claims: Claim[];
  agreements: Agreement[];
  conflicts: Conflict[];
  warnings: Warning[];
}

/** What the whole pile holds, where a capped dossier lists only what its facts cite. */
export interface Totals {
  documents: number;
  claims: number;
  misstating: number;
}
