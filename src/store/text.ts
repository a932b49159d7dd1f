// PostgreSQL text cannot hold U+0000, and its JSON parser rejects unpaired surrogates (which
// JSON.stringify writes as \udXXX escapes). Both become U+FFFD: one UTF-16 code unit for one, so
// every offset into a body stays valid.
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
const BAD = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function pgSafe(s: string): string {
  return SUSPECT.test(s) ? s.replace(BAD, '\uFFFD') : s;
}

/** JSON for a json/jsonb parameter, every string made safe for PostgreSQL. */
export function toPgJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? pgSafe(v) : v));
}
