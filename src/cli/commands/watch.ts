// `pactwatch watch`: arguments and config file → a watch session (src/watch) polled once or on an interval.
// Without --config the config kept in the store (PUT /api/watch/config, or --save-config) stands in for the file.
// Each stored report is one line on stdout naming its address and collection; each problem one line on stderr.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../../ingest/index.ts';
import { openStore } from '../../store/index.ts';
import { configJson, isWebAddress, openWatchSession, type PollResult, parseConfig, pollAll, type WatchConfig, watchForever } from '../../watch/index.ts';

export interface WatchFlags {
  once?: boolean;
  config?: string;
  'save-config'?: boolean;
  interval?: string;
  'allow-private-network'?: boolean;
  db?: string;
  collection?: string;
  'max-bytes'?: string;
  quiet?: boolean;
}

/** Seconds between polls when neither --interval nor the config says. */
export const DEFAULT_INTERVAL_S = 300;

/** The config kept in the store (its JSON and where the store is); an empty config while none was saved. */
async function storedConfigJson(db: string | undefined): Promise<{ json: unknown; location: string }> {
  const store = await openStore(db);
  try {
    return { json: (await store.watch.config())?.config ?? {}, location: store.location };
  } finally {
    await store.close();
  }
}

function parseStored(stored: { json: unknown; location: string }): WatchConfig {
  try {
    return parseConfig(stored.json);
  } catch (error) {
    throw new Error(`the config kept in the store at ${stored.location}: ${(error as Error).message} (replace it: PUT /api/watch/config)`);
  }
}

/** The config file, its relative folder sources resolved against its own folder. */
async function loadConfig(file: string): Promise<WatchConfig> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`--config ${file}: ${(error as Error).message}`);
  }
  let config: WatchConfig;
  try {
    config = parseConfig(json);
  } catch (error) {
    throw new Error(`--config ${file}: ${(error as Error).message}`);
  }
  const here = dirname(resolve(file));
  return { ...config, sources: config.sources.map((s) => (isWebAddress(s) ? s : resolve(here, s))) };
}

function describe(s: PollResult['stored'][number]): string {
  const why = s.agreement ? `about "${s.agreement}": ${s.reason}` : s.reason;
  return `stored ${s.url} in ${s.collection} (${why})`;
}

export async function runWatch(positionals: string[], flags: WatchFlags): Promise<number> {
  const usage = (message: string) => {
    console.error(`pactwatch watch: ${message}`);
    return 2;
  };
  if (flags['save-config'] && !flags.config) return usage('--save-config keeps the --config file in the store: give --config FILE');
  // Read before the try: a store that cannot be opened is a failure (1), not a usage error (2).
  const stored = flags.config ? null : await storedConfigJson(flags.db);
  let config: WatchConfig;
  try {
    config = stored ? parseStored(stored) : await loadConfig(flags.config!);
  } catch (error) {
    return usage((error as Error).message);
  }
  // Kept as the file gave it (folders made absolute), before --collection overrides this run's unsorted pile.
  const toSave = flags['save-config'] ? configJson(config) : null;
  const sources = [...new Set([...positionals, ...config.sources])];
  if (!sources.length)
    return usage('name at least one feed, sitemap or folder (or list them under "sources" in --config, or in the stored config: PUT /api/watch/config)');
  const interval = flags.interval === undefined ? (config.interval ?? DEFAULT_INTERVAL_S) : Number(flags.interval);
  if (!(interval > 0)) return usage('--interval takes a positive number of seconds');
  const maxBytes = flags['max-bytes'] ? Number(flags['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) return usage('--max-bytes takes a positive number');
  if (flags.collection !== undefined) config = { ...config, unsorted: flags.collection };
  if (!/^[\w.-]{1,64}$/.test(config.unsorted)) return usage('--collection takes 1–64 letters, digits, "_", "-" or "."');

  const policy = {
    allowPrivateNetwork: !!flags['allow-private-network'],
    maxBytes,
    ...(config.hostInterval === null ? {} : { hostIntervalMs: config.hostInterval * 1000 }),
  };
  const session = await openWatchSession({ db: flags.db, config, policy });
  let failed = false;
  const report = (r: PollResult) => {
    for (const s of r.stored) console.log(describe(s));
    for (const p of r.problems) console.error(`${r.failed ? 'error' : 'warning'}: ${p.where}: ${p.message}`);
    failed ||= r.failed;
    if (flags.quiet || r.failed) return;
    const state = r.notModified ? 'not modified' : `${r.stored.length} new report(s)${r.pending ? `, ${r.pending} more next poll` : ''}`;
    console.error(`${r.source}: ${state}`);
  };
  try {
    if (toSave) await session.cache.store.watch.saveConfig(toSave);
    if (flags.once) {
      await pollAll(sources, session, report);
      return failed ? 1 : 0;
    }
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    if (!flags.quiet)
      console.error(
        `watching ${sources.length} source(s) every ${interval} s (${config.agreements.length} agreement(s) followed; others go to ${config.unsorted}); Ctrl-C stops`,
      );
    try {
      await watchForever(sources, session, { intervalMs: interval * 1000, signal: stop.signal, onResult: report });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  } finally {
    await session.close();
  }
}
