// A compact dossier for serving: the agreement record and conflicts with a few sources per fact, only the
// documents those references name (without bodies), and counts of the rest. Its size depends on the number
// of facts, not of reports: the bench's 1,000 and 10,000 reports both serve ~240 KB (25 KB with brotli);
// bodies and spans are one request away (GET /api/documents/:sha), everything else in the full dossier
// (GET /api/dossier?full=1).
//
// Fields the compact form adds to the spec's dossier (each `*_total` only where a list was cut):
//   compact: true
//   totals: { documents, claims, misstating }  — counts in the full dossier; `misstating` is the number of
//     documents that misstate a resolved conflict or assert a disputed event
//   <fact>.claims_total      — evidence claims the fact has in full (signed, articles, obligations, lifecycle,
//                              conflict values, …), when more than CITED_PER_FACT
//   <fact>.docs_total        — documents the fact cites in full (its `docs`, or its claims' documents when it
//                              has no `docs`), whenever its claims or docs were cut
//   conflict.values_total    — values the conflict has in full (the resolved value is always kept)
//   conflict.misstated_total — documents in the full `misstated_by`
// Claims keep what a reader needs to quote and find them (id, doc, start, end, text, kind, speaker; their
// annotations are in GET /api/documents/:sha); documents lose body, removed, evidence and format.
import { perObject } from '../dossier/index.ts';
import { misstatements, SHOWN_SOURCES, unsupported } from '../export/index.ts';
import type { Agreement, Claim, Conflict, DocumentRecord, Dossier, Totals } from '../types.ts';

/** Evidence claims kept per fact (and per conflict value): a quote from each source kept. */
export const CITED_PER_FACT = 8;
/** Documents kept per fact that lists its documents (articles, lifecycle events, conflict values): as many as
 *  a reader is shown per side of a conflict, so a pile of a few reports loses nothing the page shows. */
export const SOURCES_PER_FACT = SHOWN_SOURCES;
/** Values kept per conflict: the resolved one and the best supported others. A reader compares a few sides;
 *  a pile of synthetic or garbled reports can give one slot a hundred values. */
export const VALUES_PER_CONFLICT = 5;

export type CompactClaim = Pick<Claim, 'id' | 'doc' | 'start' | 'end' | 'text' | 'kind' | 'speaker'>;
export type CompactDocument = Omit<DocumentRecord, 'body' | 'removed' | 'evidence' | 'format'>;

export interface CompactDossier extends Omit<Dossier, 'documents' | 'claims'> {
  compact: true;
  totals: Totals;
  documents: CompactDocument[];
  claims: CompactClaim[];
}

type Fact = { claims?: string[]; claims_total?: number; docs?: string[]; docs_total?: number };

/** The number in a dossier id (`d12`, `c345`), or -1: read from its characters, since a compact dossier of a
 *  large pile looks up hundreds of thousands of ids on every update. */
function idNumber(id: string): number {
  if (id.length < 2) return -1;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Position of a record by id: dossier ids are `d1…`/`c1…` in order (checked), else a map built once. */
function positions<T extends { id: string }>(list: readonly T[]): (id: string) => number {
  let byId: Map<string, number> | null = null;
  return (id) => {
    const i = idNumber(id) - 1;
    if (list[i]?.id === id) return i;
    byId ??= new Map(list.map((x, j) => [x.id, j]));
    return byId.get(id) ?? -1;
  };
}

/**
 * The first `max` elements of `list` by bucket (lower is better), in list order within a bucket. One pass,
 * stopping as soon as the best bucket any element can reach (`top`) is full: a fact of a large pile lists
 * tens of thousands of claims.
 */
function best<T>(list: readonly T[], max: number, bucketOf: (x: T) => number, top: number): T[] {
  const buckets: T[][] = [];
  for (const x of list) {
    const bucket = (buckets[bucketOf(x)] ??= []);
    if (bucket.length < max) bucket.push(x);
    if (buckets[top]?.length === max) break;
  }
  return buckets.flat().slice(0, max);
}

/** Caps every fact of one dossier, collecting the ids the compact form has to carry. */
class Capper {
  readonly claims = new Set<string>();
  readonly docs = new Set<string>();
  private docAt: (id: string) => number;
  private claimAt: (id: string) => number;
  /** The best rank a source of this dossier has: 1 when there is no official text. */
  private top: number;

  constructor(private d: Dossier) {
    this.docAt = positions(d.documents);
    this.claimAt = positions(d.claims);
    this.top = d.documents.some((x) => x.kind === 'official') ? 0 : 1;
  }

  /**
   * Which sources to keep first: the official text, then independent reports, then near-duplicates (a
   * reprint adds no independent support).
   */
  rank(docId: string): number {
    const doc = this.d.documents[this.docAt(docId)];
    return !doc ? 3 : doc.kind === 'official' ? 0 : doc.near_duplicate_of ? 2 : 1;
  }

  docOf(claimId: string): string | undefined {
    return this.d.claims[this.claimAt(claimId)]?.doc;
  }

  /** How many documents the claims come from (a document's claims mostly follow each other). */
  documentsOf(claims: readonly string[]): number {
    const docs = new Set<string>();
    let last: string | undefined;
    for (const id of claims) {
      const doc = this.docOf(id);
      if (doc && doc !== last) docs.add((last = doc));
    }
    return docs.size;
  }

  /**
   * A fact with its documents cut to the best ranked few, then its claims: those in the kept documents
   * first, and one per document before a second from any, so the few quotes come from as many sources as
   * they can. The full counts go along where a list was cut; an uncut fact is returned as it is.
   */
  fact = <F extends Fact>(fact: F): F => {
    const { docs, claims } = fact;
    const out: F = { ...fact };
    if (docs && docs.length > SOURCES_PER_FACT) out.docs = best(docs, SOURCES_PER_FACT, (id) => this.rank(id), this.top);
    if (claims && claims.length > CITED_PER_FACT) {
      const kept = new Set(out.docs ?? []);
      const quoted = new Set<string>();
      out.claims = best(
        claims,
        CITED_PER_FACT,
        (id) => {
          const doc = this.docOf(id) ?? '';
          const again = quoted.has(doc) ? 1 : (quoted.add(doc), 0);
          return (kept.size && !kept.has(doc) ? 8 : 0) + again * 4 + this.rank(doc);
        },
        this.top,
      );
      out.claims_total = claims.length;
    }
    if (out.docs === docs && out.claims === claims) return fact;
    out.docs_total = docs ? docs.length : this.documentsOf(claims ?? []);
    return out;
  };

  /** Every fact of an agreement capped; the agreement's own fields as they are. */
  agreement(a: Agreement): Agreement {
    return {
      ...a,
      signed: this.fact(a.signed),
      duration: this.fact(a.duration),
      articles: a.articles.map(this.fact),
      obligations: Object.fromEntries(Object.entries(a.obligations).map(([k, o]) => [k, this.fact(o)])) as Agreement['obligations'],
      lifecycle: a.lifecycle.map(this.fact),
      expected: a.expected.map(this.fact),
      supersedes: a.supersedes.map(this.fact),
      related: a.related.map(this.fact),
      ...(a.disputed_events ? { disputed_events: a.disputed_events.map(this.fact) } : {}),
    };
  }

  /** The resolved value and the values most documents support, in their order, each capped. */
  conflict(c: Conflict): Conflict {
    const out: Conflict & { values_total?: number; misstated_total?: number } = { ...c };
    if (c.values.length > VALUES_PER_CONFLICT) {
      const resolved = c.resolved?.value.trim();
      const support = (v: Conflict['values'][number]) => (v.value.trim() === resolved ? Infinity : v.docs.length);
      const chosen = new Set([...c.values].sort((a, b) => support(b) - support(a)).slice(0, VALUES_PER_CONFLICT));
      out.values = c.values.filter((v) => chosen.has(v));
      out.values_total = c.values.length;
    }
    out.values = out.values.map(this.fact);
    if (c.misstated_by) {
      const shown = new Set(out.values.flatMap((v) => v.docs));
      out.misstated_by = c.misstated_by.filter((id) => shown.has(id));
      if (out.misstated_by.length < c.misstated_by.length) out.misstated_total = c.misstated_by.length;
    }
    return out;
  }

  /** Records every id a capped fact still names. */
  collect(facts: Fact[]): void {
    for (const f of facts) {
      f.docs?.forEach((id) => this.docs.add(id));
      f.claims?.forEach((id) => this.claims.add(id));
    }
  }

  claimsKept(): Claim[] {
    return [...this.claims]
      .map(this.claimAt)
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)
      .map((i) => this.d.claims[i]);
  }
}

const claimOf = (c: Claim): CompactClaim => ({ id: c.id, doc: c.doc, start: c.start, end: c.end, text: c.text, kind: c.kind, speaker: c.speaker });

function documentOf(x: DocumentRecord): CompactDocument {
  const { body, removed, evidence, format, ...rest } = x;
  return rest;
}

const factsOf = (a: Agreement): Fact[] => [
  a.signed,
  a.duration,
  ...a.articles,
  ...Object.values(a.obligations),
  ...a.lifecycle,
  ...a.expected,
  ...a.supersedes,
  ...a.related,
  ...(a.disputed_events ?? []),
];

/** Every fact of `d` capped, with the claims and documents the capped facts still name. Once per dossier: a
 *  server's compact form and its Markdown and HTML reports of a large pile are capped alike. Read only. */
const capped = perObject((d: Dossier): { agreements: Agreement[]; conflicts: Conflict[]; claims: Claim[]; docIds: Set<string>; totals: Totals } => {
  const capper = new Capper(d);
  const agreements = d.agreements.map((a) => capper.agreement(a));
  const conflicts = d.conflicts.map((c) => capper.conflict(c));
  capper.collect([...agreements.flatMap(factsOf), ...conflicts.flatMap((c) => c.values)]);
  const claims = capper.claimsKept();
  const docIds = new Set([...capper.docs, ...claims.map((c) => c.doc)]);
  // Who misstates needs only the documents (claims only add quotes), so the lookup skips the claims.
  const bare = { ...d, claims: [] };
  const misstating = new Set([...misstatements(bare), ...unsupported(bare)].map((x) => x.doc.id)).size;
  return { agreements, conflicts, claims, docIds, totals: { documents: d.documents.length, claims: d.claims.length, misstating } };
});

/** Shares every unchanged object with `d`: neither is modified afterwards. */
export function compactDossier(d: Dossier): CompactDossier {
  const { agreements, conflicts, claims, docIds, totals } = capped(d);
  return {
    ...d,
    compact: true,
    totals,
    documents: d.documents.filter((x) => docIds.has(x.id)).map(documentOf),
    claims: claims.map(claimOf),
    agreements,
    conflicts,
  };
}

/**
 * The dossier a report for people shows (the Markdown and HTML exports of a server's collection): its facts
 * capped as in the compact form, with the documents and claims they cite whole, bodies included, since the
 * HTML export shows each source with its cited sentences highlighted. The full exports of 10,000 reports are
 * 65 MB of Markdown and 104 MB of HTML; this one stays a few hundred kilobytes.
 */
export function readableDossier(d: Dossier): Dossier & { totals: Totals } {
  const { agreements, conflicts, claims, docIds, totals } = capped(d);
  return { ...d, totals, documents: d.documents.filter((x) => docIds.has(x.id)), claims, agreements, conflicts };
}
