// How a clause's action is set off, as a text words it: automatically ("automatically extended",
// "автоматически продлевается", "reconduction tacite"), at one party's request ("at the request of either
// Party", "auf Ersuchen", "a petición de"), or by mutual agreement ("d'un commun accord", "по взаимному
// согласию"). Each phrase matches from a word's start to the end of its last word ("automatically").
import { LANGUAGES, type Trigger, wordsFor } from './languages/index.ts';

/** A trigger a text names and where (offsets into the text). */
export interface FoundTrigger {
  trigger: Trigger;
  start: number;
  end: number;
}

const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Each language's phrases compiled once: one pattern per trigger. */
const COMPILED = new Map(
  Object.values(LANGUAGES).map((l) => [
    l,
    (Object.entries(l.triggers) as [Trigger, string[]][]).map(([trigger, phrases]) => ({
      trigger,
      re: new RegExp(`(?<![\\p{L}])(?:${phrases.map(asPattern).join('|')})\\p{L}*`, 'giu'),
    })),
  ]),
);

export function triggersIn(text: string, language: string | null): FoundTrigger[] {
  const out: FoundTrigger[] = [];
  for (const l of wordsFor(language)) {
    for (const { trigger, re } of COMPILED.get(l)!) {
      for (const m of text.matchAll(re)) out.push({ trigger, start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out;
}
