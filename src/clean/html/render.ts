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

function chromeHere(e: Element): Block['chrome'] {
  const tag = e.tagName.toLowerCase();
  if (CHROME_TAGS[tag]) return { why: CHROME_TAGS[tag], el: e };
  const words = `${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''} ${e.getAttribute('role') ?? ''}`;
  for (const [re, why] of CHROME_WORDS) if (re.test(words)) return { why, el: e };
  return null;
}

/**
 * The text blocks under `root`, in document order; whitespace inside a block collapsed as a browser does.
 * Iterative, and each element's page region is worked out once from its parent's: a page nested 20,000 deep
 * neither overflows the stack nor walks its ancestors once per block.
 */
export function renderBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let owner: Element | null = null;
  const chrome = new Map<Element, Block['chrome']>();
  /** The nearest page region of a block element: its own, else its block ancestors'. Inline elements never
   *  own a block, and a region is found from the nearest ancestor, so walking up stops at the first known one. */
  const chromeOf = (el: Element | null): Block['chrome'] => {
    const path: Element[] = [];
    let found: Block['chrome'] = null;
    for (let e = el; e; e = e.parentElement) {
      const known = chrome.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      const here = chromeHere(e);
      path.push(e);
      if (here) {
        found = here;
        break;
      }
    }
    // Every element on the path has the nearest region that ended the walk (only the last can be one itself).
    for (const e of path) chrome.set(e, found);
    return found;
  };
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, tag: owner?.tagName.toLowerCase() ?? '', chrome: chromeOf(owner) });
    buffer = '';
  };
  // A stack of what is left to do: visit a node inside a block element, or close a block element (flush).
  type Step = { node: Node; block: Element | null } | { close: true };
  const stack: Step[] = [{ node: root, block: root.nodeType === 1 ? (root as Element) : null }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('close' in step) {
      flush();
      continue;
    }
    const { node, block } = step;
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      owner = block;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      flush();
      stack.push({ close: true });
    }
    const children = Array.from(el.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], block: isBlock ? el : block });
  }
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
