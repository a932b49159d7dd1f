// DOM → text blocks: one block per paragraph, heading, list item or cell, each with the page region ("chrome")
// it sits in, so that what the extractor drops can be reported as cookie banner, navigation, related list….

/** Elements that start a new block of text. */
const BLOCK = new Set(
  'p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre figure figcaption table thead tbody tfoot tr td th form fieldset address details summary hr center'.split(
    ' ',
  ),
);
/** Elements whose text is never part of a report. */
const SKIP = new Set('script style noscript template svg iframe object embed canvas head select option input textarea button'.split(' '));
/** Blocks that sit one per line rather than one per paragraph. */
const COMPACT = new Set(['li', 'dt', 'dd', 'td', 'th']);

/** Page regions by tag, then by id/class/role words, nearest ancestor first. The name is the removal's `why`. */
const CHROME_TAGS: Record<string, string> = {
  nav: 'navigation',
  aside: 'related',
  footer: 'footer',
  header: 'masthead',
  figcaption: 'caption',
  form: 'widget',
};
const CHROME_WORDS: [RegExp, string][] = [
  [/cookie|consent|gdpr/i, 'cookie'],
  [/share|social/i, 'share'],
  [/subscri|paywall|newsletter|sign-?up|promo/i, 'subscribe'],
  [/related|most-?read|popular|recommend|trending|more-stories|read-more/i, 'related'],
  [/breadcrumb|navigation|\bnav\b|menu/i, 'navigation'],
  [/caption|credit/i, 'caption'],
  [/byline|author/i, 'byline'],
  [/footer|copyright|contentinfo/i, 'footer'],
  [/masthead|logo|banner|site-header/i, 'masthead'],
  [/comment/i, 'comments'],
  [/\bad\b|advert|sponsor/i, 'advertising'],
];

export interface Block {
  text: string;
  tag: string;
  /** The nearest page region the block sits in, and its element (blocks of one region are reported together). */
  chrome: { why: string; el: Element } | null;
}

function chromeOf(el: Element | null): Block['chrome'] {
  for (let e = el; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (CHROME_TAGS[tag]) return { why: CHROME_TAGS[tag], el: e };
    const words = `${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''} ${e.getAttribute('role') ?? ''}`;
    for (const [re, why] of CHROME_WORDS) if (re.test(words)) return { why, el: e };
  }
  return null;
}

/** The text blocks under `root`, in document order; whitespace inside a block collapsed as a browser does. */
export function renderBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let owner: Element | null = null;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, tag: owner?.tagName.toLowerCase() ?? '', chrome: chromeOf(owner) });
    buffer = '';
  };
  const visit = (node: Node, block: Element | null): void => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      owner = block;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (!BLOCK.has(tag)) {
      for (const child of Array.from(el.childNodes)) visit(child, block);
      return;
    }
    flush();
    for (const child of Array.from(el.childNodes)) visit(child, el);
    flush();
  };
  visit(root, root.nodeType === 1 ? (root as Element) : null);
  flush();
  return blocks;
}

/** Blocks as plain text: paragraphs and headings separated by a blank line, list items "- " one per line. */
export function blocksToText(blocks: Block[]): string {
  let out = '';
  let previous = '';
  for (const b of blocks) {
    const line = b.tag === 'li' ? `- ${b.text}` : b.text;
    out += out ? (COMPACT.has(b.tag) && COMPACT.has(previous) ? '\n' : '\n\n') + line : line;
    previous = b.tag;
  }
  return out;
}
