// The header of a forwarded or saved e-mail newsletter, at the top of the page: "From: Delta Letter <x@y>",
// "To: …", "Cc: …", and the "Subject:" label (the subject itself stays: it is the headline). The date field
// ("Sent:", "Gesendet:") is the date-stamp detector's. The meta stage reads the sender's name as the outlet.
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';

/** Header fields per language: the sender, the recipients, the subject. */
const FIELDS: Record<string, { from: string[]; to: string[]; subject: string[] }> = {
  en: { from: ['from'], to: ['to', 'cc', 'bcc', 'reply-to'], subject: ['subject'] },
  de: { from: ['von'], to: ['an', 'cc', 'bcc', 'antwort an'], subject: ['betreff'] },
  fr: { from: ['de'], to: ['à', 'a', 'cc', 'cci', 'répondre à'], subject: ['objet', 'sujet'] },
  es: { from: ['de'], to: ['para', 'cc', 'cco', 'responder a'], subject: ['asunto'] },
  ru: { from: ['от'], to: ['кому', 'копия'], subject: ['тема'] },
  ar: { from: ['من'], to: ['إلى', 'نسخة'], subject: ['الموضوع'] },
};
const field = (kind: 'from' | 'to' | 'subject') => Object.values(FIELDS).flatMap((f) => f[kind]);
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** "From: Name <address>", "From: address": the sender's field always holds an address. */
const FROM = new RegExp(`^(?:${field('from').join('|')})\\s*:\\s*[^<]{0,80}?<?${EMAIL}>?$`, 'iu');
/** Recipients: addresses, perhaps with names, separated by commas or semicolons. */
const TO = new RegExp(`^(?:${field('to').join('|')})\\s*:\\s*(?:[^<;,]{0,60}?<?${EMAIL}>?\\s*[;,]?\\s*)+$`, 'iu');
const SUBJECT = new RegExp(`^(?:${field('subject').join('|')})\\s*:\\s*(?=\\S)`, 'iu');
/** A mail's header is its first lines. */
const MAX_HEADER_LINES = 8;

export const mailHeader: Detector = {
  name: 'mail-header',
  detect(doc) {
    const cuts: Cut[] = [];
    const top: number[] = [];
    for (let i = 0; i < doc.lines.length && top.length < MAX_HEADER_LINES; i++) if (doc.isLive(i)) top.push(i);
    // A sender's line makes the block a mail header; without one, "Subject:" and "To:" are words of a report.
    if (!top.some((i) => FROM.test(doc.text(i)))) return cuts;
    for (const i of top) {
      const text = doc.text(i);
      if (FROM.test(text) || TO.test(text)) cuts.push(wholeLine(doc, i, 'mail-header'));
      const subject = SUBJECT.exec(text);
      if (subject) cuts.push({ line: i, start: 0, end: subject[0].length, why: 'mail-header' });
    }
    return cuts;
  },
};
