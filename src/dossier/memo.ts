// Caches for what the dossier stage reads from one document's claims or one sentence. The stage runs over the
// whole pile on every update (a server adding one report to 10,000 recomputes the dossier): what depends only
// on a document's claims is read once per run of them (see ./runs.ts; assembleDossier gives an unchanged
// document's claims the same objects), and an identical sentence (a syndicated copy, boilerplate) once per
// text. All are pure: a cached call returns what the computation would. Cached values are shared: read only.

import type { Claim } from '../types.ts';

/** Every per-object memo keeps its value in one slot of the object's single entry here: one weak entry per
 *  object, however many memos read it (each weak entry costs the garbage collector). */
const ENTRIES = new WeakMap<object, unknown[]>();
let slots = 0;

function entryOf(key: object): unknown[] {
  let entry = ENTRIES.get(key);
  if (!entry) ENTRIES.set(key, (entry = []));
  return entry;
}

/** `compute` once per object, kept as long as the object lives. Claims and runs are treated as immutable. */
export function perObject<K extends object, V extends {} | null>(compute: (key: K) => V): (key: K) => V {
  const slot = slots++;
  return (key) => {
    const entry = entryOf(key);
    let value = entry[slot] as V | undefined;
    if (value === undefined) entry[slot] = value = compute(key);
    return value;
  };
}

/** Like perObject, for a value that also depends on a second argument (a claim read in its document depends
 *  on the document's language and date): recomputed unless `same` says the argument is as last time. */
export function perObjectIn<K extends object, C, V>(compute: (key: K, arg: C) => V, same: (a: C, b: C) => boolean): (key: K, arg: C) => V {
  const slot = slots++;
  return (key, arg) => {
    const entry = entryOf(key);
    const hit = entry[slot] as { arg: C; value: V } | undefined;
    if (hit && (hit.arg === arg || same(hit.arg, arg))) return hit.value;
    const value = compute(key, arg);
    entry[slot] = { arg, value };
    return value;
  };
}

/** The same items in the same order: how a cache checks a list it was given last time. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Claims by id, built once per claims array: every step of one dossier looks claims up in the same pile. */
export const claimsById = perObject((claims: Claim[]): Map<string, Claim> => new Map(claims.map((c) => [c.id, c])));

/** Texts a per-text cache keeps before it starts over: enough for the repeated sentences of a large pile,
 *  bounded for a long-running server. */
const TEXTS_KEPT = 50_000;

/** `compute` once per distinct text (of the last TEXTS_KEPT). */
export function perText<V extends {} | null>(compute: (text: string) => V): (text: string) => V {
  const memo = new Map<string, V>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= TEXTS_KEPT) memo.clear();
      memo.set(text, (value = compute(text)));
    }
    return value;
  };
}

/** Like perText, for a function of a text and a language (and a flag, such as whether the text is a heading):
 *  one cache per language and flag. */
export function perTextIn<V extends {} | null>(
  compute: (text: string, language: string | null, flag: boolean) => V,
): (text: string, language: string | null, flag?: boolean) => V {
  const caches = new Map<string | null, Map<boolean, (text: string) => V>>();
  return (text, language, flag = false) => {
    let byFlag = caches.get(language);
    if (!byFlag) caches.set(language, (byFlag = new Map()));
    let cache = byFlag.get(flag);
    if (!cache) byFlag.set(flag, (cache = perText((t) => compute(t, language, flag))));
    return cache(text);
  };
}
