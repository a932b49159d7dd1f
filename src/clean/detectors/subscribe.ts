// Subscribe, paywall and newsletter prompts: "Subscribe now", "Already a subscriber? Log in.", "Enjoyed this
// column? Subscribe to …", "More from X: Sign up for our morning briefing | Follow us", "A free subscription
// option is available… A paid subscription ($5 per month…) enables you…".
import { atMostWords, sentences } from '../../text/index.ts';
import { lineDetector } from './line-detector.ts';

/** Vocabulary of a site selling itself to the reader. */
const PROMO = /^more from |(?<!\p{L})(?:subscri(?:be|ber|bers|ption|ptions)|sign(?:-| )?up|sign in|log ?in|newsletters?|unlimited access|free trial|paywall|donat(?:e|ion|ions)|support (?:our|independent) journalism|follow (?:us|@\w+)|join (?:us|our)|download (?:our|the) app|enjoyed this|thanks for reading|подпи(?:шитесь|ска|сывайтесь)|abonnieren|abonnez-vous|abonnement)(?!\p{L})/iu;
/** The site speaking to the reader: second person, an imperative, a price. */
const READER_ADDRESS = /(?<!\p{L})(?:you|your|our|us|вы|ваш|наш|нас|sie|ihr|unser|unseren|vous|votre|notre|nos)(?!\p{L})|^(?:subscribe|sign up|join|follow|download|support|log in|register|get)\b|[$€£₽]\s?\d|\d+\s?(?:euros?|dollars?|pounds?|руб)|per (?:month|year|week)|a (?:month|year|week)(?!\p{L})/iu;
/** A short line with promo vocabulary that addresses the reader is a prompt anywhere (a one-line teaser)… */
const MAX_PROMPT_WORDS = 15;
/** …and so is a button: a few words that open with the promo word ("Subscribe now", "Newsletter"). */
const MAX_BUTTON_WORDS = 4;
/** Quotes and reporting verbs: a sentence of the report that happens to use the vocabulary. */
const REPORTED_SPEECH = /["“”«»]|(?<!\p{L})(?:said|says|told|according to)(?!\p{L})/iu;
/** In the page's tail, a paragraph is a promo block when most of its sentences are (and it addresses the reader). */
const TAIL_PROMO_SHARE = 0.6;

function isPromo(text: string, tail: boolean): boolean {
  if (!PROMO.test(text)) return false;
  if (REPORTED_SPEECH.test(text)) return false;
  const parts = sentences(text);
  const addressed = parts.some((p) => READER_ADDRESS.test(p));
  if (atMostWords(text, MAX_PROMPT_WORDS) && (addressed || (atMostWords(text, MAX_BUTTON_WORDS) && PROMO.exec(text)?.index === 0))) return true;
  if (!tail) return false;
  return addressed && parts.filter((p) => PROMO.test(p)).length >= parts.length * TAIL_PROMO_SHARE;
}

export const subscribe = lineDetector('subscribe', (text, i, doc) => isPromo(text, doc.inTail(i)), true);
