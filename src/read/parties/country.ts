// The country a body belongs to, from the words right around it: "Russia's Federation Council", "Russian
// President", "President of the Russian Federation", "президент России", "le gouvernement russe"; for a state
// with no ISO code, its name as written ("Парламент Арвании", "Präsidentin der Republik Arvania").
import type { PartyMention } from '../../types.ts';

/** Between a state mention and the body after it: a possessive, spaces, at most an article. */
const GAP_BEFORE = /^(?:['’]s)?\s*(?:(?:the|die|der|das|le|la)\s+)?$/iu;
/** Between a body and the state mention after it: "of (the)", a genitive article, or (Russian, French) a space. */
const GAP_AFTER = /^\s+(?:of\s+(?:the\s+)?|der\s+|des\s+|de\s+(?:la\s+|l['’])?|du\s+|d['’])?$/iu;
/** "of the Republic of Arvania", "der Republik Arvania", "Республики Арвания": a named state without an ISO code
 *  (in English only with its "of": "President of the State Affairs" names an office, not a state). */
const NAMED_STATE_AFTER =
  /^\s+(?:of\s+(?:the\s+)?(?:Republic|Kingdom|Federation|Union|Federal\s+Union|State)\s+of\s+|(?:der\s+|de\s+la\s+)(?:Republik|Föderalen\s+Union|Königreich|République|Fédération)\s+(?:de\s+)?|[Рр]еспублик\p{L}*\s+|[Фф]едеративн\p{L}*\s+[Сс]оюз\p{L}*\s+)(\p{Lu}\p{L}+)/u;
/** A Russian genitive proper noun right after the body ("Парламент Арвании", "сейм Норланда"). */
const RU_GENITIVE_AFTER = /^\s+(\p{Lu}\p{Ll}+(?:ии|ы|а|я|и))(?=(\s+\p{Lu})?)/u;

export function countryOf(text: string, start: number, end: number, parties: PartyMention[]): string | null {
  const before = parties.filter((p) => p.end <= start && GAP_BEFORE.test(text.slice(p.end, start))).at(-1);
  if (before) return before.code;
  const after = parties.find((p) => p.start >= end && GAP_AFTER.test(text.slice(end, p.start)));
  if (after) return after.code;
  const tail = text.slice(end, end + 80);
  const named = NAMED_STATE_AFTER.exec(tail);
  if (named) return named[1];
  const genitive = RU_GENITIVE_AFTER.exec(tail);
  // "президент Арвании Анна Берг": a following capitalized word is a person's name, unless the genitive is clear (-ии).
  if (genitive && /\p{Script=Cyrillic}/u.test(genitive[1]) && (!genitive[2] || genitive[1].endsWith('ии'))) return genitive[1];
  return null;
}
