// A misstated clause as the dossier shows it: one `clause` conflict per article and fact, its values the
// official article's (with the reports that agree with it) and each value reports gave instead, resolved by the
// official text, with both passages and the reason in words.
import type { Conflict, ConflictValue, Passage } from '../../types.ts';
import type { OfficialArticle } from '../record/types.ts';
import type { Finding } from './compare.ts';
import { type Fact, QUANTITY } from './facts.ts';

export interface Misstatement extends Finding {
  article: OfficialArticle;
}

/** What each key of facts is about, as the conflict and its reasons name it. */
const ABOUT: Record<string, string> = {
  'offset:entry-into-force:agreement': 'the time to entry into force',
  'offset:entry-into-force:each-later-state': 'the time to entry into force for a state that joins later',
  'offset:withdrawal:agreement': 'the time for a withdrawal to take effect',
  'offset:withdrawal:each-later-state': 'the time for a withdrawal to take effect',
  'threshold:entry-into-force': 'the number of instruments entry into force needs',
  'from:entry-into-force': 'the event entry into force counts from',
  term: 'the term of the agreement',
  renewal: 'the renewal period',
  notice: 'the notice period',
  trigger: 'how the action is set off',
  obligation: 'what the parties are obliged to do',
};
function aboutKey(key: string): string {
  if (ABOUT[key]) return ABOUT[key];
  const unit = key.startsWith(QUANTITY) ? key.slice(QUANTITY.length) : null;
  if (unit === 'party') return 'the number of parties or instruments it counts';
  return unit ? `a period in ${unit}s` : key;
}

/** A value as a conflict shows it: an obligation by its topic's words ("no territory use"). */
const shown = (f: Fact) => (f.key === 'obligation' ? f.value.replace(/-/g, ' ') : f.value);

function passage(f: Fact): Passage {
  const c = f.claim;
  return {
    doc: c.doc,
    claim: c.id,
    start: c.start,
    end: c.end,
    text: c.text,
    words: { text: c.text.slice(f.start, f.end), start: c.start + f.start, end: c.start + f.end },
  };
}

/** The conflicts of the misstatements found; `told`: every checked claim's facts by article, so the reports
 *  that give the official value back it. */
export function conflictsOf(found: Misstatement[], told: Map<number, Fact[]>, officialDoc: string): Conflict[] {
  const groups = new Map<string, Misstatement[]>();
  for (const m of found) {
    const id = `${m.article.number}/${m.stated.key}`;
    (groups.get(id) ?? groups.set(id, []).get(id)!).push(m);
  }
  return [...groups.values()].map((list) => {
    const { article, official } = list[0];
    const n = article.number;
    const right = shown(official);
    const officialSide: ConflictValue = { value: right, docs: [officialDoc], claims: [official.claim.id] };
    for (const f of told.get(n) ?? []) {
      if (f.key !== official.key || f.value !== official.value || f.claim.doc === officialDoc) continue;
      if (!officialSide.docs.includes(f.claim.doc)) officialSide.docs.push(f.claim.doc);
      if (!officialSide.claims.includes(f.claim.id)) officialSide.claims.push(f.claim.id);
    }
    const wrong = new Map<string, ConflictValue>();
    for (const m of list) {
      const value = shown(m.stated);
      const side = wrong.get(value) ?? wrong.set(value, { value, docs: [], claims: [] }).get(value)!;
      if (!side.docs.includes(m.stated.claim.doc)) side.docs.push(m.stated.claim.doc);
      if (!side.claims.includes(m.stated.claim.id)) side.claims.push(m.stated.claim.id);
    }
    const about = `${aboutKey(list[0].stated.key)} under Article ${n}`;
    const words = official.claim.text.slice(official.start, official.end);
    return {
      slot: 'clause',
      about,
      values: [officialSide, ...wrong.values()],
      resolved: { value: right, basis: `official text: Article ${n} says «${words}»` },
      misstated_by: [...new Set(list.map((m) => m.stated.claim.doc))],
      paraphrase: {
        article: n,
        official: passage(official),
        reports: list.map((m) => ({
          ...passage(m.stated),
          reason: `${about}: the report says ${shown(m.stated)}, the official text ${right} («${words}»)`,
        })),
      },
    };
  });
}
