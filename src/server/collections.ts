// The collections a server holds in memory, each loaded from the store on its first use (or at start, when
// preloaded) and kept: every request for a collection shares the one load.
import { availableParallelism } from 'node:os';
import type { OutletRegister } from '../meta/index.ts';
import { type Preparer, workerPreparer } from '../runner/index.ts';
import type { Store } from '../store/index.ts';
import { Collection } from './collection.ts';
import { fail } from './errors.ts';
import { OUTLETS_SETTING, startingOutlets, UserOutlets } from './outlets.ts';
import { warmUp } from './warm.ts';

const COLLECTION_NAME = /^[\w.-]{1,64}$/;

let shared: Preparer | null = null;

/** The process's pool for uploads: reports are read on worker threads, off the event loop that answers the
 *  other requests, each under a time budget (src/runner/prepare-pool.ts). One worker per core but one, at
 *  least one and at most two; started by the first upload or warm-up, and idle workers keep no process alive. */
export function uploadPreparer(): Preparer {
  shared ??= workerPreparer({ size: Math.max(1, Math.min(2, availableParallelism() - 1)) });
  return shared;
}

export class Collections {
  private loading = new Map<string, Promise<Collection>>();
  private ready = new Map<string, Collection>();
  /** The user's outlet register in force, read once (./outlets.ts) before the first collection loads. */
  private outletsRead: Promise<UserOutlets> | null = null;
  private outletsNow = new UserOutlets(null, null);

  constructor(
    private store: Store,
    private preparer: Preparer = uploadPreparer(),
    /** The register a file names at start (`serve --outlets`): it wins over the stored one. */
    private outletsFile: OutletRegister | null = null,
  ) {}

  /** The user's outlet register in force; a failed read of the stored one is forgotten so the next call tries again. */
  outlets(): Promise<UserOutlets> {
    if (!this.outletsRead) {
      const read = startingOutlets(this.store, this.outletsFile).then((outlets) => (this.outletsNow = outlets));
      this.outletsRead = read;
      read.catch(() => {
        if (this.outletsRead === read) this.outletsRead = null;
      });
    }
    return this.outletsRead;
  }

  /** Replaces the user's register (already checked), keeps it in the store, and types every collection held or
   *  loading under it. Resolves once their dossiers show it. */
  async replaceOutlets(user: OutletRegister): Promise<UserOutlets> {
    await this.outlets();
    await this.store.settings.save(OUTLETS_SETTING, user);
    this.outletsNow = new UserOutlets(user, 'store');
    this.outletsRead = Promise.resolve(this.outletsNow);
    // A collection still loading may have typed some documents under the register before: it is typed again.
    await Promise.all(
      [...this.loading.values()].map((loading) =>
        loading.then(
          (c) => c.retype(),
          () => {},
        ),
      ),
    );
    return this.outletsNow;
  }

  /** The collection, loaded once; a failed load is forgotten so the next request tries again. A warmed one
   *  has run an update's code once before it is served (./warm.ts). */
  get(name = 'default', warm = false): Promise<Collection> {
    if (!COLLECTION_NAME.test(name)) fail(400, 'collection names are 1–64 letters, digits, "_", "-" or "."');
    let c = this.loading.get(name);
    if (!c) {
      const typing = () => this.outletsNow.options;
      c = this.outlets()
        .then(() => Collection.load(this.store, name, this.preparer, typing))
        .then(async (loaded) => {
          if (warm) await warmUp(loaded, this.preparer);
          return loaded;
        });
      this.loading.set(name, c);
      c.then(
        (loaded) => this.ready.set(name, loaded),
        () => this.loading.delete(name),
      );
    }
    return c;
  }

  /** The collection if it is in memory already, without waiting. */
  loaded(name: string): Collection | undefined {
    return this.ready.get(name);
  }

  /** Starts loading (and warming) these collections now, so their first reader does not wait for the store
   *  and their first upload is no slower than the next. */
  preload(names: readonly string[]): void {
    for (const name of names) this.get(name, true).catch(() => {});
  }
}
