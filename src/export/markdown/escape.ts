// Report text is untrusted: in Markdown it must stay text, never emphasis, links, tables, HTML or footnotes.

/** Inline characters CommonMark and GFM give meaning to: escapes, code, emphasis, links and footnotes, raw HTML,
 *  table cells, strikethrough, entities, and heading markers. Parentheses only matter after "]", escaped here. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;

/** A line that starts like a list item, block quote or ordered list would become one. */
const BLOCK_START = /^([-+=]|\d+[.)])/;

/** One line of inline Markdown that renders exactly as `text`: newlines fold to spaces (keeps tables intact);
 *  `atLineStart` also escapes what would open a block there. */
export function escapeMarkdown(text: string, atLineStart = false): string {
  const flat = text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(INLINE_SPECIAL, '\\$&');
  return atLineStart ? flat.replace(BLOCK_START, (m) => m.replace(/[-+=.)]/, '\\$&')) : flat;
}

/** An autolink for a web address, or the address as escaped text when it is not a plain http(s) URL. */
export function markdownUrl(url: string): string {
  return /^https?:\/\/[^\s<>"`]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}
