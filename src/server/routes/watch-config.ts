// What to watch, kept in the store (issue 16): GET /api/watch/config gives the stored config (an empty one
// while none was saved) in the config file's JSON form, so what GET gives PUT takes back. PUT replaces it after
// the same checks as `pactwatch watch --config` (parseConfig). Write routes' token rule applies (app.ts).
import { isAbsolute } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../../store/index.ts';
import { configJson, isWebAddress, parseConfig, UNSORTED, type WatchConfig } from '../../watch/index.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';

/** Largest config accepted: thousands of agreements and sources fit. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The stored watch config, or the empty one (no agreement, no source, unsorted pile "unsorted"). */
export async function storedWatchConfig(store: Store): Promise<WatchConfig> {
  const stored = await store.watch.config();
  return parseConfig(stored?.config ?? {});
}

/** The collection the UI lists apart as unsorted: the stored config's, else "unsorted" (also when the stored
 *  config no longer reads: the home page still shows). */
export async function unsortedCollection(store: Store): Promise<string> {
  const stored = await store.watch.config();
  try {
    return parseConfig(stored?.config ?? {}).unsorted;
  } catch {
    return UNSORTED;
  }
}

/** A config sent to the API: parseConfig's checks, and its folders absolute (the file's folder, against which
 *  the command resolves relative ones, does not exist here). Throws one sentence. */
export function configFromApi(body: unknown): WatchConfig {
  const config = parseConfig(body);
  const i = config.sources.findIndex((s) => !isWebAddress(s) && !isAbsolute(s));
  if (i >= 0) {
    throw new Error(
      `"sources"[${i}] ("${config.sources[i]}") must be an http(s) address or an absolute folder path: through the API there is no config file folder to resolve a relative one against`,
    );
  }
  return config;
}

export function watchConfigRoutes(store: Store): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.get('/watch/config', async (c) => c.json(configJson(await storedWatchConfig(store))));
  api.put('/watch/config', bodyLimit({ maxSize: MAX_CONFIG_BYTES, onError: () => fail(413, `config larger than ${MAX_CONFIG_BYTES} bytes`) }), async (c) => {
    if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) fail(415, 'send the config as application/json');
    const body = await c.req.json().catch(() => fail(400, 'malformed JSON body'));
    let config: WatchConfig;
    try {
      config = configFromApi(body);
    } catch (error) {
      fail(400, (error as Error).message);
    }
    const json = configJson(config);
    await store.watch.saveConfig(json);
    return c.json(json);
  });
  return api;
}
