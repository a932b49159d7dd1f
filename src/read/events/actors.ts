// Who acted: the bodies a claim names (the reading stage's, with canonical names and countries) and, where it
// named none, generic words for legislatures, heads of state or government and governments in en/ru/de/fr/es.
import type { BodyMention, Claim } from '../../types.ts';
import { matchesOf } from './regex.ts';
import type { LanguageRules } from './types.ts';

export type ActorRole = 'legislature' | 'head' | 'government' | 'other';

export interface Actor {
  start: number;
  end: number;
  name: string;
  role: ActorRole;
  country: string | null;
  /** Found by the reading stage (a canonical name), not by a generic word. */
  named: boolean;
  /** Which chamber of a legislature, when the words say ("Federation Council", "Senate", "lower house"). */
  house?: 'upper' | 'lower';
}

/** The reading stage's roles folded into what decides a step: a vote is a legislature's, ratification a head's. */
const ROLE_OF: Record<BodyMention['role'], ActorRole> = {
  legislature: 'legislature',
  'lower-house': 'legislature',
  'upper-house': 'legislature',
  'head-of-state': 'head',
  'head-of-government': 'head',
  government: 'government',
  ministry: 'government',
  other: 'other',
};

const HOUSE_OF: Partial<Record<BodyMention['role'], { house: 'upper' | 'lower' }>> = { 'upper-house': { house: 'upper' }, 'lower-house': { house: 'lower' } };

/** Every actor named in a claim, in text order; the reading stage's bodies win where both found one, generic
 *  words of the claim's languages (`generic`, see genericActors) stand in where it found none. */
export function actorsOf(claim: Pick<Claim, 'bodies'>, generic: Actor[]): Actor[] {
  const named: Actor[] = (claim.bodies ?? []).map((b) => ({
    start: b.start,
    end: b.end,
    name: b.name,
    role: ROLE_OF[b.role] ?? 'other',
    country: b.country,
    named: true,
    ...HOUSE_OF[b.role],
  }));
  const rest = generic.filter((m) => !named.some((n) => n.start < m.end && m.start < n.end));
  return [...named, ...rest].sort((a, b) => a.start - b.start);
}

/** The generic words for actors in a text (a language's `words`). */
export function genericActors(text: string, rules: LanguageRules): Actor[] {
  const out: Actor[] = [];
  const generic: [ActorRole, RegExp][] = [
    ['legislature', rules.words.legislature],
    ['head', rules.words.head],
    ['government', rules.words.government],
  ];
  for (const [role, re] of generic) {
    for (const m of matchesOf(re, text)) {
      const name = canonical(role, m.text);
      out.push({ start: m.start, end: m.end, name, role, country: null, named: false, ...(name === 'Senate' ? { house: 'upper' as const } : {}) });
    }
  }
  return out;
}

/** Senators are a senate; other members of a legislature ("lawmakers", "Депутаты", "Abgeordnete") its whole. */
const SENATORS = /^(?:senat|сенат|senad|sénat)/iu;
function canonical(role: ActorRole, words: string): string {
  if (role !== 'legislature') return words.replace(/(?:'s|’s)$/, '');
  return SENATORS.test(words) ? 'Senate' : 'Parliament';
}
