// Independent sources and votes. A near duplicate (a syndicated copy) repeats its original: it counts once.
import type { DocumentRecord } from '../../types.ts';
import type { Vote } from './types.ts';

/** doc id → the id of the document it ultimately repeats (itself when original). */
export function independentSources(docs: DocumentRecord[]): Record<string, string> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out: Record<string, string> = {};
  for (const d of docs) {
    let root = d;
    const seen = new Set<string>();
    while (root.near_duplicate_of && byId.has(root.near_duplicate_of) && !seen.has(root.id)) {
      seen.add(root.id);
      root = byId.get(root.near_duplicate_of)!;
    }
    out[d.id] = root.id;
  }
  return out;
}

export interface Ballot {
  value: string;
  claim: string;
  doc: string;
}

/** The value written most often. */
export function mostCommon(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0][0];
}

/** Groups ballots into votes; `same(a, b)` says two written values are one (default: equal). A group's label
 *  is its most common value unless `label` picks another. Sorted by independent sources. */
export function tally(
  ballots: Ballot[],
  sources: Record<string, string>,
  same: (a: string, b: string) => boolean = (a, b) => a === b,
  label?: (values: string[]) => string,
): Vote[] {
  const groups: { values: Set<string>; ballots: Ballot[] }[] = [];
  const groupOf = new Map<string, (typeof groups)[number]>();
  for (const b of ballots) {
    let g = groupOf.get(b.value) ?? groups.find((x) => [...x.values].some((v) => same(v, b.value)));
    if (!g) groups.push((g = { values: new Set(), ballots: [] }));
    g.values.add(b.value);
    groupOf.set(b.value, g);
    g.ballots.push(b);
  }
  const votes = groups.map(({ ballots: g }) => {
    const docs = [...new Set(g.map((b) => b.doc))];
    const values = g.map((b) => b.value);
    return {
      value: label ? label(values) : mostCommon(values),
      claims: [...new Set(g.map((b) => b.claim))],
      docs,
      sources: new Set(docs.map((d) => sources[d] ?? d)).size,
    };
  });
  return votes.sort((a, b) => b.sources - a.sources || b.claims.length - a.claims.length);
}

/** Dates are one value when one is a less precise form of the other (2031-03 and 2031-03-14). Only a value
 *  with a single more precise compatible value is merged into it. */
export function tallyDates(ballots: Ballot[], sources: Record<string, string>): Vote[] {
  const values = [...new Set(ballots.map((b) => b.value))];
  const target = (v: string) => {
    const finer = values.filter((w) => w !== v && w.startsWith(v));
    const finest = finer.filter((w) => !finer.some((x) => x !== w && x.startsWith(w)));
    return finest.length === 1 ? finest[0] : v;
  };
  return tally(ballots.map((b) => ({ ...b, value: target(b.value) })), sources);
}
