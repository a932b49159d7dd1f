// `pactwatch analyze`: arguments → analyze → rendered dossier on a file or stdout.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkPublisherUrl, FORMATS, type Format, renderChunks } from '../../export/index.ts';
import { openCache } from '../../runner/index.ts';
import { analyze } from '../analyze.ts';
import { loadOutletRegister } from '../outlets.ts';
import { writeChunks } from '../write.ts';

export interface AnalyzeFlags {
  format?: string;
  out?: string;
  db?: string;
  'no-store'?: boolean;
  collection?: string;
  'max-bytes'?: string;
  quiet?: boolean;
  outlets?: string;
  'publisher-url'?: string;
}

export async function runAnalyze(paths: string[], flags: AnalyzeFlags): Promise<number> {
  if (paths.length === 0) {
    console.error('pactwatch analyze: name at least one file or folder');
    return 2;
  }
  const format = (flags.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) {
    console.error(`pactwatch analyze: --format must be one of ${FORMATS.join(', ')}`);
    return 2;
  }
  const maxBytes = flags['max-bytes'] ? Number(flags['max-bytes']) : undefined;
  if (maxBytes !== undefined && !(maxBytes > 0)) {
    console.error('pactwatch analyze: --max-bytes takes a positive number');
    return 2;
  }
  const publisher = flags['publisher-url'] ?? process.env.PACTWATCH_PUBLISHER_URL ?? null;
  let publisherUrl: string | null = null;
  try {
    publisherUrl = publisher ? checkPublisherUrl(publisher) : null;
  } catch (error) {
    console.error(`pactwatch analyze: --publisher-url: ${(error as Error).message}`);
    return 2;
  }
  if (format === 'claimreview' && !publisherUrl && !flags.quiet) {
    console.error('pactwatch analyze: no --publisher-url (or PACTWATCH_PUBLISHER_URL): the reviews have no url, which Google requires');
  }
  const outlets = await loadOutletRegister(flags.outlets);
  const cache = flags['no-store'] ? null : await openCache(flags.db);
  try {
    const { dossier, failedFiles } = await analyze({ paths, maxBytes, quiet: flags.quiet, collection: flags.collection, cache, outlets });
    for (const w of dossier.warnings) console.error(`${w.level}: ${w.file}: ${w.message}`);
    if (flags.out) {
      await mkdir(dirname(resolve(flags.out)), { recursive: true });
      await writeChunks(renderChunks(dossier, format, { publisherUrl }), createWriteStream(flags.out));
      if (!flags.quiet) console.error(`dossier (${format}) of ${dossier.documents.length} documents written to ${resolve(flags.out)}`);
    } else {
      await writeChunks(renderChunks(dossier, format, { publisherUrl }), process.stdout, false);
    }
    return failedFiles.length ? 1 : 0;
  } finally {
    await cache?.close();
  }
}
