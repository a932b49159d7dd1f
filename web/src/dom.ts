// DOM construction without HTML strings: report text is untrusted, so every string becomes a text node
// and attributes are set one by one (never `style` or an `on…` handler, which the CSP would refuse anyway).

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  /** Attributes set with setAttribute; `style` and event-handler attributes are refused. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

const FORBIDDEN_ATTR = /^(style|on.*)$/i;

function setAttrs(node: Element, attrs: Props['attrs']): void {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (FORBIDDEN_ATTR.test(name)) throw new Error(`refusing to set the ${name} attribute`);
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with text children (as text nodes), classes, attributes and listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | string | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const p: Props = typeof props === 'string' ? { class: props } : (props ?? {});
  if (p.class) node.className = p.class;
  setAttrs(node, p.attrs);
  for (const [type, listener] of Object.entries(p.on ?? {})) node.addEventListener(type, listener as EventListener);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (createElementNS), attributes as given, text children as text nodes. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Props['attrs'] = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** Replaces a node's children. */
export function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  append(node, children);
}

/** A button that looks like a link inside text. */
export function linkButton(label: Child, onClick: () => void, className = 'link', title?: string): HTMLButtonElement {
  return h('button', { class: className, attrs: { type: 'button', title }, on: { click: onClick } }, label);
}

/**
 * `text` with the given ranges wrapped in <mark> (ranges are UTF-16 offsets into `text`; overlapping or
 * touching ranges merge). Returns text nodes and marks only.
 */
export function marked(text: string, ranges: { start: number; end: number }[], markClass = ''): Node[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Node[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push(document.createTextNode(text.slice(at, r.start)));
    out.push(h('mark', markClass || null, text.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/** An address from a report: a link only for http and https (never javascript: or data:), opened in a new tab
 *  without handing it this page (noopener), telling it where the reader came from (noreferrer) or vouching for
 *  it (nofollow); any other address is shown as text. */
export function externalLink(url: string, className = ''): HTMLElement {
  let web = false;
  try {
    web = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    web = false;
  }
  return web
    ? h('a', { class: className, attrs: { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' } }, url)
    : h('span', className || null, url);
}
