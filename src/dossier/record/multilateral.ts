// Whether the agreement is multilateral: open to many states, in force once enough of them have joined. Its
// parties are then the states the pile reports joining it, not the two states its reports name most often.
import type { Claim } from '../../types.ts';

/** Words that only a multilateral agreement's reporting uses, per language: a count of instruments or states
 *  as a threshold, a depositary, opening for signature, accession, the states (or parties) that joined. */
const MULTILATERAL_CUES = new RegExp(
  [
    String.raw`\b(?:\d+|\w+(?:tieth|th))(?:th)?\s+(?:instrument|ratification)s?\b`,
    String.raw`\bopen(?:ed)?\s+for\s+signature\b`,
    String.raw`\bdepositary\b`,
    String.raw`\bstates\s+part(?:y|ies)\b`,
    String.raw`\bconference\s+of\s+the\s+parties\b`,
    String.raw`\bmultilateral\b`,
    // A count of states or parties (not "27 member states" of a union that is one party)
    String.raw`(?<!\d)\d{2,3}\s+(?:countries|states|nations|parties|signatories|vertragsparteien|staaten|länder|états|pays|estados|países|partes|государств|стран|сторон)(?![\p{L}]|\s+member)`,
    String.raw`\b(?:accede[ds]?|accession)\s+to\b`,
    String.raw`\bvertragsstaaten\b`,
    String.raw`\b(?:\d+\.|\p{L}+ten)\s+ratifi\p{L}*`,
    String.raw`\bzur\s+unterzeichnung\s+aufgelegt\b`,
    String.raw`государств[ао]?-участни\p{L}*`,
    String.raw`открыт\p{L}*\s+для\s+подписания`,
    String.raw`многосторонн\p{L}*`,
    String.raw`(?<!\p{L})états\s+parties\b`,
    String.raw`\bouvert\p{L}*\s+à\s+la\s+signature\b`,
    String.raw`\bmultilatéra\p{L}*`,
    String.raw`\bestados\s+part\p{L}*`,
    String.raw`\babiert\p{L}*\s+a\s+la\s+firma\b`,
    String.raw`\bmultilateral\p{L}*`,
  ].join('|'),
  // Tried on the lower-cased claim (every word above in lower case): without the `i` flag it runs several times faster.
  'u',
);
/** Independent sources that must use such words: one source's aside ("a multilateral forum") is not enough. */
const MIN_SOURCES = 2;

/** Word parts one of which every cue holds: a claim with none of them is not tried against the cues (most
 *  claims of a pile; the full test costs far more than these substring searches). */
const CUE_PARTS = [
  'instrument',
  'ratif',
  'signat',
  'deposit',
  'part',
  'state',
  'countr',
  'nation',
  'multilat',
  'acce',
  'vertragsstaat',
  'staaten',
  'länder',
  'unterzeichnung',
  'участни',
  'подписани',
  'многосторон',
  'государств',
  'стран',
  'сторон',
  'état',
  'pays',
  'estado',
  'país',
  'firma',
  'conference',
];

/** True when at least MIN_SOURCES independent sources (or the one source of a one-source pile) use those words. */
export function isMultilateral(claims: Claim[], sources: Record<string, string>): boolean {
  const saying = new Set<string>();
  const all = new Set<string>();
  for (const c of claims) all.add(sources[c.doc] ?? c.doc);
  const needed = Math.min(MIN_SOURCES, all.size);
  for (const c of claims) {
    const source = sources[c.doc] ?? c.doc;
    if (saying.has(source)) continue;
    const lower = c.text.toLowerCase();
    if (!CUE_PARTS.some((w) => lower.includes(w)) || !MULTILATERAL_CUES.test(lower)) continue;
    saying.add(source);
    if (saying.size >= needed) return true;
  }
  return saying.size >= needed;
}
