// A local folder as a source: each file new since the last poll, or changed (another size or time), is read
// and stored like `analyze` reads files; a file is remembered by its file:// address.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestBytes } from '../ingest/index.ts';
import { listInputFiles, readInputFile } from '../runner/index.ts';
import { MAX_FAILURES } from './article.ts';
import type { PollResult, WatchContext } from './context.ts';
import { storeReports } from './reports.ts';

/** Polls a folder (or one file): stores what is new or changed in it. */
export async function pollFolder(source: string, ctx: WatchContext): Promise<PollResult> {
  const { watch } = ctx.cache.store;
  const out: PollResult = { source, stored: [], problems: [], failed: false, notModified: false, pending: 0 };
  const listed = await listInputFiles([source]);
  const unreadable = listed.warnings.filter((w) => w.level === 'error');
  if (!listed.files.length && unreadable.length) return { ...out, failed: true, problems: unreadable.map((w) => ({ where: w.file, message: w.message })) };
  const keyOf = (file: string) => pathToFileURL(resolve(file)).href;
  const rows = await watch.urls(listed.files.map(keyOf));
  for (const file of listed.files) {
    const info = await stat(file).catch(() => null);
    if (!info) continue; // gone since it was listed
    const version = `${info.size}:${Math.trunc(info.mtimeMs)}`;
    const row = rows.get(keyOf(file));
    if (row && row.item_version === version && (row.sha256 || row.failures >= MAX_FAILURES)) continue;
    const fail = async (message: string) => {
      out.problems.push({ where: file, message });
      await watch.saveUrl(keyOf(file), { item_version: version, failures: (row?.item_version === version ? row.failures : 0) + 1, last_error: message });
    };
    const read = await readInputFile(file, ctx.maxBytes);
    if (!read.bytes) {
      await fail(read.warning?.message ?? 'cannot read');
      continue;
    }
    const ingested = await ingestBytes(file, read.bytes, { maxBytes: ctx.maxBytes });
    const { stored, warnings } = await storeReports(ingested.docs, ctx, () => file);
    const errors = [...ingested.warnings, ...warnings].filter((w) => w.level === 'error');
    if (!stored.length) {
      await fail(errors[0]?.message ?? 'no report in the file');
      continue;
    }
    out.problems.push(...errors.map((w) => ({ where: w.file, message: w.message })));
    out.stored.push(...stored.filter((s) => s.fresh));
    const last = stored[stored.length - 1];
    await watch.saveUrl(keyOf(file), { sha256: last.sha256, collection: last.collection, item_version: version, failures: 0, last_error: null });
  }
  return out;
}
