// Cookie and consent banners. They come first on a page and read like sentences, so they are matched on the
// site's own voice ("we use cookies", "accept all") rather than on the word "cookie", which news may use.

import { atMostWords } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';

/** The site's consent voice in every language (../lang/). */
const CONSENT_VOICE = new RegExp(`(?<!\\p{L})${anyOf(junkWords('cookie'))}(?!\\p{L})`, 'iu');
/** A consent banner is short; a long paragraph that mentions cookies is an article about them. */
const MAX_WORDS = 60;

export const cookie = lineDetector('cookie', (text) => CONSENT_VOICE.test(text) && atMostWords(text, MAX_WORDS));
