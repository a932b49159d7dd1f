// The served dossier stays small however many reports back a fact: a pile is made of N copies of the
// hand-built sample dossier (every fact cited by every copy), some copies reprints, one an official text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import { toHtml } from '../export/html.ts';
import { toMarkdown } from '../export/markdown.ts';
import type { Dossier } from '../types.ts';
import { CITED_PER_FACT, compactDossier, readableDossier, SOURCES_PER_FACT, VALUES_PER_CONFLICT } from './compact.ts';

type Capped = { claims_total?: number; docs_total?: number };

/**
 * N copies of the sample: copy k's documents and claims renumbered, every fact's lists the union over the
 * copies. Copies 1, 3, 5… are near-duplicates of copy 0; the last copy's first document is the official text.
 */
function pile(copies: number): Dossier {
  const base = sampleDossier;
  const [nd, nc] = [base.documents.length, base.claims.length];
  const doc = (id: string, k: number) => `d${Number(id.slice(1)) + k * nd}`;
  const claim = (id: string, k: number) => `c${Number(id.slice(1)) + k * nc}`;
  const all = <T>(f: (k: number) => T[]) => Array.from({ length: copies }, (_, k) => f(k)).flat();
  const d: Dossier = structuredClone(base);
  d.documents = all((k) =>
    base.documents.map((x, i) => {
      const official = k === copies - 1 && i === 0;
      return {
        ...x,
        id: doc(x.id, k),
        sha256: `${k}`.padStart(8, '0') + x.sha256.slice(8),
        near_duplicate_of: k % 2 && !official ? doc(x.id, 0) : null,
        kind: official ? ('official' as const) : x.kind,
      };
    }),
  );
  d.claims = all((k) => base.claims.map((c) => ({ ...c, id: claim(c.id, k), doc: doc(c.doc, k) })));
  const widen = (fact: { claims?: string[]; docs?: string[] } | undefined) => {
    if (!fact) return;
    const [claims, docs] = [fact.claims, fact.docs];
    if (claims) fact.claims = all((k) => claims.map((id) => claim(id, k)));
    if (docs) fact.docs = all((k) => docs.map((id) => doc(id, k)));
  };
  for (const a of d.agreements) {
    [a.signed, a.duration, ...a.articles, ...Object.values(a.obligations), ...a.lifecycle, ...a.expected, ...(a.disputed_events ?? [])].forEach(widen);
  }
  for (const c of d.conflicts) {
    c.values.forEach(widen);
    const flagged = c.misstated_by ?? [];
    c.misstated_by = all((k) => flagged.map((id) => doc(id, k)));
  }
  return d;
}

const size = (d: unknown) => JSON.stringify(d).length;

test('the served dossier does not grow with the number of reports', () => {
  const small = compactDossier(pile(40));
  const large = compactDossier(pile(400));
  assert.equal(large.totals.documents, 1200);
  assert.equal(large.totals.claims, 400 * sampleDossier.claims.length);
  assert.ok(size(large) < size(small) * 1.1, `${size(large)} bytes for 400 copies vs ${size(small)} for 40`);
  assert.ok(size(large) < 40_000, `${size(large)} bytes`);
  assert.ok(size(pile(400)) > 50 * size(large), 'the full dossier is the large one');
});

test('a conflict value keeps the official text, then independent reports, and counts the rest', () => {
  const full = pile(40);
  const c = compactDossier(full);
  const value = c.conflicts[0].values.find((v) => v.value === '4')! as (typeof c.conflicts)[0]['values'][0] & Capped;
  assert.equal(value.docs.length, SOURCES_PER_FACT);
  assert.equal(value.docs_total, 80);
  assert.equal(value.claims.length, CITED_PER_FACT);
  assert.equal(value.claims_total, 80);
  const docs = new Map(c.documents.map((x) => [x.id, x]));
  assert.equal(docs.get(value.docs[0])!.kind, 'official');
  assert.ok(
    value.docs.every((id) => docs.get(id)!.near_duplicate_of === null),
    'no reprint while independent reports remain',
  );
  // Quotes come from the kept sources, one per source first.
  const quoted = value.claims.map((id) => c.claims.find((x) => x.id === id)!.doc);
  assert.ok(quoted.every((id) => value.docs.includes(id)));
  assert.equal(new Set(quoted).size, Math.min(CITED_PER_FACT, SOURCES_PER_FACT));
});

test('misstated_by names only the documents the compact conflict still shows, with the full count', () => {
  const c = compactDossier(pile(40));
  const conflict = c.conflicts[0] as (typeof c.conflicts)[0] & { misstated_total?: number };
  const shown = new Set(conflict.values.flatMap((v) => v.docs));
  assert.ok(conflict.misstated_by!.length > 0);
  assert.ok(conflict.misstated_by!.every((id) => shown.has(id)));
  assert.equal(conflict.misstated_total, 40);
  // The copies of d2 (a misstated article, a disputed amendment) and of d3 (a misstated date).
  assert.equal(c.totals.misstating, 80);
});

test('a conflict with many values keeps the resolved one and the best supported others', () => {
  const full = pile(3);
  const conflict = full.conflicts[1];
  for (let day = 1; day <= 20; day++)
    conflict.values.push({ value: `2030-08-${String(day).padStart(2, '0')}`, docs: day === 7 ? ['d1', 'd4', 'd7', 'd2', 'd5'] : ['d1'], claims: [] });
  conflict.resolved = { value: '2030-08-20', basis: 'official text' };
  const c = compactDossier(full).conflicts[1] as (typeof full.conflicts)[1] & { values_total?: number };
  assert.equal(c.values.length, VALUES_PER_CONFLICT);
  assert.equal(c.values_total, 22);
  const kept = c.values.map((v) => v.value);
  assert.ok(kept.includes('2030-08-20'), 'the resolved value');
  assert.ok(kept.includes('2030-08-07') && kept.includes('2030-09-12'), 'the best supported');
});

test('documents are the cited ones, without bodies; claims keep what quoting needs', () => {
  const full = pile(40);
  const c = compactDossier(full);
  const claimIds = new Set(c.claims.map((x) => x.id));
  const docIds = new Set(c.documents.map((x) => x.id));
  const a = c.agreements[0];
  const facts = [
    a.signed,
    a.duration,
    ...a.articles,
    ...Object.values(a.obligations),
    ...a.lifecycle,
    ...a.expected,
    ...(a.disputed_events ?? []),
    ...c.conflicts.flatMap((x) => x.values),
  ];
  for (const f of facts as { claims?: string[]; docs?: string[] }[]) {
    assert.ok((f.claims ?? []).length <= CITED_PER_FACT && (f.docs ?? []).length <= SOURCES_PER_FACT);
    for (const id of f.claims ?? []) assert.ok(claimIds.has(id), id);
    for (const id of f.docs ?? []) assert.ok(docIds.has(id), id);
  }
  assert.ok(c.documents.length < 40, `${c.documents.length} documents`);
  for (const x of c.documents) assert.ok(!('body' in x) && !('removed' in x) && !('evidence' in x));
  for (const x of c.claims) assert.deepEqual(Object.keys(x), ['id', 'doc', 'start', 'end', 'text', 'kind', 'speaker']);
  const quoted = c.claims.find((x) => x.speaker);
  assert.equal(quoted?.speaker, full.claims.find((x) => x.id === quoted?.id)?.speaker);
});

test('a small pile loses nothing but bodies and annotations', () => {
  const c = compactDossier(sampleDossier);
  assert.deepEqual(c.agreements, sampleDossier.agreements);
  assert.deepEqual(c.conflicts, sampleDossier.conflicts);
  assert.equal(c.documents.length, 3);
  assert.equal(c.totals.misstating, 2);
});

test('the readable dossier caps facts like the compact one and keeps the cited sources whole, for reports that do not grow', () => {
  const full = pile(400);
  const readable = readableDossier(full);
  const compact = compactDossier(full);
  assert.deepEqual(readable.agreements, compact.agreements);
  assert.deepEqual(
    readable.documents.map((x) => x.id),
    compact.documents.map((x) => x.id),
  );
  assert.deepEqual(
    readable.claims.map((x) => x.id),
    compact.claims.map((x) => x.id),
  );
  // Whole records: the HTML report shows each source's body with its cited sentences highlighted.
  for (const doc of readable.documents)
    assert.equal(
      doc,
      full.documents.find((x) => x.id === doc.id),
    );
  assert.deepEqual(readable.totals, compact.totals);

  const html = toHtml(readable);
  assert.ok(html.length < toHtml(pile(40)).length * 1.2, 'the report of 400 copies is no larger than that of 40');
  assert.ok(html.length * 20 < toHtml(full).length, 'and a small part of the whole report');
  assert.match(html, new RegExp(`The ${readable.documents.length} documents the facts above cite, of 1200\\.`));
  assert.match(html, new RegExp(`from 1200 documents and ${full.claims.length} claims`));
  const md = toMarkdown(readable);
  assert.match(md, new RegExp(`The ${readable.documents.length} documents the facts above cite, of 1200\\.`));
  assert.match(md, /from 1200 documents and \d+ claims/);
});
