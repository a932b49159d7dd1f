// Regex helpers for cue rules written in several scripts.
/** A letter (with the marks that write letters: Arabic vowel signs, Devanagari matras) or a digit, ASCII or
 *  Arabic-Indic. Not [\p{L}\p{N}], and \p{L} below becomes \p{Alphabetic}: under the i and u flags V8 computes
 *  the case closure of \p{L} at each use, and the expanded \b uses its class four times, so building the reader's
 *  patterns took a second per process (0.2 s for one long German pattern); \p{Alphabetic} and digit ranges cost
 *  next to nothing, and a letter's marks belong to its word. */
const WORD_CHAR = '[\\p{Alpha}\\d\\u0660-\\u0669\\u06F0-\\u06F9]';

/**
 * A unicode regex from a source written with `\b` and `\w`. JavaScript's `\b` and `\w` only know ASCII word
 * characters, so `\bодобрил` or `подписанн\w+` would never match; here `\w` is any letter or digit and `\b`
 * a boundary between a letter/digit and anything else. (Neither may be used inside a character class.)
 */
export function rx(source: string, flags = 'giu'): RegExp {
  return new RegExp(
    source
      // Where an alternative starts (pattern start, after "|", "(?:" or "("), every pattern's next character is a
      // letter or digit: only "no letter or digit before", a far cheaper test than the full boundary.
      .replace(/(^|\||\(\?:|\((?!\?))\\b/gu, `$1(?<!${WORD_CHAR})`)
      .replace(/\\b/g, `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`)
      .replace(/\\w/g, WORD_CHAR)
      .replace(/\\p\{L\}/g, '\\p{Alpha}'),
    flags,
  );
}

/** Alternatives written one per line, as one group: `any(a, b)` → `(?:a|b)`. */
export const any = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

/** A regex (see rx) matching any of the alternatives, written one per line. */
export const rxAny = (alternatives: string[], flags?: string): RegExp => rx(alternatives.join('|'), flags);

/** All matches of a global regex with their offsets. */
export function matchesOf(re: RegExp, text: string): { start: number; end: number; text: string; groups: (string | undefined)[] }[] {
  const out: { start: number; end: number; text: string; groups: (string | undefined)[] }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  return out;
}
