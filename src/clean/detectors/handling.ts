// A wire's handling line above the story: "URGENT", "Flash – for immediate release", "Срочно", "Eilmeldung",
// "Urgente - para difusión inmediata", "عاجل". Only handling words, one to three of them between dashes, colons or
// bars: a sentence about urgent talks or a prisoner's release has other words too.
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';

const WORD = anyOf(junkWords('handling'));
const SEPARATOR = String.raw`\s*[-–—:|/]\s*|\s+`;
const MAX_ITEMS = 3;
const HANDLING_LINE = new RegExp(`^[*_]*${WORD}(?:(?:${SEPARATOR})${WORD}){0,${MAX_ITEMS - 1}}[*_]*[.!:]?$`, 'iu');

export const isHandlingLine = (text: string) => HANDLING_LINE.test(text.trim());

/**
 * A wire's slug line: fields apart by wide gaps or bars, each a handling field's name and its value ("Filed 16/09
 * 19:42 GMT   Slug: X-Y   Priority: urgent"); two such fields at least, and nothing else.
 */
const FIELD = new RegExp(`^${anyOf(junkWords('wireField'))}(?:\\s*:\\s*|\\s+)\\S.{0,40}$`, 'iu');
const FIELD_GAP = /\s{2,}|\s*\|\s*|\t+/;
const MIN_FIELDS = 2;
const MAX_LINE_CHARS = 200;

export function isWireFieldLine(text: string): boolean {
  if (text.length > MAX_LINE_CHARS) return false;
  const fields = text.trim().split(FIELD_GAP).filter(Boolean);
  return fields.length >= MIN_FIELDS && fields.every((f) => FIELD.test(f));
}

export const handling = lineDetector('handling', (text) => isHandlingLine(text) || isWireFieldLine(text));
