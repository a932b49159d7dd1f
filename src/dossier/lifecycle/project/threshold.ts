// The day a threshold of instruments was reached: the day reports give for the Nth instrument (or "the
// threshold"), else counted from the lifecycle's deposits, one per state (a state depositing again counts
// once; one that withdrew its instrument before that day not at all). Counting needs a plain count (no share
// of emissions, no mix of groups) small enough that a pile names every deposit.
import type { ClaimRule, ClaimThreshold } from '../../../types.ts';
import type { MergedEvent } from '../merge.ts';

/** Above this many instruments a pile rarely names every deposit: the day must be reported. */
const MAX_COUNTED = 10;
const EXACT = /^\d{4}-\d\d-\d\d$/;

/** A ratification told as a deposit (or accession, or as the Nth state): the day the rules count from. */
export const deposited = (e: MergedEvent) => e.observations.some((o) => /deposit|became-nth|joine?d?s?\b|accession/.test(o.cue));

export function thresholdDay(
  rule: ClaimRule,
  input: { thresholds: { threshold: ClaimThreshold; claim: string; doc: string }[]; events: MergedEvent[]; sourceOf: (doc: string) => string },
): { date: string; rests_on: { step: 'threshold' | 'ratified'; date: string; party: string | null; claims: string[] }[]; counted?: boolean } | null {
  const n = rule.threshold;
  if (!n) return null;
  const named = input.thresholds.filter((t) => t.threshold.count === n);
  const stated = named.length ? named : input.thresholds.filter((t) => t.threshold.count === null);
  if (stated.length) {
    const bySource = new Map<string, Set<string>>();
    for (const t of stated) (bySource.get(t.threshold.date) ?? bySource.set(t.threshold.date, new Set()).get(t.threshold.date)!).add(input.sourceOf(t.doc));
    const ranked = [...bySource].sort((a, b) => b[1].size - a[1].size);
    if (ranked.length > 1 && ranked[0][1].size === ranked[1][1].size) return null;
    const date = ranked[0][0];
    return { date, rests_on: [{ step: 'threshold', date, party: null, claims: stated.filter((t) => t.threshold.date === date).map((t) => t.claim) }] };
  }
  if (rule.conditional || n > MAX_COUNTED) return null;
  return counted(n, input.events);
}

function counted(n: number, events: MergedEvent[]) {
  const deposits = events
    .filter((e) => e.event.step === 'ratified' && e.event.party && EXACT.test(e.event.date ?? '') && deposited(e))
    .sort((a, b) => a.event.date!.localeCompare(b.event.date!));
  const withdrawn = new Map<string, string>();
  for (const e of events) if (e.event.step === 'denounced' && e.event.party && EXACT.test(e.event.date ?? '')) withdrawn.set(e.event.party, e.event.date!);
  const since = new Map<string, MergedEvent>();
  for (const e of deposits) {
    const day = e.event.date!;
    if (!since.has(e.event.party!)) since.set(e.event.party!, e);
    const standing = [...since].filter(([party]) => !((withdrawn.get(party) ?? '9999') <= day));
    if (standing.length >= n) {
      const rests_on = standing.map(([party, x]) => ({ step: 'ratified' as const, date: x.event.date!, party, claims: x.event.claims }));
      return { date: day, rests_on, counted: true };
    }
  }
  return null;
}
