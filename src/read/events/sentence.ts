// What a sentence's words say whatever claim or document gives it: its verbs of steps, offsets between events,
// day words, hedges, generic actors and agreement words. Read once per distinct sentence, language and placement:
// a pile repeats sentences (wires syndicated, boilerplate, a factbox's lines), and these are most of the work.

import { type Actor, genericActors } from './actors.ts';
import { type Anchor, findAnchors, type Placement } from './anchors.ts';
import { rulesFor } from './languages.ts';
import { matchesOf } from './regex.ts';
import { type DayWord, findDayWords, findOffsets, type Offset } from './relative.ts';
import type { LanguageRules } from './types.ts';

export interface SentenceWords {
  rulesList: LanguageRules[];
  anchors: Anchor[];
  offsets: Offset[];
  dayWords: DayWord[];
  hedged: boolean;
  /** Generic words for who acts (the claim's named bodies are added per claim). */
  generic: Actor[];
  agreementWords: { start: number; end: number }[];
}

/** Sentences a cache keeps before it starts over: the repeats of a large pile, bounded for a long-running server. */
const KEPT = 20_000;

/** `compute` once per distinct text and key (a language, a placement), of the last KEPT texts per key. */
export function perSentence<V>(compute: (text: string, key: string) => V): (text: string, key: string) => V {
  const caches = new Map<string, Map<string, V>>();
  return (text, key) => {
    let cache = caches.get(key);
    if (!cache) caches.set(key, (cache = new Map()));
    if (cache.has(text)) return cache.get(text)!;
    if (cache.size >= KEPT) cache.clear();
    const value = compute(text, key);
    cache.set(text, value);
    return value;
  };
}

const PLACED = perSentence((text, key) => {
  const [language, flags, narrative] = key.split('|');
  return read(text, language || null, { heading: flags.includes('h'), timeline: flags.includes('t'), narrative: Number(narrative) || undefined });
});

/** The sentence's words, or null when no cue of a step is in it (most sentences). Shared: read only. */
export function sentenceWords(text: string, language: string | null, at: Placement): SentenceWords | null {
  return PLACED(text, `${language ?? ''}|${at.heading ? 'h' : ''}${at.timeline ? 't' : ''}|${at.narrative ?? ''}`);
}

function read(text: string, language: string | null, at: Placement): SentenceWords | null {
  const rulesList = rulesFor(language);
  const anchors = findAnchors(text, rulesList, at);
  if (!anchors.length) return null;
  return {
    rulesList,
    anchors,
    offsets: rulesList.flatMap((r) => findOffsets(text, r.guards)).sort((a, b) => a.start - b.start),
    dayWords: rulesList.flatMap((r) => findDayWords(text, r.guards)),
    hedged: rulesList.some((r) => r.guards.hedge.test(text)),
    generic: rulesList.flatMap((r) => genericActors(text, r)),
    agreementWords: rulesList.flatMap((r) => matchesOf(r.words.agreement, text)).map(({ start, end }) => ({ start, end })),
  };
}
