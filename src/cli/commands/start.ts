// `pactwatch start` (npm start): analyze examples/ into the embedded store, build the web UI when it is
// missing or older than its sources, serve both, and print the address to open.
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCache } from '../../runner/index.ts';
import { analyze } from '../analyze.ts';
import { type Running, startServer, untilStopped, WEB_DIR } from './serve.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const WEB_SOURCES = [join(ROOT, 'web'), join(ROOT, 'vite.config.ts')];

export interface StartFlags {
  db?: string;
  port?: string;
  host?: string;
  collection?: string;
  quiet?: boolean;
  /** The user's outlet register, as for serve (the examples are stored typed by the bundled one alone). */
  outlets?: string;
}

/** Newest modification time (ms) of a file, or of any file under a folder. */
async function newest(path: string): Promise<number> {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const names = await readdir(path, { recursive: true });
  return Math.max(stat.mtimeMs, ...names.map((name) => statSync(join(path, name)).mtimeMs));
}

/** Builds the web UI (vite, a dev dependency) into dist/web unless a build newer than its sources is there. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<void> {
  const index = join(WEB_DIR, 'index.html');
  if (existsSync(index)) {
    const sources = Math.max(...(await Promise.all(WEB_SOURCES.map(newest))));
    if (statSync(index).mtimeMs >= sources) return;
  }
  log('building the web UI (vite)…');
  const vite = await import('vite');
  await vite.build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function runStart(flags: StartFlags): Promise<number> {
  const log = (line: string) => console.error(line);
  await ensureWebBuilt(log);
  // The examples get a collection of their own, so reports a user drops on the front page make a dossier of
  // their own instead of being merged with the example treaty.
  const collection = flags.collection ?? 'examples';
  const cache = await openCache(flags.db);
  let running: Running;
  try {
    const { dossier } = await analyze({ paths: [join(ROOT, 'examples')], quiet: flags.quiet, collection, cache });
    for (const w of dossier.warnings) log(`${w.level}: ${w.file}: ${w.message}`);
    log(`analyzed ${dossier.documents.length} example reports into the ${cache.store.kind} store at ${cache.store.location}`);
    running = await startServer({ port: flags.port, host: flags.host, outlets: flags.outlets }, cache.store, [collection, 'default']);
  } catch (error) {
    await cache.close();
    throw error;
  }
  const examples = `${running.url}?collection=${encodeURIComponent(collection)}`;
  console.log(
    [
      `Pactwatch is running. Home page: ${running.url}`,
      "  every collection in the store (the examples among them): its agreement's stage, newest event and open conflicts",
      `The example treaty's dossier: ${examples}`,
      'Drop reports on the home page to build their dossier. (Ctrl+C stops the server)',
    ].join('\n'),
  );
  await untilStopped(running);
  return 0;
}
