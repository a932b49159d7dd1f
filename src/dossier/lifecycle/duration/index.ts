// The agreement's duration: indefinite, or a fixed number of years with automatic renewal and notice. The
// official text decides each field it states; otherwise the independent sources vote (opinion pieces at half
// weight: a columnist's "open-ended" is rhetoric more often than a term).
import type { Claim, DocumentRecord, Duration } from '../../../types.ts';
import { perTextIn } from '../../memo.ts';
import { LANGUAGES } from '../cues/index.ts';
import { numberValue } from '../numbers.ts';
import { matchesOf } from '../regex.ts';
import { DURATION_CUES, DURATION_PREFILTER, type DurationCue } from './cues.ts';

export interface DurationObservation {
  kind: 'indefinite' | 'fixed';
  years: number | null;
  renewal_years: number | null;
  notice: string | null;
  claim: string;
  doc: string;
}

const OPINION_WEIGHT = 0.5;
/** Negation this close before a cue cancels it ("is not open-ended"). */
const NEGATION_WINDOW = 12;

export function observeDuration(claim: Pick<Claim, 'id' | 'doc' | 'text'>, language: string | null): DurationObservation | null {
  const found = mayStateDuration(claim.text, language) ? durationIn(claim.text, language) : null;
  // Written out field by field: every observation has the same shape, which keeps reading many of them fast.
  return found && { kind: found.kind, years: found.years, renewal_years: found.renewal_years, notice: found.notice, claim: claim.id, doc: claim.doc };
}

/** The languages whose duration cues the text may hold: its own (else all), if it has one of their words. */
function languagesFor(text: string, language: string | null): string[] {
  return cueLanguages(language).filter((l) => DURATION_PREFILTER[l].test(text));
}

const mayStateDuration = (text: string, language: string | null) => cueLanguages(language).some((l) => DURATION_PREFILTER[l].test(text));

const ALL_LANGUAGES = Object.keys(DURATION_CUES);
const OWN_LANGUAGE = new Map(ALL_LANGUAGES.map((l) => [l, [l]]));
/** A document's language if it has duration cues, else all that have. */
const cueLanguages = (language: string | null) => OWN_LANGUAGE.get(language?.toLowerCase().slice(0, 2) ?? '') ?? ALL_LANGUAGES;

/** What a sentence says of the duration, once per sentence and language. */
const durationIn = perTextIn((text: string, language: string | null): Omit<DurationObservation, 'claim' | 'doc'> | null => {
  const langs = languagesFor(text, language);
  let found: Omit<DurationObservation, 'claim' | 'doc' | 'kind'> & { kind: DurationObservation['kind'] | null } = { kind: null, years: null, renewal_years: null, notice: null };
  for (const l of langs) {
    const negation = LANGUAGES[l]?.guards.negation;
    for (const cue of DURATION_CUES[l]) {
      for (const m of matchesOf(cue.re, text)) {
        if (negation?.test(text.slice(Math.max(0, m.start - NEGATION_WINDOW), m.start))) continue;
        found = apply(found, cue, m.text, m.groups);
      }
    }
  }
  return found.kind ? { ...found, kind: found.kind } : null;
});

function apply(d: Omit<DurationObservation, 'claim' | 'doc' | 'kind'> & { kind: DurationObservation['kind'] | null }, cue: DurationCue, text: string, groups: (string | undefined)[]) {
  const n = numberValue(groups.find((g) => g) ?? '');
  switch (cue.what) {
    case 'indefinite':
      return { ...d, kind: d.kind ?? ('indefinite' as const) };
    case 'years':
      return n ? { ...d, kind: 'fixed' as const, years: d.years ?? n } : d;
    case 'renewal':
      // A term that renews is a fixed term.
      return n ? { ...d, kind: 'fixed' as const, renewal_years: d.renewal_years ?? n } : d;
    case 'notice':
      return { ...d, notice: d.notice ?? text.replace(/^\s*(?:at\s+least\s+)/iu, '').trim() };
  }
}

export interface DurationContext {
  docs: Map<string, Pick<DocumentRecord, 'kind'>>;
  officialDocs: Set<string>;
  sourceOf: (doc: string) => string;
}

export function decideDuration(observations: DurationObservation[], ctx: DurationContext): Duration {
  const official = bySource(ctx.officialDocs.size ? observations.filter((o) => ctx.officialDocs.has(o.doc)) : [], ctx);
  const reports = bySource(ctx.officialDocs.size ? observations.filter((o) => !ctx.officialDocs.has(o.doc)) : observations, ctx);
  const field = <K extends Field>(k: K): DurationObservation[K] | null => weighted(official, k) ?? weighted(reports, k);
  const kind = field('kind');
  if (!kind) return { kind: null, years: null, renewal_years: null, notice: null, claims: [] };
  const years = kind === 'fixed' ? field('years') : null;
  const renewal = kind === 'fixed' ? field('renewal_years') : null;
  const notice = kind === 'fixed' ? field('notice') : null;
  const claims = new Set<string>();
  for (const o of observations) if (o.kind === kind && (o.years == null || years == null || o.years === years)) claims.add(o.claim);
  return { kind, years, renewal_years: renewal, notice, claims: [...claims] };
}

type Field = 'kind' | 'years' | 'renewal_years' | 'notice';
const FIELDS: Field[] = ['kind', 'years', 'renewal_years', 'notice'];
type Value = DurationObservation[Field];
/** Per field, the values each independent source gives (in the order given) and its weight. */
type BySource = Record<Field, { values: Map<string, Set<Value>>; weight: Map<string, number> }>;

function bySource(obs: DurationObservation[], ctx: DurationContext): BySource {
  const fields = FIELDS.map(() => ({ values: new Map<string, Set<Value>>(), weight: new Map<string, number>() }));
  // A document's observations come together: its source and weight are looked up once.
  let doc: string | null = null;
  let source = '';
  let weight = 1;
  const current: (Set<Value> | null)[] = FIELDS.map(() => null);
  for (const o of obs) {
    if (o.doc !== doc) {
      doc = o.doc;
      source = ctx.sourceOf(doc);
      weight = ctx.docs.get(doc)?.kind === 'opinion' ? OPINION_WEIGHT : 1;
      current.fill(null);
    }
    const given = [o.kind, o.years, o.renewal_years, o.notice];
    for (let k = 0; k < given.length; k++) {
      const v = given[k];
      if (v == null) continue;
      let values = current[k];
      if (!values) {
        const field = fields[k];
        field.weight.set(source, Math.max(field.weight.get(source) ?? 0, weight));
        values = field.values.get(source) ?? null;
        if (!values) field.values.set(source, (values = new Set()));
        current[k] = values;
      }
      values.add(v);
    }
  }
  return Object.fromEntries(FIELDS.map((k, i) => [k, fields[i]])) as BySource;
}

/** The value of one field most independent sources give; a source giving two values for it abstains. */
function weighted<K extends Field>(sources: BySource, k: K): DurationObservation[K] | null {
  const { values: bySource, weight } = sources[k];
  const tally = new Map<Value, number>();
  for (const [s, values] of bySource) {
    if (values.size !== 1 && k !== 'notice') continue;
    const v = values.values().next().value as Value;
    tally.set(v, (tally.get(v) ?? 0) + (weight.get(s) ?? 1));
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  return (ranked[0]?.[0] ?? null) as DurationObservation[K] | null;
}
