// Citations: every fact on the page carries a button that opens its source sentences, and quotes are
// buttons that open their own sentence.
import type { Claim } from '../../src/types.ts';
import { quoteText } from '../../src/export/view.ts';
import { h, type Child } from './dom.ts';
import { groupByDoc, type Model } from './model.ts';
import { openFact } from './source-view.ts';

/**
 * "3 sources": opens the fact's evidence. `total` is how many claims the full dossier cites when the served
 * one kept only the first few. Nothing when there is no evidence to show.
 */
export function cite(m: Model, fact: string, claimIds: readonly string[] = [], docIds: readonly string[] = [], total?: number): HTMLElement | null {
  const docs = new Set([...groupByDoc(m, claimIds).map((g) => g.doc.id), ...docIds.filter((id) => m.doc(id))]);
  if (!docs.size) return null;
  const more = total && total > claimIds.length ? ` (${total} sentences)` : '';
  const label = `${docs.size} source${docs.size === 1 ? '' : 's'}${more}`;
  return h('button', {
    class: 'cite',
    attrs: { type: 'button', title: `Show the source sentences for: ${fact}` },
    on: { click: () => openFact(m, fact, claimIds, docIds) },
  }, label);
}

/** A claim as a quotation that opens its document with the sentence marked. */
export function quote(m: Model, fact: string, claim: Claim): HTMLElement {
  return h('button', {
    class: 'quote',
    attrs: { type: 'button', title: 'Open this sentence in its source' },
    on: { click: () => openFact(m, fact, [claim.id]) },
  }, `“${quoteText(claim)}”`);
}

/** A fact's value with its citation button beside it. */
export function withCite(value: Child, button: HTMLElement | null): HTMLElement {
  return h('span', 'fact-value', value, button ? ' ' : null, button);
}
