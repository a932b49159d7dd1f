// The browser the UI tests drive with playwright-core: a system Chromium when one is installed and starts (Debian's
// chromium-headless-shell in CI), else the Chromium that @sparticuz/chromium ships inside its npm package, so a
// machine with nothing but Node runs them too. PACTWATCH_BROWSER chooses: unset or `auto` (system first, then the
// bundled one), `bundled` (the package's only, as on a fresh machine), `system` (a system one only), or the path
// of a Chromium executable.
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

const SYSTEM = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Launched {
  browser: Browser;
  /** Which browser it is: `system`, `bundled` or `PACTWATCH_BROWSER`, and its executable. */
  kind: 'system' | 'bundled' | 'env';
  executable: string;
}

interface Candidate {
  kind: Launched['kind'];
  executable: () => Promise<string>;
  env?: () => Promise<Record<string, string>>;
}

/** Starts the first browser that works in the chosen order; throws with every candidate's failure when none does. */
export async function launchBrowser(timeout: number): Promise<Launched> {
  const choice = process.env.PACTWATCH_BROWSER || 'auto';
  const candidates: Candidate[] = [];
  if (choice === 'auto' || choice === 'system') {
    for (const path of SYSTEM.filter((p) => existsSync(p))) candidates.push({ kind: 'system', executable: async () => path });
  }
  if (choice === 'auto' || choice === 'bundled') {
    candidates.push({ kind: 'bundled', executable: bundledChromium, env: () => bundledEnv(false) });
    candidates.push({ kind: 'bundled', executable: bundledChromium, env: () => bundledEnv(true) });
  }
  if (!['auto', 'system', 'bundled'].includes(choice)) candidates.push({ kind: 'env', executable: async () => choice });
  if (candidates.length === 0) throw new Error(`PACTWATCH_BROWSER=${choice}: no system Chromium found (looked for ${SYSTEM.join(', ')})`);

  const failures: string[] = [];
  for (const candidate of candidates) {
    let executable = '?';
    try {
      executable = await candidate.executable();
      const env = candidate.env ? { ...(process.env as Record<string, string>), ...(await candidate.env()) } : undefined;
      const browser = await chromium.launch({ executablePath: executable, args: ARGS, timeout, env });
      return { browser, kind: candidate.kind, executable };
    } catch (e) {
      failures.push(`${candidate.kind} ${executable}: ${(e as Error).message.split('\n').slice(0, 6).join(' | ')}`);
    }
  }
  throw new Error(`no browser started (PACTWATCH_BROWSER=${choice}):\n${failures.join('\n')}`);
}

/** The package's folder (its exports name only its code). */
function sparticuzRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium')));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'bin'))) dir = dirname(dir);
  return dir;
}

let bundled: Promise<string> | null = null;

/**
 * The bundled Chromium, unpacked once per version into the temp folder. The package's executablePath() unpacks into
 * os.tmpdir() itself (/tmp/chromium, whatever its version); it is pointed at a staging folder of this process, which
 * is then renamed into place, so a half-unpacked or older browser is never used and test processes don't collide.
 */
function bundledChromium(): Promise<string> {
  bundled ??= (async () => {
    const root = sparticuzRoot();
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const uid = process.getuid?.() ?? 0;
    const dir = join(tmpdir(), `pactwatch-chromium-${version}-${uid}`);
    if (existsSync(join(dir, 'complete'))) return join(dir, 'chromium');
    const staging = `${dir}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const { default: Chromium } = await import('@sparticuz/chromium');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
      await Chromium.executablePath(join(root, 'bin'));
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    writeFileSync(join(staging, 'complete'), `${version}\n`);
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process got there first
      if (!existsSync(join(dir, 'complete'))) throw new Error(`could not unpack the bundled Chromium into ${dir}`);
    }
    return join(dir, 'chromium');
  })();
  return bundled;
}

/**
 * What the bundled Chromium needs beyond the executable: fonts when the system has no fontconfig setup, and, with
 * `libraries` (tried when it would not start without), the libraries the package ships for Amazon Linux (libexpat,
 * NSS), for a system that lacks them.
 */
async function bundledEnv(libraries: boolean): Promise<Record<string, string>> {
  const dir = dirname(await bundledChromium());
  const env: Record<string, string> = {};
  if (!existsSync('/etc/fonts/fonts.conf')) {
    const conf = join(dir, 'fonts-pactwatch.conf');
    if (!existsSync(conf)) {
      writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'fonts-cache')}</cachedir></fontconfig>\n`);
    }
    env.FONTCONFIG_FILE = conf;
  }
  if (libraries) {
    const lib = join(dir, 'al2023', 'lib');
    if (!existsSync(join(lib, 'libexpat.so.1'))) await untar(join(sparticuzRoot(), 'bin', 'al2023.tar.br'), join(dir, 'al2023'));
    env.LD_LIBRARY_PATH = [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  return env;
}

/** Unpacks a brotli-compressed tar of plain files (the package's al2023.tar.br) into `into`. */
async function untar(file: string, into: string): Promise<void> {
  const chunks: Buffer[] = [];
  await pipeline(createReadStream(file), createBrotliDecompress(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  });
  const tar = Buffer.concat(chunks);
  for (let at = 0; at + 512 <= tar.length; ) {
    const field = (from: number, to: number) => tar.toString('latin1', at + from, at + to).replace(/\0.*$/s, '');
    const name = field(0, 100);
    if (!name) break;
    const size = Number.parseInt(field(124, 136).trim() || '0', 8);
    const type = String.fromCharCode(tar[at + 156]);
    if ((type === '0' || type === '\0') && !name.includes('..')) {
      const path = join(into, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, tar.subarray(at + 512, at + 512 + size), { mode: 0o755 });
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
}
