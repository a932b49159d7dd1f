// A report's frame, as its record keeps it: the lines the clean stage cut around the report (menus, labels,
// mastheads, date bars, footers, credits) grouped by what they can tell, and the dateline of its lead. Only the
// frame speaks for the outlet: an agency quoted in the report ("the official agency KCNA said") is not the outlet.
import { type Dateline, parseDateline } from '../../text/index.ts';
import type { SourceInput } from './types.ts';

/** Lines where a site names and describes itself: menus, labels, mastheads, date bars. */
const HEADER_WHYS = new Set(['label', 'masthead', 'navigation', 'date', 'dateline', 'widget', 'mail-header']);
/** Lines at the foot: the site's legal and subscription lines. */
const FOOT_WHYS = new Set(['footer', 'copyright', 'newsletter', 'subscribe', 'paywall', 'trailer', 'contact', 'comments']);
/** Lists of related headlines, which the clean stage may cut together with the footer line under them. */
const RELATED_WHYS = new Set(['related']);
/** Credit lines: who reported, wrote and edited. */
const CREDIT_WHYS = new Set(['credit', 'byline']);
/** A short last paragraph may be a credit or a note the clean stage kept in the body. */
const MAX_TAIL_WORDS = 40;
const TAIL_PARAGRAPHS = 2;
/** A slug between slashes after a place and a date at the opening of a paragraph. */
const LEAD_SLUG = /^[^/]{2,60}?\d[^/]{0,30}\/\s*([^/]{2,100}?)\s*\//u;
/** Lines of at most this many words before the first paragraph of prose are the page's head. */
const MAX_HEAD_WORDS = 12;
const MAX_HEAD_LINES = 3;
/**
 * A place opening the lead: one to three words before a dash, a comma, a date, a bracket or a slash, in capitals
 * ("MANILA –") or in a caseless script ("الرياض 25 أبريل").
 */
const LEAD_PLACE = /^((?:\p{Lu}[\p{Lu}'’.-]+|\p{Script=Arabic}+)(?:\s+(?:\p{Lu}[\p{Lu}'’.-]+|\p{Script=Arabic}+)){0,2})\s*(?:[,،.]|\s[-–—]\s|\d|\(|\/)/u;

export interface Frame {
  header: string[];
  foot: string[];
  credits: string[];
  /** Lines cut as related headlines: only a line there that opens with a name and describes it may speak. */
  related: string[];
  /** Short last paragraphs of the body. */
  tail: string[];
  /** Short lines opening the body above its first paragraph: a masthead's description the clean stage kept. */
  lead: string[];
  dateline: Dateline | null;
  /** An agency's slug between slashes opening the lead, however long: "МОСКВА, 5 марта. /Государственное … агентство «X»/." */
  slug: string | null;
  /** The place opening the lead ("MANILA –", "الرياض 25 أبريل"), with or without a dateline's date. */
  place: string | null;
}

const lines = (input: SourceInput, whys: Set<string>) =>
  input.removed
    .filter((r) => whys.has(r.why))
    .flatMap((r) =>
      r.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );

export function frameOf(input: SourceInput): Frame {
  const paragraphs = input.body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const tail = paragraphs.slice(-TAIL_PARAGRAPHS).filter((p) => p.split(/\s+/).length <= MAX_TAIL_WORDS);
  // The dateline opens the first or (under a headline) the second paragraph.
  const dateline = paragraphs.slice(0, 2).reduce<Dateline | null>((found, p) => found ?? parseDateline(p, input.language), null);
  const firstProse = paragraphs.findIndex((p) => p.split(/\s+/).length > MAX_HEAD_WORDS);
  const lead = paragraphs.slice(0, Math.min(MAX_HEAD_LINES, Math.max(0, firstProse)));
  const place =
    dateline?.place ??
    paragraphs
      .slice(0, 2)
      .map((p) => LEAD_PLACE.exec(p)?.[1])
      .find(Boolean) ??
    null;
  const slug =
    paragraphs
      .slice(0, 2)
      .map((p) => LEAD_SLUG.exec(p)?.[1])
      .find(Boolean) ?? null;
  return {
    slug,
    header: lines(input, HEADER_WHYS),
    foot: lines(input, FOOT_WHYS),
    credits: lines(input, CREDIT_WHYS),
    related: lines(input, RELATED_WHYS),
    tail,
    lead,
    dateline,
    place,
  };
}
