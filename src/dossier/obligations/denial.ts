// Reports that say the agreement holds no defence clause ("It does not contain a mutual defence clause", "Eine
// Beistandspflicht enthält es nicht", "не предусматривает взаимной военной помощи"): read sentence by sentence
// in read/obligations, gathered here with their independent sources. Opinions and sentences about other
// instruments are left out.
import { defenseDenial } from '../../read/index.ts';
import type { Claim } from '../../types.ts';
import { perObject, perText } from '../memo.ts';
import type { DossierRecord } from '../record/types.ts';
import { otherInstrumentByDoc, type Run, runsOf } from '../runs.ts';

const denialOf = perText(defenseDenial);

/** A run's claims that deny a defence clause, opinions aside. */
const denialsIn = perObject((run: Run) => run.claims.filter((c) => c.kind !== 'opinion' && denialOf(c.text)));

export interface Denials {
  ids: string[];
  /** Independent sources that deny. */
  sources: number;
  /** The words of the first denial. */
  words: string;
}

/** The report claims denying a defence clause (the official text's aside), or null when none does. */
export function defenseDenials(
  claims: Claim[],
  record: Pick<DossierRecord, 'official' | 'sources' | 'otherInstrumentClaims' | 'otherInstrumentByDoc'>,
): Denials | null {
  const left = otherInstrumentByDoc(record, claims);
  const ids: string[] = [];
  const sources = new Set<string>();
  let words: string | null = null;
  for (const run of runsOf(claims)) {
    if (run.doc === record.official?.doc) continue;
    const out = left.get(run.doc) ?? NONE;
    for (const c of denialsIn(run)) {
      if (out.includes(c.id)) continue;
      ids.push(c.id);
      sources.add(record.sources[run.doc] ?? run.doc);
      words ??= denialOf(c.text);
    }
  }
  return words ? { ids, sources: sources.size, words } : null;
}

const NONE: never[] = [];
