// Matching names of states and places across scripts and case endings: "Германии" is Germany, "Берлине" is
// Berlin, "Port-Louis" is Port Louis. Sources in several languages name the same thing differently.
import { CYRILLIC_LATIN as CYRILLIC } from '../../text/index.ts';

/** Keys already computed: the same few names are compared many times over a large pile. */
const KEYS = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** Lower-case Latin letters and digits only: "Port-Louis" → "portlouis", "Берлин" → "berlin". */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= KEY_CACHE_SIZE) KEYS.clear();
    KEYS.set(name, (key = computeKey(name)));
  }
  return key;
}

function computeKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[а-яё]/g, (c) => CYRILLIC[c] ?? c)
    .replace(/[^a-z0-9]/g, '');
}

/** Longest common prefix two keys must share: case endings change a name's last letters only. */
const MIN_SHARED = 0.75;
const MIN_LENGTH = 4;

/** Same name, allowing another script and a case ending ("Germany" ~ "Германии", "Berlin" ~ "Берлине"). */
export function sameName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) < MIN_LENGTH) return false;
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared >= MIN_SHARED * Math.min(x.length, y.length) && Math.max(x.length, y.length) - shared <= 3;
}
