// Share bars: "Share this article: Facebook | X | Email", "Share", "Поделиться", a row of social network names.

import { atMostWords } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';

/** The share prompt alone, or followed by the networks ("Share this article: Facebook | X"); "Share prices fell" is news. */
const SHARE_OPENER = new RegExp(`^${anyOf(junkWords('share'))}(?!\\p{L})\\s*:?\\s*`, 'iu');
/** Networks and share actions as share bars name them, in Latin, Cyrillic and Arabic script. */
const SOCIAL = new Set(
  (
    'facebook twitter x whatsapp telegram linkedin email e-mail mail reddit vk vkontakte ok pinterest print copy link tumblr viber messenger threads bluesky mastodon ' +
    'вконтакте одноклассники телеграм фейсбук твиттер почта ' +
    'فيسبوك تويتر واتساب تيليجرام تلغرام لينكدإن إكس'
  ).split(' '),
);
/** The prompt again inside the bar: "Share on Facebook  Share on X  Email". */
const SHARE_AGAIN = new RegExp(`(?<!\\p{L})${anyOf(junkWords('share'))}(?!\\p{L})`, 'giu');
const MAX_WORDS = 12;

function isSocialRow(text: string): boolean {
  const tokens = text.split(/[\s|,/•·]+/).filter(Boolean);
  return tokens.length >= 2 && tokens.filter((t) => SOCIAL.has(t.toLowerCase())).length / tokens.length >= 0.7;
}

/** A question to the reader before the bar: "Liked this piece? Share it: …". */
const READER_QUESTION = /^[^?.!]{1,40}\?\s+/u;
/** A site's button beside the share button: "Share · Subscribe to X", "Teilen | Newsletter". */
const PROMO_BUTTON = new RegExp(`^${anyOf(junkWords('promo'))}(?!\\p{L})`, 'iu');
const MAX_BUTTON_WORDS = 5;
const BAR_ITEM = /\s*[|•·]\s*/;

function isButtonBar(text: string): boolean {
  const items = text.split(BAR_ITEM).filter(Boolean);
  return (
    items.length >= 2 &&
    items.some((it) => isShareBar(it)) &&
    items.every((it) => isShareBar(it) || (PROMO_BUTTON.test(it) && atMostWords(it, MAX_BUTTON_WORDS)))
  );
}

function isShareBar(text: string): boolean {
  const opener = SHARE_OPENER.exec(text.replace(READER_QUESTION, ''));
  if (!opener) return false;
  const rest = text.replace(READER_QUESTION, '').slice(opener[0].length).replace(SHARE_AGAIN, ' ').trim();
  return (
    rest === '' ||
    rest
      .split(/[\s|,/•·]+/)
      .filter(Boolean)
      .every((t) => SOCIAL.has(t.toLowerCase()))
  );
}

export const share = lineDetector('share', (text) => atMostWords(text, MAX_WORDS) && (isShareBar(text) || isSocialRow(text) || isButtonBar(text)));
