// Documents for the store tests and bench, with claims from a plain sentence split: enough structure
// to check offsets and search without the reader. No node:test here: child processes import it.
import { createHash } from 'node:crypto';
import type { NewClaim, NewDocument } from '../../src/store/index.ts';

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One claim per sentence-like run of text, offsets as the reader gives them. */
export function sentenceClaims(body: string): NewClaim[] {
  const claims: NewClaim[] = [];
  for (const m of body.matchAll(/[^\s.!?][^.!?]*[.!?]?/gu)) {
    const text = m[0].trimEnd();
    claims.push({
      start: m.index!,
      end: m.index! + text.length,
      text,
      kind: 'report',
      speaker: null,
      articles: [],
      article_refs: [],
      foreign_refs: [],
      dates: [],
      parties: [],
      party_mentions: [],
      bodies: [],
      features: [{ cue: 'test', weight: 1, text: text.split(' ')[0] }],
      unit: 'sentence',
    });
  }
  return claims;
}

export function documentOf(file: string, body: string, overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    file,
    sha256: sha(body),
    format: 'text',
    url: null,
    title: body.split('\n')[0].slice(0, 120),
    outlet: null,
    author: null,
    published: null,
    language: 'en',
    kind: 'news',
    source_type: null,
    source_state: null,
    source_evidence: 'nothing in the report shows who publishes it',
    evidence: {},
    body,
    removed: [],
    warnings: [],
    signature: [1, 2, 4294967295],
    ...overrides,
  };
}
