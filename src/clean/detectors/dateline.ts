// A dateline on a line of its own ("PARIS, May 2. /WIRE/."): header matter, not a sentence. A dateline that
// opens the first sentence stays in it (the sentence is never altered); the meta stage reads it there.
import { atMostWords, parseDateline } from '../../text/index.ts';
import { lineDetector } from './line-detector.ts';

/** A dateline alone on its line is short; longer lines are sentences that may open with one. */
const MAX_WORDS = 12;

export const dateline = lineDetector('dateline', (text) => atMostWords(text, MAX_WORDS) && parseDateline(text)?.rest.trim() === '');
