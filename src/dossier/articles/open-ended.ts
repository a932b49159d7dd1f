// An agreement no source gives a term, whose parties may leave it by withdrawing, is of indefinite duration:
// multilateral conventions rarely say "unlimited duration", they say how a party withdraws (on notice, a year
// after notification). A term any source states (fixed or indefinite) is kept as it is.
import type { ArticleRecord, Duration } from '../../types.ts';

/** The duration, made indefinite by a withdrawal clause when no source states one. */
export function openEnded(duration: Duration, articles: Pick<ArticleRecord, 'number' | 'topics' | 'claims'>[]): Duration {
  if (duration.kind) return duration;
  const exits = articles.filter((a) => a.topics.includes('withdrawal'));
  if (!exits.length) return duration;
  return {
    kind: 'indefinite',
    years: null,
    renewal_years: null,
    notice: `no term stated; a party may withdraw (Article ${exits.map((a) => a.number).join(', ')})`,
    claims: [...new Set(exits.flatMap((a) => a.claims))],
  };
}
