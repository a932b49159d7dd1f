// Junk glued to the end of a paragraph line by a scrape: "…for signature. Read also: A | B", "…in May. To
// unsubscribe, click here." Detectors that know a kind of junk ask where such a tail starts, and cut only it.

/** Sentence starts inside a line: after final punctuation of any script and a space (any case: Arabic has none). */
const SENTENCE_BREAK = /[.!?…؟。](?:["'”’»)\]]*)\s+/gu;

/** Offsets where a sentence starts in `line`, after the first. */
function sentenceStarts(line: string): number[] {
  return [...line.matchAll(SENTENCE_BREAK)].map((m) => m.index + m[0].length).filter((k) => k < line.length);
}

/**
 * Where a junk tail starts: the earliest sentence start (after the first sentence) from which the rest of the line
 * is junk by `isJunkTail`; null when there is none. The sentences before it stay untouched.
 */
export function gluedTail(line: string, isJunkTail: (tail: string) => boolean): number | null {
  for (const k of sentenceStarts(line)) if (isJunkTail(line.slice(k))) return k;
  return null;
}

/** The text's sentences, split as gluedTail splits them. */
export function splitSentences(text: string): string[] {
  const starts = [0, ...sentenceStarts(text)];
  return starts.map((s, n) => text.slice(s, starts[n + 1] ?? text.length).trim()).filter(Boolean);
}
