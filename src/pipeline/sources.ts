// Source types under the user's outlet register, for every adapter that assembles a dossier (`analyze`, the
// server). The pipeline types every document with the bundled register only, and that typing is what the store
// keeps (with the pipeline's version, which the user's file is no part of): a stored reading stays valid whatever
// register a run is given, and two runs with different registers share the store. A user's register is applied
// on top, to every document alike, freshly read or loaded: retypeSource reads the same record fields
// prepareDocument's typing read (outlet and its evidence, kind, language, address, body, removed text), so the
// result equals a reading with that register from the start. Without one, the stored typing stands (the store
// loader types rows older than source types itself: src/runner/cache.ts).
import { DEFAULT_REGISTER, mergeRegisters, type OutletRegister, retypeSource } from '../meta/index.ts';
import type { Prepared } from './prepare.ts';

export type SourceOptions = Parameters<typeof retypeSource>[1];

/** How documents are typed under a user's register: merged over the bundled one, its own entries deciding. */
export function sourceOptions(user: OutletRegister | null): SourceOptions {
  return { register: mergeRegisters(DEFAULT_REGISTER, user), overrides: user };
}

/**
 * The document typed under `options`; the very same item when its type, state and evidence do not change, so a
 * server that keeps a pile between assemblies keeps what the dossier stage read from it (src/pipeline/assemble.ts).
 */
export function withSource(item: Prepared, options: SourceOptions): Prepared {
  const typed = retypeSource(item.doc, options);
  const { doc } = item;
  if (typed.source_type === doc.source_type && typed.source_state === doc.source_state && typed.source_evidence === doc.source_evidence) return item;
  return { ...item, doc: { ...doc, ...typed } };
}

/** The pile typed under the user's register; unchanged without one. */
export function withSources(items: Prepared[], user: OutletRegister | null): Prepared[] {
  if (!user) return items;
  const options = sourceOptions(user);
  return items.map((item) => withSource(item, options));
}
