// How sure a fact is and who a source is, as small inline badges: a fact's status (its colour) with "K of N
// independent" and the reason as a tooltip; a source's type and state with the evidence as a tooltip.
import type { DocumentRecord, FactStanding } from '../../types.ts';
import { sourceTypeLabel, sourceTypeTitle, standingLabel } from '../view.ts';
import { escapeHtml as h } from './escape.ts';

/** `<span class="standing st-confirmed" title="reason">Confirmed · 2 of 3 independent</span>`, or '' when unjudged. */
export function standingHtml(f: FactStanding | undefined): string {
  const label = standingLabel(f);
  if (!label) return '';
  const status = f?.status ?? 'unknown';
  const title = f?.status_reason ? ` title="${h(f.status_reason)}"` : '';
  return `<span class="standing st-${h(status)}"${title}>${h(label)}</span>`;
}

/** `<span class="src-type" title="evidence">state media · RU</span>`, or '' when nothing shows the type. */
export function sourceBadgeHtml(doc: DocumentRecord | undefined): string {
  const label = sourceTypeLabel(doc);
  if (!label) return '';
  return `<span class="src-type src-${h(doc!.source_type)}" title="${h(sourceTypeTitle(doc))}">${h(label)}</span>`;
}
