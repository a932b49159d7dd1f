// What every HTML section needs: the dossier, citation links, and the anchors of cited sentences. Sections call
// `cite`/`href` while rendering; the sources section, rendered last, highlights exactly the sentences referenced.
import type { Claim, DocumentRecord, Dossier } from '../../types.ts';
import { Citations } from '../cite.ts';
import { docLabel, type Lookup, lookup } from '../view.ts';
import { escapeHtml as h } from './escape.ts';

export interface Ctx {
  d: Dossier;
  look: Lookup;
  /** Numbered links ([n]) to the sentences a fact rests on (or the whole document when no sentence is known). */
  cite(claims?: readonly string[], docs?: readonly string[]): string;
  /** Link target of a claim: its highlighted sentence, or its document when the offsets cannot be trusted. */
  href(claimId: string): string;
  /** Claims referenced so far: the sentences to highlight. */
  referenced: Set<string>;
}

/** Where a claim sits in its document's body: its offsets, else the first occurrence of its text, else nowhere. */
export function locate(doc: DocumentRecord, claim: Claim): { start: number; end: number } | null {
  if (claim.doc !== doc.id || !claim.text) return null;
  if (doc.body.slice(claim.start, claim.end) === claim.text) return { start: claim.start, end: claim.end };
  const at = doc.body.indexOf(claim.text);
  return at >= 0 ? { start: at, end: at + claim.text.length } : null;
}

/** A short preview of a sentence for a link's tooltip. */
export function preview(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function docAnchor(docId: string): string {
  return `doc-${docId}`;
}

export function createContext(d: Dossier): Ctx {
  const look = lookup(d);
  const citations = new Citations(look);
  const referenced = new Set<string>();
  const href = (claimId: string) => {
    const claim = look.claim(claimId);
    const doc = claim && look.doc(claim.doc);
    if (!claim || !doc) return '#sec-sources';
    if (!locate(doc, claim)) return `#${h(docAnchor(doc.id))}`;
    referenced.add(claim.id);
    return `#${h(claim.id)}`;
  };
  const cite = (claims: readonly string[] = [], docs: readonly string[] = []) => {
    const links = citations.cite(claims, docs).map((c) => {
      const target = c.claim ? href(c.claim.id) : `#${h(docAnchor(c.doc.id))}`;
      const tip = c.claim ? `${docLabel(c.doc)}: “${preview(c.claim.text)}”` : `${docLabel(c.doc)} (whole document)`;
      return `<a class="cite" href="${target}" title="${h(tip)}">${c.n}</a>`;
    });
    return links.length ? `<sup class="cites">${links.join('')}</sup>` : '';
  };
  return { d, look, cite, href, referenced };
}
