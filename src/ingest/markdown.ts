// Markdown → the plain text every later stage reads (claim offsets point into it), with markdown-it's parse:
// marks and link targets out, words in. Blocks are laid out as the HTML extractor lays out a page's
// (clean/html/render.ts): paragraphs, headings, quotes and code apart by a blank line, list items "- " (or their
// number) and table rows one per line, so a report reads the same as .md and as .html. Links keep their words in
// the text and their targets in `links`; a YAML front matter's title, date, author, url and language are hints.
import MarkdownIt, { type Token } from 'markdown-it';
import type { DocumentLink, MetaHints } from '../types.ts';

/** Containers (quotes, lists) nested deeper than this are beyond markdown-it, which drops their text: such a file
 *  is read as plain text, with a warning. */
export const MAX_MARKDOWN_NESTING = 100;
/** Raw HTML is allowed in Markdown: its tags are dropped and its text kept. Bare URLs stay text (no linkify);
 *  typographic replacements would change the report's own characters. */
const OPTIONS = { html: true, linkify: false, typographer: false, maxNesting: MAX_MARKDOWN_NESTING }; // maxNesting: untyped
const parser = new MarkdownIt(OPTIONS);

/** Characters that start inline markup. markdown-it tries its rules at each (1 MB of "[" takes seconds, of prose a
 *  tenth of one); prose, even with tables, has a few percent. Beyond this share a file is not prose: it is read
 *  as plain text, with a warning, so that its work stays bounded. */
const MARKUP_CHARACTERS = /[[\]*_`|<~\\]/g;
export const MAX_MARKUP_SHARE = 0.2;

export interface MarkdownText {
  text: string;
  links: DocumentLink[];
  hints: MetaHints;
  /** Why the file was read as plain text rather than as Markdown, or null. */
  warning: string | null;
}

/** Between table cells: a dash, which a timeline line may use after its date ("12 May 2031 – Signed"), where a
 *  bar would make a row of short cells look like a navigation menu to the clean stage. */
const CELL_SEPARATOR = ' – ';

/** `---` … `---` (or `...`) at the very top: a static site's metadata, not the report's text. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** Front-matter keys read as hints (lower case), first match wins. */
const FRONT_MATTER_KEYS: Record<keyof Pick<MetaHints, 'title' | 'published' | 'author' | 'url' | 'language' | 'outlet'>, string[]> = {
  title: ['title', 'headline'],
  published: ['date', 'published', 'pubdate', 'published_at'],
  author: ['author', 'authors', 'byline'],
  url: ['url', 'link', 'canonical_url', 'canonical'],
  language: ['lang', 'language'],
  outlet: ['outlet', 'publisher', 'source', 'site'],
};
/** One `key: value` line of YAML, the value a plain or quoted scalar. */
const YAML_SCALAR = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}

/** The hints a front matter states, and the text after it. Only top-level scalar lines are read: a list or a
 *  nested map under a key leaves that key unread. */
function frontMatter(source: string): { rest: string; hints: MetaHints } {
  const m = FRONT_MATTER.exec(source);
  if (!m?.[1].split('\n').some((line) => YAML_SCALAR.test(line))) return { rest: source, hints: {} };
  const values = new Map<string, string>();
  for (const line of m[1].split('\n')) {
    const kv = YAML_SCALAR.exec(line);
    const value = kv ? unquote(kv[2]).trim() : '';
    if (kv && value && !values.has(kv[1].toLowerCase())) values.set(kv[1].toLowerCase(), value);
  }
  const hints: MetaHints = {};
  for (const [hint, keys] of Object.entries(FRONT_MATTER_KEYS) as [keyof MetaHints, string[]][]) {
    const key = keys.find((k) => values.has(k));
    if (key) hints[hint] = values.get(key)!;
  }
  return { rest: source.slice(m[0].length), hints };
}

/** The text of raw HTML (a tag, a block): comments and tags out, entities decoded; `<br>` is a line break. */
function htmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>?/g, '');
  return parser.utils.unescapeAll(text);
}

/** An inline run's text; links found on the way are added to `links`. Images give their alt text. */
function inlineText(tokens: Token[], links: DocumentLink[]): string {
  let out = '';
  const open: { href: string; from: number }[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'code_inline':
        out += t.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'image':
        out += inlineText(t.children ?? [], links);
        break;
      case 'html_inline':
        out += htmlText(t.content);
        break;
      case 'link_open':
        open.push({ href: t.attrGet('href') ?? '', from: out.length });
        break;
      case 'link_close': {
        const link = open.pop();
        const text = link ? out.slice(link.from).replace(/\s+/g, ' ').trim() : '';
        if (link?.href) links.push({ text, href: link.href });
        break;
      }
      default: // emphasis, strikethrough and the like: marks only
    }
  }
  return out;
}

/** A paragraph of nothing but images (and spaces) is a figure: like an `<img>` on a page, not the report's text. */
function onlyImages(inline: Token): boolean {
  const children = inline.children ?? [];
  return (
    children.some((c) => c.type === 'image') && children.every((c) => c.type === 'image' || (c.type === 'text' && !c.content.trim()) || c.type === 'softbreak')
  );
}

/** Reads a Markdown report: its plain text, its links and its front matter's hints. */
export function markdownText(source: string): MarkdownText {
  const { rest, hints } = frontMatter(source);
  const marks = rest.length - rest.replace(MARKUP_CHARACTERS, '').length;
  if (marks > MAX_MARKUP_SHARE * rest.length) {
    const share = Math.round((100 * marks) / rest.length);
    return { text: rest, links: [], hints, warning: `${share}% of its characters are Markdown marks (over ${MAX_MARKUP_SHARE * 100}%): read as plain text` };
  }
  const tokens = parser.parse(rest, {});
  // markdown-it stops a container at its nesting limit and drops the rest of its text.
  if (tokens.some((t) => t.level >= MAX_MARKDOWN_NESTING - 1)) {
    return { text: rest, links: [], hints, warning: `quotes or lists nested ${MAX_MARKDOWN_NESTING} or more deep: read as plain text` };
  }
  const links: DocumentLink[] = [];
  /** Blocks of one list or one table (same `group`) sit one per line; any other two, a blank line apart. */
  const blocks: { text: string; group: number | null }[] = [];
  let groups = 0;
  let group: number | null = null;
  /** Whether each open list is ordered; the marker ("- ", "3. ") waits for its item's first line. */
  const lists: boolean[] = [];
  let marker: string | null = null;
  let row: string[] | null = null;
  const add = (text: string) => {
    const trimmed = text.replace(/^\n+|\s+$/g, '');
    if (!trimmed.trim()) return;
    blocks.push({ text: marker !== null ? marker + trimmed : trimmed, group });
    marker = null;
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (lists.length === 0) group = ++groups;
        lists.push(t.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) group = null;
        break;
      case 'list_item_open':
        marker = lists.at(-1) ? `${t.info}${t.markup} ` : '- ';
        break;
      case 'list_item_close':
        marker = null;
        break;
      case 'table_open':
        group = ++groups;
        break;
      case 'table_close':
        group = null;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row?.some((cell) => cell)) add(row.join(CELL_SEPARATOR));
        row = null;
        break;
      case 'inline': {
        if (onlyImages(t)) break;
        const text = inlineText(t.children ?? [], links);
        if (row) row.push(text.replace(/\s+/g, ' ').trim());
        else add(text);
        break;
      }
      case 'fence':
      case 'code_block':
        add(t.content);
        break;
      case 'html_block':
        add(htmlText(t.content));
        break;
      default: // openings and closings of paragraphs, headings, quotes, table parts; rules
    }
  }
  let text = '';
  blocks.forEach((b, i) => {
    if (i > 0) text += b.group !== null && b.group === blocks[i - 1].group ? '\n' : '\n\n';
    text += b.text;
  });
  return { text, links, hints, warning: null };
}
