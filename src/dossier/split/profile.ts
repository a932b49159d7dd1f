// What one document says about which agreement it is about: the names it gives agreements and the signatures
// it reports (date, the names and parties in the same sentence). Read once per run (see ../runs.ts) from what
// the record step already read (names, signing claims), so a split costs one pass over the pile's runs.
import { perObject } from '../memo.ts';
import { betweenSides, shortName } from '../record/parties.ts';
import { namesIn } from '../record/reading.ts';
import { signingIn } from '../record/signing.ts';
import type { Run } from '../runs.ts';

/** A name's key-and-year (record/reading.ts `ReadName.sig`) with how often the run gives it. */
export interface Named {
  count: number;
  /** The states its "between A and B" clauses name (codes, else short names), when any. */
  sides: string[];
}

/** A dated report of a signature. */
export interface Signed {
  date: string;
  /** Keys-and-years of the names in the same sentence. */
  sigs: string[];
  /** States the sentence names (party codes, and the sides of its names' "between" clauses). */
  parties: string[];
}

export interface RunProfile {
  doc: string;
  /** sig → how often the run names it. Names of several instruments ("agreements"), of ones the sentence
   *  says are replaced, and of "previous" ones are left out: they never name what a report is about. */
  named: Map<string, Named>;
  signed: Signed[];
  /** Party codes any claim of the run mentions. */
  mentioned: Set<string>;
}

/** "between the Parties" names no state. */
const NO_STATES = /(?:parties|sides|contracting)/iu;

export const profileOf = perObject((run: Run): RunProfile => {
  const named = new Map<string, Named>();
  const sidesOf = new Map<string, string[]>();
  for (const { claim, names } of namesIn(run).claims) {
    for (const n of names) {
      if (n.plural || n.superseded || n.previous) continue;
      const entry = named.get(n.sig) ?? { count: 0, sides: [] };
      entry.count++;
      if (n.between && !NO_STATES.test(n.between.text)) {
        const sides = betweenSides(n.between.text).map((side) => stateOf(side, claim.party_mentions ?? []));
        for (const s of sides) if (!entry.sides.includes(s)) entry.sides.push(s);
        sidesOf.set(claim.id, [...(sidesOf.get(claim.id) ?? []), ...sides]);
      }
      named.set(n.sig, entry);
    }
  }
  const byClaim = new Map(namesIn(run).claims.map((x) => [x.claim.id, x]));
  const signed: Signed[] = [];
  for (const { claim, date } of signingIn(run).given) {
    if (!date) continue;
    const parties = new Set([...(claim.party_mentions ?? []).map((m) => m.code), ...(sidesOf.get(claim.id) ?? [])]);
    signed.push({ date, sigs: byClaim.get(claim.id)?.sigs ?? [], parties: [...parties] });
  }
  const mentioned = new Set<string>();
  for (const c of run.claims) for (const m of c.party_mentions ?? []) mentioned.add(m.code);
  return { doc: run.doc, named, signed, mentioned };
});

/** The code of a mention the side's words contain ("the Russian Federation" → RU), else its short name. */
function stateOf(side: string, mentions: { code: string; text: string }[]): string {
  const lower = side.toLowerCase();
  return mentions.find((m) => lower.includes(m.text.toLowerCase()))?.code ?? shortName(side.replace(/^the\s+/iu, ''));
}
