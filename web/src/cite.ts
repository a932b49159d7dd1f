// Citations: every fact on the page carries a button that opens its source sentences, and quotes are
// buttons that open their own sentence.

import { quoteText } from '../../src/export/view.ts';
import type { Claim } from '../../src/types.ts';
import type { Capped } from './api.ts';
import { type Child, h } from './dom.ts';
import { groupByDoc, type Model } from './model.ts';
import { openFact } from './source-view.ts';

/**
 * "3 sources": opens the fact's evidence. `counts` are the full dossier's when the served one kept only a few
 * sources of the fact (the panel shows those few). Nothing when there is no evidence to show.
 */
export function cite(m: Model, fact: string, claimIds: readonly string[] = [], docIds: readonly string[] = [], counts?: Capped): HTMLElement | null {
  const shown = new Set([...groupByDoc(m, claimIds).map((g) => g.doc.id), ...docIds.filter((id) => m.doc(id))]).size;
  if (!shown) return null;
  const docs = Math.max(shown, counts?.docs_total ?? 0);
  const total = counts?.claims_total;
  const more = total && total > claimIds.length ? ` (${total} sentences)` : '';
  const label = `${docs} source${docs === 1 ? '' : 's'}${more}`;
  return h(
    'button',
    {
      class: 'cite',
      attrs: { type: 'button', title: `Show the source sentences for: ${fact}` },
      on: { click: () => openFact(m, fact, claimIds, docIds) },
    },
    label,
  );
}

/** A claim as a quotation that opens its document with the sentence marked. */
export function quote(m: Model, fact: string, claim: Claim): HTMLElement {
  return h(
    'button',
    {
      class: 'quote',
      attrs: { type: 'button', title: 'Open this sentence in its source' },
      on: { click: () => openFact(m, fact, [claim.id]) },
    },
    `“${quoteText(claim)}”`,
  );
}

/** A fact's value with its citation button beside it. */
export function withCite(value: Child, button: HTMLElement | null): HTMLElement {
  return h('span', 'fact-value', value, button ? ' ' : null, button);
}
