// Clean stage: RawDocument → body + removed[] (one named detector per kind of junk).
import type { CleanedDocument, RawDocument } from '../types.ts';

export function cleanDocument(raw: RawDocument): CleanedDocument {
  const body = raw.text ?? raw.html ?? '';
  return { body, removed: [], header: [], hints: raw.hints };
}
