// Clean stage: RawDocument → body + removed[] + header + hints. HTML first becomes article text (html/), then
// every document goes through the same named detectors, one per kind of junk, in the order below.
import type { CleanedDocument, MetaHints, RawDocument } from '../types.ts';
import { byline } from './detectors/byline.ts';
import { caption } from './detectors/caption.ts';
import { closeButton } from './detectors/close-button.ts';
import { comments } from './detectors/comments.ts';
import { contact } from './detectors/contact.ts';
import { cookie } from './detectors/cookie.ts';
import { copyright } from './detectors/copyright.ts';
import { credit } from './detectors/credit.ts';
import { dateStamp } from './detectors/date-stamp.ts';
import { dateline } from './detectors/dateline.ts';
import { footer } from './detectors/footer.ts';
import { handling } from './detectors/handling.ts';
import { label } from './detectors/label.ts';
import { mailHeader } from './detectors/mail-header.ts';
import { masthead } from './detectors/masthead.ts';
import { navigation } from './detectors/navigation.ts';
import { newsletter } from './detectors/newsletter.ts';
import { paywall } from './detectors/paywall.ts';
import { related } from './detectors/related.ts';
import { separator } from './detectors/separator.ts';
import { share } from './detectors/share.ts';
import { subscribe } from './detectors/subscribe.ts';
import { tools } from './detectors/tools.ts';
import { trailer } from './detectors/trailer.ts';
import { widget } from './detectors/widget.ts';
import { extractHtml } from './html/index.ts';
import { type Detector, TextDoc } from './text-doc.ts';

/**
 * The detectors, in order. Each sees the cuts of those before it; the zonal ones run again until nothing changes,
 * because cutting one footer line puts the line above it in the page's tail.
 */
export const DETECTORS: Detector[] = [
  closeButton, // glyph lines first: they would otherwise count as header lines
  separator,
  mailHeader, // a saved newsletter's "From:"/"To:" lines, before the header zone is judged
  cookie, // banners open the page and read like sentences, so they go before the header zone is judged
  share, // before navigation: "Share: Facebook | X | Email" is a share bar, not a menu
  tools, // before navigation too: "Print | Email to a friend" is a tool bar
  navigation,
  handling, // before the masthead: a wire's handling line is no headline
  masthead,
  dateStamp,
  byline,
  dateline, // after date and byline: "Saturday, March 15, 2031" and "By X, 31 July 2031" also parse as datelines
  credit,
  caption, // cuts inside lines: captions and credits glued to the next sentence
  paywall, // before subscribe: "This article is for subscribers" is a notice, whatever pitch follows it
  subscribe,
  newsletter,
  footer, // editorial boilerplate: disclaimers, letters policy
  contact, // a release's press contacts, from the last line up
  trailer, // agency trailer codes and end marks
  copyright, // before related: a copyright line under a link list is not one of its items
  related,
  comments,
  widget,
  label, // keep last: it judges the header zone the others have cleared
];
/** Enough passes for a footer of several junk blocks to be peeled from the bottom up. */
const MAX_PASSES = 4;

/** Runs the detectors over plain text. */
export function cleanText(text: string, detectors: Detector[] = DETECTORS): Omit<CleanedDocument, 'hints'> {
  const doc = new TextDoc(text);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const d of detectors) if (pass === 0 || d.zonal) for (const c of d.detect(doc)) changed = doc.cut(c) || changed;
    if (!changed) break;
  }
  return doc.result();
}

/** Hints the container states (JSON item fields) win over those the page states; the page fills the gaps. */
function mergeHints(raw: MetaHints, page: MetaHints): MetaHints {
  const out: MetaHints = { ...page };
  for (const [k, v] of Object.entries(raw) as [keyof MetaHints, string | null | undefined][]) if (v != null && v !== '') out[k] = v;
  return out;
}

/** A run of spaces or tabs this long inside a line (no report's layout needs one) becomes one space before the
 *  detectors read the lines: their patterns try every start in a run ("\\s*\\|\\s*"), so 128 KB of spaces and tabs
 *  took minutes. Said in a warning. */
export const MAX_SPACE_RUN = 64;
const LONG_SPACE_RUN = new RegExp(`[^\\S\\n]{${MAX_SPACE_RUN},}`, 'g');

/** The text with long space runs collapsed, and the warning that says so. */
function collapseSpaceRuns(text: string, warnings: string[]): string {
  let runs = 0;
  const out = text.replace(LONG_SPACE_RUN, () => {
    runs++;
    return ' ';
  });
  if (runs) warnings.push(`${runs} run(s) of ${MAX_SPACE_RUN} or more spaces or tabs inside a line were read as one space`);
  return out;
}

/** A cleaned document and what the clean stage could not do on it (one line each, for the document's warnings). */
export type Cleaned = CleanedDocument & { warnings: string[] };

export function cleanDocument(raw: RawDocument): Cleaned {
  const warnings: string[] = [];
  if (raw.html != null) {
    const page = extractHtml(raw.html);
    warnings.push(...page.warnings);
    const cleaned = cleanText(collapseSpaceRuns(page.text, warnings));
    return { ...cleaned, removed: [...page.removed, ...cleaned.removed], hints: mergeHints(raw.hints, page.hints), warnings };
  }
  return { ...cleanText(collapseSpaceRuns(raw.text ?? '', warnings)), hints: { ...raw.hints }, warnings };
}
