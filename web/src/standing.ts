// How sure a fact is and who a source is, as small badges: a fact's status colour with "K of N independent" and
// the reason on hover; a source's type and state ("state media · RU") with the evidence on hover.
import { sourceTypeLabel, sourceTypeTitle, standingLabel } from '../../src/export/view.ts';
import type { DocumentMeta, FactStanding, SourceType } from '../../src/types.ts';
import { h } from './dom.ts';

type Typed = Partial<Pick<DocumentMeta, 'source_type' | 'source_state' | 'source_evidence'>>;

/** "Confirmed · 2 of 3 independent", coloured by status, the reason as its title; null before a fact is judged. */
export function standingBadge(f: FactStanding | undefined): HTMLElement | null {
  const label = standingLabel(f);
  if (!label) return null;
  const status = f?.status ?? 'unknown';
  return h('span', { class: `standing st-${status}`, attrs: { title: f?.status_reason, 'data-status': status } }, label);
}

/** The filter's key for a document: its source type, or `none` when nothing shows it. */
export function typeKey(doc: Typed | undefined): SourceType | 'none' {
  return doc?.source_type ?? 'none';
}

/** "state media · RU", the evidence as its title; null for a document with no known type. */
export function sourceBadge(doc: Typed | undefined): HTMLElement | null {
  const label = sourceTypeLabel(doc);
  if (!label) return null;
  return h('span', { class: `src-type src-${typeKey(doc)}`, attrs: { title: sourceTypeTitle(doc) } }, label);
}
