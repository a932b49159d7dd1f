// Test fixtures: documents and claims built by hand, the way the reading stage would produce them.
import type { Claim, ClaimKind, DocKind, DocumentRecord } from '../../types.ts';

export function makeDoc(id: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    file: `${id}.txt`,
    sha256: id,
    format: 'text',
    url: null,
    body: '',
    removed: [],
    near_duplicate_of: null,
    warnings: [],
    title: null,
    outlet: null,
    author: null,
    published: null,
    language: 'en',
    kind: 'news' as DocKind,
    source_type: null,
    source_state: null,
    source_evidence: '',
    evidence: {},
    ...over,
  };
}

export interface ClaimSpec {
  /** Article numbers the claim cites; `inherited` marks them as continued from the claim before. */
  articles?: number[];
  inherited?: boolean;
  /** Dates as [text in the claim, ISO value]. */
  dates?: [string, string][];
  /** Party mentions as [text in the claim, code]. */
  parties?: [string, string][];
  kind?: ClaimKind;
  start?: number;
}

export function makeClaim(id: string, doc: string, text: string, spec: ClaimSpec = {}): Claim {
  const at = (s: string) => Math.max(0, text.indexOf(s));
  const party_mentions = (spec.parties ?? []).map(([t, code]) => ({ text: t, start: at(t), end: at(t) + t.length, code, form: 'country' }));
  const start = spec.start ?? 0;
  return {
    id,
    doc,
    start,
    end: start + text.length,
    text,
    kind: spec.kind ?? 'report',
    speaker: null,
    articles: [...new Set(spec.articles ?? [])].sort((a, b) => a - b),
    article_refs: (spec.articles ?? []).map((n) => ({ number: n, text: `Article ${n}`, start: 0, end: 0, inherited: spec.inherited ?? false })),
    foreign_refs: [],
    dates: (spec.dates ?? []).map(([t, value]) => ({ text: t, value, start: at(t), end: at(t) + t.length })),
    parties: [...new Set(party_mentions.map((p) => p.code))].sort(),
    party_mentions,
    bodies: [],
    features: [],
    unit: spec.kind === 'heading' ? 'heading' : 'sentence',
  };
}
