// The agreement's duration: indefinite, or a fixed number of years with automatic renewal and notice. The
// official text decides each field it states; otherwise the independent sources vote (opinion pieces at half
// weight: a columnist's "open-ended" is rhetoric more often than a term).
import type { Claim, DocumentRecord, Duration } from '../../../types.ts';
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
  const lang = language?.toLowerCase().slice(0, 2) ?? '';
  const langs = (DURATION_CUES[lang] ? [lang] : Object.keys(DURATION_CUES)).filter((l) => DURATION_PREFILTER[l].test(claim.text));
  if (!langs.length) return null;
  let found: Omit<DurationObservation, 'claim' | 'doc' | 'kind'> & { kind: DurationObservation['kind'] | null } = { kind: null, years: null, renewal_years: null, notice: null };
  for (const l of langs) {
    const negation = LANGUAGES[l]?.guards.negation;
    for (const cue of DURATION_CUES[l]) {
      for (const m of matchesOf(cue.re, claim.text)) {
        if (negation?.test(claim.text.slice(Math.max(0, m.start - NEGATION_WINDOW), m.start))) continue;
        found = apply(found, cue, m.text, m.groups);
      }
    }
  }
  if (!found.kind) return null;
  return { ...found, kind: found.kind, claim: claim.id, doc: claim.doc };
}

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
  const official = observations.filter((o) => ctx.officialDocs.has(o.doc));
  const reports = observations.filter((o) => !ctx.officialDocs.has(o.doc));
  const field = <K extends 'kind' | 'years' | 'renewal_years' | 'notice'>(k: K): DurationObservation[K] | null =>
    weighted(official, k, ctx) ?? weighted(reports, k, ctx);
  const kind = field('kind');
  if (!kind) return { kind: null, years: null, renewal_years: null, notice: null, claims: [] };
  const years = kind === 'fixed' ? field('years') : null;
  const renewal = kind === 'fixed' ? field('renewal_years') : null;
  const notice = kind === 'fixed' ? field('notice') : null;
  const supporting = observations.filter((o) => o.kind === kind && (o.years == null || years == null || o.years === years));
  return { kind, years, renewal_years: renewal, notice, claims: [...new Set(supporting.map((o) => o.claim))] };
}

/** The value of one field most independent sources give; a source giving two values for it abstains. */
function weighted<K extends keyof DurationObservation>(obs: DurationObservation[], k: K, ctx: DurationContext): DurationObservation[K] | null {
  const bySource = new Map<string, Set<DurationObservation[K]>>();
  const weightOf = new Map<string, number>();
  for (const o of obs) {
    if (o[k] == null) continue;
    const s = ctx.sourceOf(o.doc);
    bySource.set(s, (bySource.get(s) ?? new Set()).add(o[k]));
    const w = ctx.docs.get(o.doc)?.kind === 'opinion' ? OPINION_WEIGHT : 1;
    weightOf.set(s, Math.max(weightOf.get(s) ?? 0, w));
  }
  const tally = new Map<DurationObservation[K], number>();
  for (const [s, values] of bySource) {
    if (values.size !== 1 && k !== 'notice') continue;
    const [v] = values;
    tally.set(v, (tally.get(v) ?? 0) + (weightOf.get(s) ?? 1));
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}
