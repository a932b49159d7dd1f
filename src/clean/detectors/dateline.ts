// A dateline on a line of its own ("MOSCOW, November 6. /TASS/."): header matter, not a sentence. A dateline that
// opens the first sentence stays in it (the sentence is never altered); the meta stage reads it there.
import { parseDateline } from '../dateline.ts';
import { lineDetector } from './line-detector.ts';

export const dateline = lineDetector('dateline', (text) => parseDateline(text)?.rest.trim() === '');
