// Title: the page's own (og:title, JSON-LD headline, <title> without the site), else the headline line the clean
// stage kept at the top of the body. A body without a headline above its first paragraph has no title.
import { type Field, type MetaContext, quote } from './context.ts';

/** "# Title" in markdown: the marks are not part of the title. */
const MARKDOWN_HEADING = /^#{1,6}\s+/;

export function findTitle(ctx: MetaContext): Field<string> {
  if (ctx.hints.title) return { value: ctx.hints.title, evidence: `page metadata title ${quote(ctx.hints.title)}` };
  if (ctx.headline) return { value: ctx.headline.replace(MARKDOWN_HEADING, ''), evidence: `headline line above the first paragraph ${quote(ctx.headline)}` };
  return { value: null, evidence: 'no headline line above the first paragraph' };
}
