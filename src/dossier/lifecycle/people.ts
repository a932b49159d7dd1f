// Which state each person named in the pile acts for, from the claims that introduce them with it ("Russian
// President Vladimir Putin", "президент Ирана Масуд Пезешкиан"): the party of a step told by a name alone
// ("Putin signs the ratification law", "Kim Jong Un ratifies the treaty by decree").
import type { Claim } from '../../types.ts';
import { perObject } from '../memo.ts';
import { nameKey, sameName } from './names.ts';

export interface Pilepeople {
  /** The state a name acts for, or null when the pile does not say or says two. */
  stateOf: (name: string) => string | null;
  /** The names and states written out, to tell one pile's people from another's. */
  key: string;
}

/** A one-word name matches a full name by its last word ("Putin" ~ "Vladimir Putin", "Путин" ~ "Владимир Путин"). */
const lastWord = (name: string) => name.split(/\s+/).at(-1) ?? name;

export const peopleOfPile = perObject((claims: Claim[]): Pilepeople => {
  const votes = new Map<string, Map<string, number>>();
  for (const c of claims) {
    for (const p of c.people ?? []) {
      let byState = votes.get(p.name);
      if (!byState) votes.set(p.name, (byState = new Map()));
      byState.set(p.state, (byState.get(p.state) ?? 0) + 1);
    }
  }
  const known: { name: string; state: string }[] = [];
  for (const [name, byState] of votes) {
    const ranked = [...byState].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 1 || ranked[0][1] > ranked[1][1]) known.push({ name, state: ranked[0][0] });
  }
  const memo = new Map<string, string | null>();
  const stateOf = (name: string): string | null => {
    let state = memo.get(name);
    if (state === undefined) memo.set(name, (state = lookUp(known, name)));
    return state;
  };
  return { stateOf, key: known.map((k) => `${nameKey(k.name)}=${k.state}`).join(',') };
});

/** The one state the name's matches act for. */
function lookUp(known: { name: string; state: string }[], name: string): string | null {
  const single = !/\s/.test(name.trim());
  const states = new Set(
    known
      .filter(
        (k) =>
          sameName(k.name, name) ||
          (single && sameName(lastWord(k.name), name)) ||
          (!single && sameName(lastWord(k.name), lastWord(name)) && sameName(k.name.split(/\s+/)[0], name.split(/\s+/)[0])),
      )
      .map((k) => k.state),
  );
  return states.size === 1 ? [...states][0] : null;
}
