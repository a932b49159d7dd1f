// The names a claim calls the agreement by ("the Visiting Forces Cooperation Agreement") say which agreement,
// not which clause: they are masked like the article the claim cites, so that the words a name shares with a
// clause ("forces", "cooperation") count where a claim uses them to tell the clause, and only there.

/** Names shorter than this (an acronym) share no key with a clause anyway. */
const MIN_NAME = 4;

export interface NameMask {
  pattern: RegExp | null;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The last names asked for: one agreement's title and aliases, asked for by every step of its dossier. */
let last: { key: string; mask: NameMask } | null = null;

/** One pattern for the agreement's names, longest first, each a whole phrase (case aside). */
export function nameMask(names: string[]): NameMask {
  const list = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= MIN_NAME))].sort((a, b) => b.length - a.length);
  const key = list.join('\u0000');
  if (last?.key === key) return last.mask;
  const pattern = list.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list.map(literal).join('|')})(?![\p{L}\p{N}])`, 'giu') : null;
  last = { key, mask: { pattern } };
  return last.mask;
}

/** Where the text names the agreement by one of the mask's names. */
export function nameSpans(text: string, mask: NameMask): { start: number; end: number }[] {
  if (!mask.pattern) return [];
  return [...text.matchAll(mask.pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
