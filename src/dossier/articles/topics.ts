// Topics of claims and article texts: the reading stage's topics (read/topics) of each distinct text, once its
// agreement titles are set aside. The catalogue of topics, with what each means, is read/topics/catalogue.ts.

import { broaderOf, readTopics } from '../../read/index.ts';
import type { Claim } from '../../types.ts';
import { perText } from '../memo.ts';
import { nameSpans } from '../record/names.ts';

/** Topics one text speaks of. Titles of agreements are set aside first: "the Agreement on Trade and Economic
 *  Cooperation" names an instrument, it does not say the clause is on trade. A descriptive name stays:
 *  "a mutual defence pact" says what the pact provides. */
export function textTopics(raw: string): string[] {
  return [...topicsOfText(raw)];
}

/** Shared by every claim with this text: read only. A title set aside leaves one space, so the words around it
 *  read as neighbours: "establishes the [Test-Ban Treaty] Organization" still establishes an organization. */
const topicsOfText = perText((raw: string): string[] => {
  let text = raw;
  const spans = nameSpans(raw).filter((n) => n.form !== 'descriptive');
  for (const n of spans.sort((a, b) => b.start - a.start)) text = `${text.slice(0, n.start).trimEnd()} ${text.slice(n.end).trimStart()}`;
  return readTopics(text);
});

/** The topics without those only there as the broader topic of another ("military-cooperation" next to
 *  "joint-exercises"): what identifies a clause when claims are matched to articles. */
export function specificTopics(topics: string[]): string[] {
  const implied = new Set(topics.map(broaderOf).filter(Boolean));
  return topics.filter((t) => !implied.has(t));
}

/** The topics with their broader topics added back. */
export const withBroader = (topics: string[]) => [
  ...new Set(
    topics.flatMap((t) => {
      const b = broaderOf(t);
      return b ? [t, b] : [t];
    }),
  ),
];

/** Topics a single claim speaks of (shared: read only). */
export const claimTopics = (claim: Pick<Claim, 'text'>): string[] => topicsOfText(claim.text);
