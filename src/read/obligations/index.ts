// Reads what a sentence says about the agreement's obligations, beyond its topics (../topics): the security
// contingency a consultation clause is about, a denial that the agreement holds a defence clause, and what kind
// of agreement a name says it is when that kind is no alliance. Each answer gives the words that decided it.
import { CONSULT_WORDS } from '../topics/index.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { NonAllianceKind, ObligationCues } from './rule.ts';

export { attackTrigger, legalFrame, namesAttack, offensiveAction } from './conditions.ts';
export type { NonAllianceKind };

/** Each language's cues, in one list. */
const LANGUAGES: ObligationCues[] = [en, ru, de, fr, es];

const all = (pick: (l: ObligationCues) => RegExp[], flags = 'giu') => {
  const list = LANGUAGES.flatMap(pick);
  return new RegExp(list.map((r) => `(?:${r.source})`).join('|'), flags);
};
const NOT_CONTINGENCY = all((l) => l.notContingency);
/** Every kind of security contingency, tried in this order. */
const CONTINGENCIES = [all((l) => l.hostilities), all((l) => l.threats), all((l) => l.crises)];
const DENIALS = all((l) => l.denials, 'iu');
const KINDS = (['arms-control', 'environment', 'trade', 'forces', 'boundary', 'peace', 'institutional'] as NonAllianceKind[]).map((kind) => ({
  kind,
  re: all((l) => l.notAlliance[kind] ?? [], 'iu'),
}));

const first = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m[0].replace(/\s+/g, ' ').trim() : null;
};

/** What makes a consultation clause an ATOP consultation obligation: the parties consult in the event of a
 *  threat, attack, conflict, crisis or another security contingency (ATOP codebook: "members promise to consult
 *  in the event of a crisis / threat to one of them / military conflict"). "Consult when the river's flow is
 *  low", "on the implementation of this Treaty" or "on trade" is a consultation clause of another kind. Gives
 *  the consult words and the contingency, each as written (null when absent). */
export function consultationCues(text: string): { consult: string | null; contingency: string | null } {
  const consult = first(CONSULT_WORDS, text);
  const cleared = text.replace(NOT_CONTINGENCY, ' ');
  let contingency: string | null = null;
  for (const re of CONTINGENCIES) if ((contingency = first(re, cleared))) break;
  return { consult, contingency };
}

/** The words of a sentence that say the agreement holds no defence clause or is no alliance ("does not contain a
 *  mutual defence clause", "kein Beistandsversprechen", "не предусматривает взаимной военной помощи"). */
export function defenseDenial(text: string): string | null {
  return DENIALS.exec(text.toLowerCase())?.[0].trim() ?? null;
}

/** The kind of agreement a name says it is, when that kind is plainly no alliance ("… Reduction and Limitation
 *  of Strategic Offensive Arms": arms control), with the words that say it. */
export function nonAllianceKind(name: string): { kind: NonAllianceKind; words: string } | null {
  const lower = name.toLowerCase();
  for (const { kind, re } of KINDS) {
    const m = re.exec(lower);
    if (m) return { kind, words: name.slice(m.index, m.index + m[0].length) };
  }
  return null;
}
