// Share bars: "Share this article: Facebook | X | Email", "Share", "Поделиться", a row of social network names.
import { atMostWords } from '../text.ts';
import { lineDetector } from './line-detector.ts';

const SHARE_OPENER = /^(?:share(?: this)?(?: article| story| post| page| on)?|поделиться|teilen|partager|compartir|condividi)(?!\p{L})/iu;
const SOCIAL = new Set(
  'facebook twitter x whatsapp telegram linkedin email e-mail mail reddit vk vkontakte ok pinterest print copy link tumblr viber messenger threads bluesky mastodon'.split(' '),
);
const MAX_WORDS = 12;

function isSocialRow(text: string): boolean {
  const tokens = text.split(/[\s|,/•·]+/).filter(Boolean);
  return tokens.length >= 2 && tokens.filter((t) => SOCIAL.has(t.toLowerCase())).length / tokens.length >= 0.7;
}

export const share = lineDetector('share', (text) => atMostWords(text, MAX_WORDS) && (SHARE_OPENER.test(text) || isSocialRow(text)));
