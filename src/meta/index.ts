// Meta stage: title, outlet, author, published, language, kind, each from explainable evidence (one module per
// field). Language goes first: the date parsers follow it. A field the document does not support is null.
import type { CleanedDocument, DocumentMeta, RawDocument } from '../types.ts';
import { findAuthor } from './author.ts';
import { buildContext } from './context.ts';
import { findKind, type SegmentsIn } from './kind.ts';
import { detectLanguage } from './language.ts';
import { findOutlet } from './outlet.ts';
import { findPublished } from './published.ts';
import { DEFAULT_REGISTER, sourceOf } from './source/index.ts';
import { findTitle } from './title.ts';

export type { SegmentsIn } from './kind.ts';
export { dayKeys, type PileDate, type PileDays, pileDays, yearFromPile } from './pile-year.ts';
export { DEFAULT_REGISTER, mergeRegisters, nameKey, type OutletRegister, registerProblems, retypeSource } from './source/index.ts';

/** `segmentsIn`: the body's segments in a language, from the caller that reads them once for meta and claims. */
export function extractMeta(raw: RawDocument, cleaned: CleanedDocument, segmentsIn?: SegmentsIn): DocumentMeta {
  const language = detectLanguage(cleaned.body, cleaned.hints);
  const ctx = buildContext(cleaned, language.value);
  const title = findTitle(ctx);
  const outlet = findOutlet(ctx);
  const author = findAuthor(ctx, outlet.value);
  const published = findPublished(ctx);
  const read = findKind(ctx, title.value, segmentsIn);
  const url = cleaned.hints.url ?? raw.hints.url ?? null;
  const input = {
    outlet: outlet.value,
    outletEvidence: outlet.evidence,
    kind: read.value,
    language: language.value,
    url,
    body: cleaned.body,
    removed: cleaned.removed,
  };
  const source = sourceOf(input, { register: DEFAULT_REGISTER });
  // A research body publishes analyses (or factboxes), never news or columns: its paper is kind "other".
  const kind =
    source.type === 'research' && (read.value === 'news' || read.value === 'opinion')
      ? { value: 'other' as const, evidence: `other: a research body's paper (${source.evidence}); not ${read.evidence}` }
      : read;
  return {
    title: title.value,
    outlet: outlet.value,
    author: author.value,
    published: published.value,
    language: language.value,
    kind: kind.value,
    source_type: source.type,
    source_state: source.state,
    source_evidence: source.evidence,
    evidence: {
      title: title.evidence,
      outlet: outlet.evidence,
      author: author.evidence,
      published: published.evidence,
      language: language.evidence,
      kind: kind.evidence,
    },
    ...(published.day ? { published_day: published.day } : {}),
  };
}
