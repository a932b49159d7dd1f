// The variables every route of the app reads from its context: how to reach a collection by name.
import type { Collection } from './collection.ts';

export interface AppEnv {
  Variables: { collection: (name?: string) => Promise<Collection> };
}
