// A prepared document as it arrives from a worker thread or the store is a tree of separate copies: every
// claim has its own copy of its sentence, of the document's sha256 and of eight mostly empty lists. A pile
// of 10,000 reports has about 400,000 claims, so the dossier stage would hold nearly half a gigabyte of
// duplicates. Pointing them back at one shared value halves that; the values themselves are unchanged.
import type { Claim } from '../types.ts';
import type { Prepared } from './prepare.ts';

/** One empty list for every claim that has none; frozen, so a stage that tried to fill it would fail loudly. */
const NONE: never[] = Object.freeze([]) as never[];

const LISTS = ['articles', 'article_refs', 'foreign_refs', 'dates', 'parties', 'party_mentions', 'bodies', 'features'] as const;

/** The same document with its claims sharing memory: sentences as slices of the body, one sha256, shared empty lists. */
export function shareMemory(p: Prepared): Prepared {
  const { body, sha256 } = p.doc;
  for (const claim of p.claims) {
    const c = claim as Claim & Record<(typeof LISTS)[number], unknown[]>;
    // V8 keeps a slice of a long string as a view into it, not a copy.
    if (body.slice(c.start, c.end) === c.text) c.text = body.slice(c.start, c.end);
    if (c.doc === sha256) c.doc = sha256;
    for (const key of LISTS) if (c[key]?.length === 0) c[key] = NONE;
  }
  return p;
}
