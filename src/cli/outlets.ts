// The user's outlet register: read from `--outlets FILE` or, without the flag, from the file PACTWATCH_OUTLETS
// names. The file is JSON: { "outlets": [{ "names": [...], "domains": [...], "type": "...", "state": "XX" }],
// "defaults": true } (README.md, "Outlet register"). Validation is the meta stage's; reading is this adapter's.
import { readFile } from 'node:fs/promises';
import { type OutletRegister, registerProblems } from '../meta/index.ts';

export const OUTLETS_ENV = 'PACTWATCH_OUTLETS';

/** The register the flag or the environment names, or null when neither does; throws on an unreadable or malformed file. */
export async function loadOutletRegister(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<OutletRegister | null> {
  const file = flag ?? env[OUTLETS_ENV];
  if (!file) return null;
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`outlet register ${file}: ${(error as Error).message}`);
  }
  const problems = registerProblems(value);
  if (problems.length) throw new Error(`outlet register ${file}: ${problems.join('; ')}`);
  return value as OutletRegister;
}
