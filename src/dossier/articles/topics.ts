// Tags claims and article texts with topics from VOCABULARY (./vocabulary.ts).
import type { Claim } from '../../types.ts';
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
}));

/** Topics one text speaks of. Titles of agreements are set aside first: "the Agreement on Trade and Economic
 *  Cooperation" names an instrument, it does not say the clause is on trade. A descriptive name stays:
 *  "a mutual defence pact" says what the pact provides. */
export function textTopics(raw: string): string[] {
  let text = raw;
  for (const n of nameSpans(raw)) if (n.form !== 'descriptive') text = text.slice(0, n.start) + ' '.repeat(n.end - n.start) + text.slice(n.end);
  text = text.toLowerCase();
  const strong: string[] = [];
  const weak: string[] = [];
  for (const rule of COMPILED) {
    const t = rule.without.reduce((s, r) => s.replace(r, ' '), text);
    if (rule.with && !rule.with.test(t)) continue;
    if (rule.cues.test(t)) strong.push(rule.topic);
    else if (rule.weak?.test(t)) weak.push(rule.topic);
  }
  return [...new Set(strong.length ? strong : weak)];
}

/** Topics a single claim speaks of, from the named cue words of VOCABULARY. */
export function claimTopics(claim: Pick<Claim, 'text'>): string[] {
  return textTopics(claim.text);
}
