// Cookie and consent banners. They come first on a page and read like sentences, so they are matched on the
// site's own voice ("we use cookies", "accept all") rather than on the word "cookie", which news may use.
import { atMostWords } from '../../text/index.ts';
import { lineDetector } from './line-detector.ts';

const CONSENT_VOICE = [
  /\b(?:we|this (?:web)?site|our (?:web)?site|our partners) uses? cookies\b/i,
  /\b(?:accept|allow|reject|manage) (?:all )?cookies\b/i,
  /\bcookie (?:settings|policy|preferences|consent|notice)\b/i,
  /\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b/i,
  /(?:мы )?использу(?:ем|ет) (?:файлы )?cookie/i,
  /\b(?:wir verwenden|diese website verwendet) cookies\b/i,
  /\b(?:nous utilisons|ce site utilise) (?:des )?cookies\b/i,
];
/** A consent banner is short; a long paragraph that mentions cookies is an article about them. */
const MAX_WORDS = 60;

export const cookie = lineDetector('cookie', (text) => CONSENT_VOICE.some((re) => re.test(text)) && atMostWords(text, MAX_WORDS));
