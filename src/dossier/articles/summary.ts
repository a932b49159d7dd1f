// One-line summaries of articles: the official text's first sentence, else the claim that says best what the
// article provides (a quotation of it, else the claim without its lead-in "Article 4 states that …").
import { perText } from '../memo.ts';

/** A summary longer than this is cut at a word boundary. */
const SUMMARY_CHARS = 180;
/** The length of claim that summarizes best: long enough to say what the clause provides, short enough to read. */
const BEST_LENGTH = 140;
/** Lead-ins that introduce what an article says ("Article 4 of the treaty states that …"). */
const LEAD_IN =
  /^.{0,80}?(?:article|статья|статье|статьи|artikel|art\.)[^,:]{0,40}?(?:states?|says?|provides?(?: for)?|declares?|asserts?|reads?|stipulates?|requires?|reaffirms?|говорится|гласит|предусматривает|besagt|sieht vor|prévoit|dispose)\s*(?:that|,|:|что|dass|que)?\s*/iu;

/** How a claim ranks as a summary, once per claim: quoting the article (six words or more) is best, then a
 *  length near BEST_LENGTH once the lead-in is stripped. */
export interface SummaryFit {
  quoted: boolean;
  gap: number;
}

export const summaryFit = perText((text: string): SummaryFit => ({ quoted: !!quoteOf(text), gap: Math.abs(stripLead(text).length - BEST_LENGTH) }));

/** A claim's text as a summary: its quotation of the article, else its words without the lead-in. */
export const claimSummary = (text: string) => shorten(capitalize(quoteOf(text) ?? stripLead(text)));

/** An official article's summary: its first sentence. */
export function articleSummary(text: string): string {
  const body = text.replace(/^\d+\.\s+/u, '');
  return shorten(/^.+?[.;](?=\s|$)/su.exec(body)?.[0] ?? body);
}

function quoteOf(text: string): string | null {
  const q = /[“"«„]([^”"»“]+)[”"»“]/u.exec(text)?.[1].trim();
  return q && q.split(/\s+/).length >= 6 ? q : null;
}

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

function stripLead(text: string): string {
  return (
    text
      .replace(/^[\s*•–—-]+/u, '')
      .replace(LEAD_IN, '')
      .replace(/^[“"«„]|[”"»“]$/gu, '')
      .trim() || text.trim()
  );
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= SUMMARY_CHARS) return one;
  const cut = one.slice(0, SUMMARY_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/u, '')}…`;
}
