// Independent sources and votes. A near duplicate (a syndicated copy) repeats its original: it counts once.
import type { DocumentRecord } from '../../types.ts';
import { perObject } from '../memo.ts';
import type { Vote } from './types.ts';

/** doc id → the id of the document it ultimately repeats (itself when original). Once per documents array:
 *  the split and the record both ask, on every update. Read only. */
export const independentSources = perObject((docs: DocumentRecord[]): Record<string, string> => {
  const byId = new Map<string, DocumentRecord>();
  for (const d of docs) byId.set(d.id, d);
  const out: Record<string, string> = {};
  for (const d of docs) {
    let root = d;
    // A chain of copies is followed to its original; `seen` guards against a cycle (made only for a copy).
    const seen = d.near_duplicate_of ? new Set<string>() : null;
    while (root.near_duplicate_of && byId.has(root.near_duplicate_of) && !seen!.has(root.id)) {
      seen!.add(root.id);
      root = byId.get(root.near_duplicate_of)!;
    }
    out[d.id] = root.id;
  }
  return out;
});

export interface Ballot {
  value: string;
  claim: string;
  doc: string;
}

/** The value written most often (the first written of those tied). */
export function mostCommon(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return mostCounted(n);
}

/** The value with the highest count (the first of those tied). */
export function mostCounted(counts: Map<string, number>): string {
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best![0];
}

/** Groups ballots into votes; `same(a, b)` says two written values are one (default: equal). A group's label
 *  is its most common value unless `label` picks another (from each value's count, in first-written order).
 *  `valueOfBallot` reads a ballot's value (default: as written). Sorted by independent sources. */
export function tally(
  ballots: Ballot[],
  sources: Record<string, string>,
  same?: (a: string, b: string) => boolean,
  label?: (counts: Map<string, number>) => string,
  valueOfBallot: (b: Ballot) => string = (b) => b.value,
): Vote[] {
  const groups: { counts: Map<string, number>; claims: Set<string>; docs: Set<string> }[] = [];
  const groupOf = new Map<string, (typeof groups)[number]>();
  for (const b of ballots) {
    const value = valueOfBallot(b);
    let g = groupOf.get(value);
    if (!g) {
      // Equal values are found by value; only another sameness needs the values compared.
      g = same ? groups.find((x) => [...x.counts.keys()].some((v) => same(v, value))) : undefined;
      if (!g) groups.push((g = { counts: new Map(), claims: new Set(), docs: new Set() }));
      groupOf.set(value, g);
    }
    g.counts.set(value, (g.counts.get(value) ?? 0) + 1);
    g.claims.add(b.claim);
    g.docs.add(b.doc);
  }
  const votes = groups.map((g) => {
    const docs = [...g.docs];
    return {
      value: label ? label(g.counts) : mostCounted(g.counts),
      claims: [...g.claims],
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
  // The more precise values of each value (those it is a prefix of), found through prefixes, not pairs.
  const known = new Set(values);
  const finer = new Map<string, string[]>();
  for (const w of values) {
    for (let i = 0; i < w.length; i++) {
      const v = w.slice(0, i);
      if (!known.has(v)) continue;
      const list = finer.get(v);
      if (list) list.push(w);
      else finer.set(v, [w]);
    }
  }
  // The finest: those nothing is more precise than.
  const target = new Map(
    values.map((v) => {
      const finest = (finer.get(v) ?? []).filter((w) => !finer.has(w));
      return [v, finest.length === 1 ? finest[0] : v];
    }),
  );
  return tally(ballots, sources, undefined, undefined, (b) => target.get(b.value)!);
}
