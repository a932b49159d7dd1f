// Tags claims and article texts with topics from VOCABULARY (./vocabulary.ts).
import type { Claim } from '../../types.ts';
import { perText } from '../memo.ts';
import { nameSpans } from '../record/names.ts';
import { type Cues, VOCABULARY } from './vocabulary.ts';

export { VOCABULARY };

/** Each rule's cues of every language compiled into one alternation, once: a claim is tested ~20 times, not ~300. */
const join = (cues: Cues | undefined) => {
  const list = Object.values(cues ?? {}).flat();
  return list.length ? new RegExp(list.map((r) => `(?:${r.source})`).join('|'), 'u') : null;
};
const COMPILED = VOCABULARY.map((rule) => ({
  topic: rule.topic,
  cues: join(rule.cues)!,
  with: join(rule.with),
  weak: join(rule.weak),
  without: (rule.without ?? []).map((r) => new RegExp(r.source, 'gu')),
  broader: rule.broader,
}));

/** Topics one text speaks of. Titles of agreements are set aside first: "the Agreement on Trade and Economic
 *  Cooperation" names an instrument, it does not say the clause is on trade. A descriptive name stays:
 *  "a mutual defence pact" says what the pact provides. */
export function textTopics(raw: string): string[] {
  return [...topicsOfText(raw)];
}

/** Shared by every claim with this text: read only. */
const topicsOfText = perText((raw: string): string[] => {
  let text = raw;
  for (const n of nameSpans(raw)) if (n.form !== 'descriptive') text = text.slice(0, n.start) + ' '.repeat(n.end - n.start) + text.slice(n.end);
  text = text.toLowerCase();
  const strong: string[] = [];
  const weak: string[] = [];
  for (const rule of COMPILED) {
    const t = rule.without.reduce((s, r) => s.replace(r, ' '), text);
    // Cues first: most texts match none, and the context is only needed for those that do.
    const kind = rule.cues.test(t) ? strong : rule.weak?.test(t) ? weak : null;
    if (!kind || (rule.with && !rule.with.test(t))) continue;
    kind.push(...(rule.broader ? [rule.topic, rule.broader] : [rule.topic]));
  }
  return [...new Set(strong.length ? strong : weak)];
});

const BROADER = new Map(VOCABULARY.filter((r) => r.broader).map((r) => [r.topic, r.broader!]));

/** The topics without those only there as the broader topic of another ("military-cooperation" next to
 *  "joint-exercises"): what identifies a clause when claims are matched to articles. */
export function specificTopics(topics: string[]): string[] {
  const implied = new Set(topics.map((t) => BROADER.get(t)).filter(Boolean));
  return topics.filter((t) => !implied.has(t));
}

/** The topics with their broader topics added back. */
export const withBroader = (topics: string[]) => [...new Set(topics.flatMap((t) => (BROADER.has(t) ? [t, BROADER.get(t)!] : [t])))];

/** Topics a single claim speaks of, from the named cue words of VOCABULARY (shared: read only). */
export const claimTopics = (claim: Pick<Claim, 'text'>): string[] => topicsOfText(claim.text);
