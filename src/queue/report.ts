// A report's bytes as the job that prepares it.
import { createHash } from 'node:crypto';
import type { MetaHints } from '../types.ts';
import type { PrepareJob } from './jobs.ts';

export function prepareJob(collection: string | null, file: string, bytes: Uint8Array, hints?: MetaHints): PrepareJob {
  const buffer = Buffer.from(bytes);
  return {
    collection,
    file,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    bytes: buffer.toString('base64'),
    ...(hints ? { hints } : {}),
  };
}
