// The agreement's duration: indefinite, or a fixed number of years with automatic renewal and notice, from what
// each claim states (src/read/events reads it). The official text decides each field it states; otherwise the independent sources vote (opinion pieces at half
// weight: a columnist's "open-ended" is rhetoric more often than a term).
import type { Claim, DocumentRecord, Duration } from '../../../types.ts';

/** One claim's statement of the duration (read by src/read/events), with where it comes from. */
export interface DurationObservation {
  kind: 'indefinite' | 'fixed';
  years: number | null;
  renewal_years: number | null;
  notice: string | null;
  claim: string;
  doc: string;
}

const OPINION_WEIGHT = 0.5;

export function observeDuration(claim: Pick<Claim, 'id' | 'doc' | 'duration'>): DurationObservation | null {
  const d = claim.duration;
  // Written out field by field: every observation has the same shape, which keeps reading many of them fast.
  return d ? { kind: d.kind, years: d.years, renewal_years: d.renewal_years, notice: d.notice, claim: claim.id, doc: claim.doc } : null;
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
