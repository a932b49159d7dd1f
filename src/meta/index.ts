// Meta stage: title, outlet, author, published, language, kind, each from explainable evidence.
import type { CleanedDocument, DocumentMeta, RawDocument } from '../types.ts';

export function extractMeta(raw: RawDocument, cleaned: CleanedDocument): DocumentMeta {
  return { title: null, outlet: null, author: null, published: null, language: null, kind: 'news', evidence: {} };
}
