// PostgreSQL text cannot hold U+0000, and its JSON parser rejects unpaired surrogates (which
// JSON.stringify writes as \udXXX escapes). Both become U+FFFD: one UTF-16 code unit for one, so
// every offset into a body stays valid.

/** ES2024 string methods (Node 20 has them; the TypeScript lib here is ES2023). */
type WellFormed = { isWellFormed(): boolean; toWellFormed(): string };

export function pgSafe(s: string): string {
  const whole = (s as unknown as WellFormed).isWellFormed() ? s : (s as unknown as WellFormed).toWellFormed();
  return whole.includes('\u0000') ? whole.replaceAll('\u0000', '\uFFFD') : whole;
}

// JSON.stringify writes U+0000 as \u0000 and an unpaired surrogate as \udXXX (a pair as itself). So
// these escapes, when not themselves escaped (an even run of backslashes before them), are the
// characters to replace. Fixing the JSON text after one native stringify is
// several times faster than a replacer function called for every value of a bulk write.
const BAD_ESCAPE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/g;

/** JSON for a json/jsonb parameter, every string made safe for PostgreSQL. */
export function toPgJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\u') ? json.replace(BAD_ESCAPE, '$1\\ufffd') : json;
}
