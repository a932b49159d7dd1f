// Test helper (used by *.test.ts only): a plain-text report as the ingest stage gives it.
import { createHash } from 'node:crypto';
import type { RawDocument } from '../types.ts';

/** A plain-text report named `file`, keyed by the sha256 of its text as ingest keys it. */
export const rawText = (file: string, text: string): RawDocument => ({
  file,
  sha256: createHash('sha256').update(text).digest('hex'),
  format: 'text',
  text,
  html: null,
  hints: {},
  charset: 'UTF-8',
  warnings: [],
});
