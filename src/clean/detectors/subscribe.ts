// Subscribe, paywall and newsletter prompts: "Subscribe now", "Already a subscriber? Log in.", "Enjoyed this
// column? Subscribe to …", "More from X: Sign up for our morning briefing | Follow us", "A free subscription
// option is available… A paid subscription ($5 per month…) enables you…".

import { atMostWords, isSiteTagline, readingNote, sentences } from '../../text/index.ts';
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';
import { isNewsletterPhrase } from './newsletter.ts';

/** Vocabulary of a site selling itself to the reader (every language's, in ../lang/). */
const PROMO = new RegExp(`^more from |(?<!\\p{L})${anyOf(junkWords('promo'))}(?!\\p{L})`, 'iu');
/** A price: "$5", "1 euro", "299 руб", "0,99 €". */
const PRICE = /[$€£₽]\s?\d|\d+\s?(?:euros?|dollars?|pounds?|руб)|\d\s?[$€£₽]/iu;
/** The site speaking to the reader: second person, first person plural, an imperative. */
const READER_WORDS = new RegExp(`(?<!\\p{L})${anyOf(junkWords('readerAddress'))}(?!\\p{L})`, 'iu');
/** An exclamation ends a call to the reader ("Jetzt Newsletter abonnieren!"). */
const addressesReader = (s: string) => READER_WORDS.test(s) || PRICE.test(s) || /!\s*$/.test(s);
/** A short line with promo vocabulary that addresses the reader is a prompt anywhere (a one-line teaser)… */
const MAX_PROMPT_WORDS = 15;
/** …and so is a button: a few words that open with the promo word ("Subscribe now", "Newsletter"). */
const MAX_BUTTON_WORDS = 4;
/**
 * Quoted speech and reporting verbs: a sentence of the report that happens to use the vocabulary. A short quoted
 * span is a name ("Subscribe to «Harbour Notes»"), not speech.
 */
const REPORTED_SPEECH =
  /["“«][^"”»]{30,}["”»]|(?<!\p{L})(?:said|says|told|according to|заявил[аи]?|сказал[аи]?|sagte|erklärte|a déclaré|selon|dijo|según)(?!\p{L})/iu;
/** In the page's tail, a paragraph is a promo block when most of its sentences are (and it addresses the reader). */
const TAIL_PROMO_SHARE = 0.6;

/** A prompt anywhere, a promo block only in the page's tail, or neither: what the text alone says. */
type Promo = 'prompt' | 'tail-block' | null;

function promoOf(text: string): Promo {
  // "You're reading X. Subscribe for…": the site's name beside its pitch, or left alone when the pitch was cut.
  const parts = sentences(text);
  const named = parts.filter((p) => readingNote(p) !== null).length;
  if (named > 0 && atMostWords(text, MAX_PROMPT_WORDS) && parts.every((p) => readingNote(p) !== null || PROMO.test(p))) return 'prompt';
  if (!PROMO.test(text)) return null;
  if (REPORTED_SPEECH.test(text)) return null;
  const addressed = parts.some(addressesReader);
  if (atMostWords(text, MAX_PROMPT_WORDS) && (addressed || (atMostWords(text, MAX_BUTTON_WORDS) && PROMO.exec(text)?.index === 0))) return 'prompt';
  // The site's tagline, and a newsletter's footer phrase ("Enjoying X?"), beside its pitch are the site talking too.
  const promos = parts.filter((p) => PROMO.test(p) || isSiteTagline(p) || isNewsletterPhrase(p)).length;
  return addressed && promos >= parts.length * TAIL_PROMO_SHARE ? 'tail-block' : null;
}

export const subscribe = lineDetector(
  'subscribe',
  (text, i, doc) => {
    const promo = doc.memo('subscribe', i, () => promoOf(text));
    return promo === 'prompt' || (promo === 'tail-block' && doc.inTail(i));
  },
  true,
);
