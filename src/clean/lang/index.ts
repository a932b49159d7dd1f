// The words of page junk, one file per language, composed here in one visible list (in the style of chrono-node's
// locales). Each entry is a regular-expression fragment, lowercase, matched case-insensitively unless its field
// says otherwise; detectors build their patterns from the union of all languages, since a page often mixes them
// (an English wire under a Russian share bar).
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';

export interface JunkWords {
  /** Headings of link lists and teaser prefixes: "Related news", "Read also", "Top stories". */
  related: string[];
  /** Comment widgets, the whole line: "Leave a comment", "You are replying to". */
  comments: string[];
  /** Paywall notices and article meters: "This article is for subscribers", "You have read 3 of your 5 free articles". */
  paywall: string[];
  /** Newsletter and e-mail footers: "To unsubscribe…", "Forward to a colleague", "View in browser". */
  newsletter: string[];
  /** A site selling itself: the words of subscription and sign-up prompts. */
  promo: string[];
  /** The site speaking to the reader: second person, first person plural, imperatives ("^…" where they open the line). */
  readerAddress: string[];
  /** Cookie consent in the site's own voice ("we use cookies"), never the bare word. */
  cookie: string[];
  /** Share prompts: "Share this article", "Поделиться". */
  share: string[];
  /** Photo credit markers before a colon, as printed (matched case-sensitively): "Photo", "Фото", "الصورة". */
  photo: string[];
  /** Copyright and reuse notices: "All rights reserved", "Use of materials … only with a hyperlink". */
  rights: string[];
}

export const LANGUAGES: readonly JunkWords[] = [en, ru, de, fr, es, ar];

/** Every language's fragments of one kind. */
export function junkWords(kind: keyof JunkWords): string[] {
  return LANGUAGES.flatMap((l) => l[kind]);
}

/** One non-capturing alternation of the fragments, longest first so that a longer phrase wins over its prefix. */
export function anyOf(fragments: readonly string[]): string {
  return `(?:${[...fragments].sort((a, b) => b.length - a.length).join('|')})`;
}
