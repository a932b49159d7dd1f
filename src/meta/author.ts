// Author: the page's author meta, else a byline naming a person ("By X", not "By X staff" and not the outlet),
// else the first name of a wire credit ("Reporting by X", "Compiled by X"). Nothing found: null.
import { findDates } from '../text/index.ts';
import { type Field, type MetaContext, quote, removedLines, tidyName } from './context.ts';

const BY = /^(?:by|von|par|por|door|di|автор(?:ы)?:?|текст:?|text:?|texte:?)\s+/iu;
/** A byline for a desk or an organisation, not a person. */
const ORGANISATION = /(?<!\p{L})(?:staff|team|desk|correspondents|reporters|news|agency|press|service|media|wire)(?!\p{L})/iu;
const CREDIT = /^\(?\s*(?:reporting|writing|written|compiled|text)(?: and \w+)? by\s+(.+?)(?:\s+in\s+|[;.,)(]|\s+and\s+\w+ing\b|$)/iu;
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The name part of a byline: up to a date, a comma, a bar or a dash. */
function bylineName(line: string, language: string | null): string | null {
  const rest = line.replace(BY, '');
  const date = findDates(rest, language)[0];
  const cut = Math.min(date ? date.index : rest.length, ...[',', '|', ' - ', ' – ', ' — '].map((c) => (rest.includes(c) ? rest.indexOf(c) : rest.length)));
  const name = rest.slice(0, cut).trim().replace(/[.]$/, '');
  return name || null;
}

export function findAuthor(ctx: MetaContext, outlet: string | null): Field<string> {
  const hinted = ctx.hints.author;
  if (hinted && (!outlet || squash(hinted) !== squash(outlet))) return { value: hinted, evidence: `page metadata author ${quote(hinted)}` };
  const isOutlet = (name: string) => !!outlet && (squash(name).includes(squash(outlet)) || squash(outlet).includes(squash(name)));
  for (const line of removedLines(ctx, 'byline')) {
    const name = bylineName(line, ctx.language);
    if (name && !ORGANISATION.test(name) && !isOutlet(name)) return { value: tidyName(name), evidence: `byline ${quote(line)}` };
  }
  for (const line of removedLines(ctx, 'credit')) {
    const m = CREDIT.exec(line);
    if (m) return { value: tidyName(m[1]), evidence: `wire credit ${quote(line)} (credit, not byline)` };
  }
  return { value: null, evidence: 'no author metadata, personal byline or credit' };
}
