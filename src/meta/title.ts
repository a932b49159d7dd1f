// Title: the page's own (og:title, JSON-LD headline, <title> without the site), else the title line of an
// instrument's text, else the headline line the clean stage kept at the top of the body. A body without a
// headline above its first paragraph has no title.
import { findDates } from '../text/index.ts';
import { type Field, type MetaContext, quote } from './context.ts';
import { seriesParts } from './series-masthead.ts';

/** "# Title" in markdown: the marks are not part of the title. */
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** An instrument's own title line, as official texts open ("TREATY BETWEEN … ON …", "Agreement on …"):
 *  an instrument word first, a linking word after it, no sentence punctuation, in upper case or title case. */
const INSTRUMENT_TITLE =
  /^(?:treaty|agreement|convention|protocol|accord|pact|memorandum|charter|договор|соглашение|конвенция|vertrag|abkommen|übereinkommen|traité|accord|convention)\b[^.!?;:]{10,300}\b(?:between|on|of|concerning|for|о|между|über|zwischen|sur|entre|relatif)\b[^.!?;]*$/iu;
/** A heading: a short line that ends no sentence, and is no dateline, date or byline line. */
const MAX_HEADING_WORDS = 20;
const isHeadingLike = (line: string) =>
  line.split(/\s+/).length <= MAX_HEADING_WORDS &&
  !/[.;,]$/.test(line) &&
  !seriesParts(line) &&
  !findDates(line, null).length &&
  /^(?:#{1,6}\s+)?[\p{Lu}\p{Lo}«"“]/u.test(line);
/** Where an instrument title may stand: after a masthead or a note, before the preamble. */
const TITLE_ZONE_PARAGRAPHS = 5;

function instrumentTitle(ctx: MetaContext): string | null {
  for (const p of ctx.paragraphs.slice(0, TITLE_ZONE_PARAGRAPHS)) {
    if (INSTRUMENT_TITLE.test(p) && (p === p.toUpperCase() || /^\p{Lu}/u.test(p))) return p;
  }
  return null;
}

export function findTitle(ctx: MetaContext): Field<string> {
  if (ctx.hints.title) return { value: ctx.hints.title, evidence: `page metadata title ${quote(ctx.hints.title)}` };
  const instrument = instrumentTitle(ctx);
  if (instrument) return { value: instrument, evidence: `an instrument's title line ${quote(instrument)}` };
  if (ctx.headline && seriesParts(ctx.headline.replace(MARKDOWN_HEADING, ''))) {
    // A research paper's masthead line ("Institute · Working Paper 7/2024 · 14 May 2024") above its title.
    const next = ctx.paragraphs.slice(1, TITLE_ZONE_PARAGRAPHS).find(isHeadingLike);
    if (next) return { value: next.replace(MARKDOWN_HEADING, ''), evidence: `the heading under the series masthead ${quote(ctx.headline)}: ${quote(next)}` };
  }
  if (ctx.headline) return { value: ctx.headline.replace(MARKDOWN_HEADING, ''), evidence: `headline line above the first paragraph ${quote(ctx.headline)}` };
  return { value: null, evidence: 'no headline line above the first paragraph' };
}
