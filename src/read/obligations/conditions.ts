// What an assistance clause says beyond its topic: whether it names an attack (not merely a threat of one),
// its trigger ("in the event of an armed attack against …") and legal frame ("in accordance with Article 51 of
// the UN Charter"), and whether it provides joint offensive action. Every language's patterns, in one list each.
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { ObligationCues } from './rule.ts';

const LANGUAGES: ObligationCues[] = [en, ru, de, fr, es];

const joined = (pick: (l: ObligationCues) => RegExp[], flags: string) =>
  new RegExp(
    LANGUAGES.flatMap(pick)
      .map((r) => `(?:${r.source})`)
      .join('|'),
    flags,
  );
const ATTACK = joined((l) => l.attack, 'u');
const THREAT_OF_ATTACK = joined((l) => l.threatOfAttack, 'gu');
const OFFENSE = joined((l) => l.offense, 'u');
/** Trigger and frame patterns keep their own case and stops: each is tried in turn. */
const TRIGGERS = LANGUAGES.flatMap((l) => l.triggers);
const FRAMES = LANGUAGES.flatMap((l) => l.frames);

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\s,"“”«»]+$/u, '')
    .trim();
const withoutThreats = (lower: string) => lower.replace(THREAT_OF_ATTACK, ' ');

/** The text names an attack on a party, a threat of one aside: assistance under it is defensive. */
export const namesAttack = (text: string): boolean => ATTACK.test(withoutThreats(text.toLowerCase()));

/** The words of a clause on joint offensive action against third states, or null. */
export const offensiveAction = (text: string): string | null => OFFENSE.exec(text.toLowerCase())?.[0] ?? null;

/** The first conditional clause of the text that names an attack, as written. */
export function attackTrigger(text: string): string | null {
  for (const re of TRIGGERS) {
    for (const m of text.matchAll(re)) if (ATTACK.test(withoutThreats(m[0].toLowerCase()))) return clean(m[0]);
  }
  return null;
}

/** The first legal frame of the text ("in accordance with Article 51 of the UN Charter …"), as written. */
export function legalFrame(text: string): string | null {
  for (const re of FRAMES) for (const m of text.matchAll(re)) return clean(m[0]);
  return null;
}
