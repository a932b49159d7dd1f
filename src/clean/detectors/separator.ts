// Section separators on a line of their own: "§", "***", "* * *", "---", "•••".
import { lineDetector } from './line-detector.ts';

/** Only symbols and punctuation, short: no letter or digit of the report can be on such a line. */
const SEPARATOR = /^[\p{P}\p{S}\s]{1,16}$/u;

export const separator = lineDetector('separator', (text) => SEPARATOR.test(text));
