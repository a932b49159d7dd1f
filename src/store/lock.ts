// One process at a time per embedded store: PGlite opens a data folder without any lock of its own, and
// two processes writing one folder corrupt it. A lock file holds the owner's pid; a lock left by a
// killed process (pid no longer alive) is taken over, so a killed run can simply be started again.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'pactwatch.lock';

/** Folders this process has open: a second open in the same process is refused too. */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function owner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock on `dir` (which must exist); returns its release function. */
export function lockDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const inUse = () =>
    new Error(`the store ${dir} is in use by process ${owner(path) ?? process.pid}; stop it first (or delete ${path} if no such process runs)`);
  if (held.has(dir)) throw inUse();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(dir);
      return () => {
        held.delete(dir);
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = owner(path);
      if (pid !== null && pid !== process.pid && alive(pid)) throw inUse();
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw inUse();
}
