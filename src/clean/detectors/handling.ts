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

export const handling = lineDetector('handling', (text) => isHandlingLine(text));
