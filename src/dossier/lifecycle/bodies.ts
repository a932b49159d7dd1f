// A chamber's step told without its state ("May 27 - The Senate approves the treaty", a factbox line naming no
// state) in a bilateral agreement: the state the pile's other steps give that same chamber, when they give it
// one state only. A multilateral agreement has many senates and parliaments: its steps keep what they say.
import { PER_PARTY } from '../../read/index.ts';
import type { Observation } from './types.ts';

export function partiesOfBodies(observations: Observation[], multilateral: boolean): Observation[] {
  if (multilateral) return observations;
  const states = new Map<string, Set<string>>();
  for (const o of observations) {
    if (!o.party || !o.body || !PER_PARTY.has(o.step)) continue;
    const of = states.get(o.body) ?? new Set<string>();
    of.add(o.party);
    states.set(o.body, of);
  }
  return observations.map((o) => {
    if (o.party || !o.body || !PER_PARTY.has(o.step)) return o;
    const of = states.get(o.body);
    return of?.size === 1 ? { ...o, party: [...of][0] } : o;
  });
}
