// The user's outlet register as the server applies it: the file `serve --outlets` (or PACTWATCH_OUTLETS) names,
// else the one last PUT to /api/outlets and kept in the store, else none (the bundled register alone). A file
// given at start wins over the stored one for that run: the operator named it on purpose. PUT replaces both in
// memory and keeps its register in the store, so a restart without a file, and the next server, apply it.
import { DEFAULT_REGISTER, type OutletRegister, registerProblems } from '../meta/index.ts';
import { type SourceOptions, sourceOptions } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';

/** The store setting (src/store/settings.ts) that keeps the register PUT through the API. */
export const OUTLETS_SETTING = 'outlet-register';

/** Where the user's register in force came from. */
export type RegisterOrigin = 'file' | 'store' | null;

export class UserOutlets {
  /** How a held document is typed; null when no user's register is given (the stored typing stands). */
  readonly options: SourceOptions | null;

  constructor(
    readonly user: OutletRegister | null,
    readonly from: RegisterOrigin,
  ) {
    this.options = user ? sourceOptions(user) : null;
  }

  /** GET /api/outlets: the user's register, where it came from, and the register in force (merged). */
  json(): { user: OutletRegister | null; from: RegisterOrigin; merged: OutletRegister } {
    return { user: this.user, from: this.from, merged: this.options?.register ?? DEFAULT_REGISTER };
  }
}

/** The register in force at start: the file's, else the stored one. A stored value that no longer passes the
 *  checks (written by hand, or by a later version) is reported and left aside rather than failing every load. */
export async function startingOutlets(store: Store, file: OutletRegister | null): Promise<UserOutlets> {
  if (file) return new UserOutlets(file, 'file');
  const stored = await store.settings.get(OUTLETS_SETTING);
  if (!stored) return new UserOutlets(null, null);
  const problems = registerProblems(stored.value);
  if (!problems.length) return new UserOutlets(stored.value as OutletRegister, 'store');
  console.error(`the outlet register kept in the store is left aside: ${problems.join('; ')}`);
  return new UserOutlets(null, null);
}
