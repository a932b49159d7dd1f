// Deterministic synthetic reports for the resume test and the store benchmark: about 4 KB of body
// and 25 sentence claims each, with Cyrillic and an astral character so offsets are exercised.
import type { NewClaim, NewDocument } from '../../src/store/index.ts';
import { documentOf, sentenceClaims } from './docs.ts';

const SENTENCES = [
  'The parliament of state {n} approved the treaty on maritime cooperation by {v} votes to {w}.',
  'Under Article {a} each party shall consult the other without delay when a threat arises.',
  'Договор № {n} вступает в силу через тридцать дней после обмена ратификационными грамотами.',
  'Officials said the agreement, signed on {d} March, replaces the accord of {y} 🌊.',
  'Critics argue that the mutual-assistance clause goes further than any earlier commitment.',
  'The foreign ministry published the full text of all {a} articles on its website on Tuesday.',
];

export function syntheticBody(i: number): string {
  const parts: string[] = [`Report ${i}: treaty update\n`];
  for (let k = 0; parts.join(' ').length < 4000; k++) {
    parts.push(
      SENTENCES[(i + k) % SENTENCES.length]
        .replace('{n}', String(i))
        .replace('{v}', String(100 + ((i * 7 + k) % 300)))
        .replace('{w}', String(k))
        .replace('{a}', String(1 + ((i + k) % 23)))
        .replace('{d}', String(1 + (k % 28)))
        .replace('{y}', String(1950 + (i % 70))),
    );
  }
  return parts.join(' ');
}

export function syntheticDocument(i: number): { doc: NewDocument; claims: NewClaim[] } {
  const body = syntheticBody(i);
  return {
    doc: documentOf(`bench/${i}.txt`, body, { signature: Array.from({ length: 64 }, (_, k) => (i * 2654435761 + k) >>> 0) }),
    claims: sentenceClaims(body).slice(0, 25),
  };
}
