// Test helpers (used by *.test.ts only): documents made of given sentences, with the claims the reading stage
// would give them (dates, parties, bodies, articles marked by the words they span; events and duration read by
// src/read/events), and a dossier record.
import { readLifecycle } from '../../read/index.ts';
import type { BodyMention, Claim, ClaimKind, DocKind, DocumentRecord } from '../../types.ts';
import type { DossierRecord } from '../record/types.ts';

export interface SentenceSpec {
  text: string;
  kind?: ClaimKind;
  unit?: Claim['unit'];
  /** [words in the sentence, ISO value, relative?] */
  dates?: [string, string, boolean?][];
  /** [words, code] */
  parties?: [string, string][];
  /** [words, canonical name, role, country] */
  bodies?: [string, string, BodyMention['role'], string | null][];
  articles?: number[];
  /** Article numbers the sentence inherits from the one before. */
  inherited?: number[];
}

let counter = 0;

export function makeDoc(
  id: string,
  meta: { kind?: DocKind; language?: string; published?: string | null; near_duplicate_of?: string | null },
  sentences: (string | SentenceSpec)[],
): { doc: DocumentRecord; claims: Claim[] } {
  const claims: Claim[] = [];
  let body = '';
  for (const s of sentences) {
    const spec = typeof s === 'string' ? { text: s } : s;
    if (body) body += '\n';
    const start = body.length;
    body += spec.text;
    const span = (words: string) => {
      const at = spec.text.indexOf(words);
      if (at < 0) throw new Error(`«${words}» not in «${spec.text}»`);
      return { text: words, start: at, end: at + words.length };
    };
    const article_refs = [
      ...(spec.articles ?? []).map((n) => ({ text: String(n), start: 0, end: 0, number: n })),
      ...(spec.inherited ?? []).map((n) => ({ text: '', start: 0, end: 0, number: n, inherited: true })),
    ];
    const party_mentions = (spec.parties ?? []).map(([w, code]) => ({ ...span(w), code, form: 'country' }));
    claims.push({
      id: `c${++counter}`,
      doc: id,
      start,
      end: body.length,
      text: spec.text,
      kind: spec.kind ?? (spec.unit === 'heading' ? 'heading' : 'report'),
      speaker: null,
      articles: [...new Set(article_refs.map((r) => r.number))].sort((a, b) => a - b),
      article_refs,
      foreign_refs: [],
      dates: (spec.dates ?? []).map(([w, value, relative]) => ({ ...span(w), value, relative: relative ?? false })),
      parties: [...new Set(party_mentions.map((p) => p.code))].sort(),
      party_mentions,
      bodies: (spec.bodies ?? []).map(([w, name, role, country]) => ({ ...span(w), name, role, country })),
      features: [],
      unit: spec.unit ?? 'sentence',
    });
  }
  const doc: DocumentRecord = {
    id,
    file: `${id}.txt`,
    sha256: id,
    format: 'text',
    url: null,
    body,
    removed: [],
    near_duplicate_of: meta.near_duplicate_of ?? null,
    warnings: [],
    title: null,
    outlet: null,
    author: null,
    published: meta.published ?? null,
    language: meta.language ?? 'en',
    kind: meta.kind ?? 'news',
    source_type: null,
    source_state: null,
    source_evidence: '',
    evidence: {},
  };
  for (const claim of claims) Object.assign(claim, readLifecycle(claim, doc));
  return { doc, claims };
}

export function makeRecord(
  docs: DocumentRecord[],
  agreement: { parties: string[]; signed?: { date: string | null; place: string | null; claims?: string[] }; article_count?: number | null },
  extra: Partial<Omit<DossierRecord, 'agreement'>> = {},
): DossierRecord {
  const sources = Object.fromEntries(docs.map((d) => [d.id, d.near_duplicate_of ?? d.id]));
  return {
    agreement: {
      id: 'a1',
      title: 'T',
      aliases: [],
      parties: agreement.parties,
      signed: { date: agreement.signed?.date ?? null, place: agreement.signed?.place ?? null, claims: agreement.signed?.claims ?? [] },
      article_count: agreement.article_count ?? null,
      articles: [],
      obligations: {
        defense: { value: null },
        offense: { value: null },
        neutrality: { value: null },
        nonaggression: { value: null },
        consultation: { value: null },
        no_competing_commitments: { value: null },
        no_territory_use: { value: null },
      },
      lifecycle: [],
      expected: [],
      duration: { kind: null, years: null, renewal_years: null, notice: null, claims: [] },
      supersedes: [],
      related: [],
    },
    official: null,
    alignments: [],
    evidence: { signedDate: [], signedPlace: [], articleCount: [] },
    sources,
    partyNames: {},
    otherInstrumentClaims: [],
    ...extra,
  };
}
