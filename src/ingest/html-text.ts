// Whether an HTML page shows any text at all. Broken markup (unclosed tags) is normal on the web and is the
// HTML parser's problem, not ingest's; a page with nothing but markup and scripts is worth a warning.

/** Elements whose content is never shown as page text; an unclosed one runs to the end, as in a browser. */
const INVISIBLE = /<(script|style|template|noscript|svg|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** True when, after dropping comments, invisible elements, tags and entities, a letter or digit remains. */
export function hasVisibleText(html: string): boolean {
  const visible = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(?:#\d+|#x[\da-f]+|\w+);/gi, ' ');
  return /[\p{L}\p{N}]/u.test(visible);
}
