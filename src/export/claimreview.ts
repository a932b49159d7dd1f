// schema.org ClaimReview (JSON-LD), one per misstatement: each document a conflict's resolution finds wrong
// (its `misstated_by`), and each document asserting a disputed lifecycle event, however many of its sentences
// say it. Publishers embed these in their fact-check page; Google's fact-check markup needs `claimReviewed`,
// `reviewRating.alternateName` and the page's `url`, and reads `itemReviewed` (who made the claim, where, when).
import type { Claim as ClaimLd, ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import type { Claim, Conflict, DocumentRecord, Dossier } from '../types.ts';
import {
  claimsByDoc,
  describeEvent,
  docLabel,
  generatedDate,
  isResolvedValue,
  lookup,
  type Misstatement,
  misstatements,
  nameList,
  quoteText,
  type Unsupported,
  unsupported,
  valueLabel,
} from './view.ts';

export interface ClaimReviewOptions {
  /** The address of the publisher's page the reviews are embedded in (CLI `--publisher-url`,
   *  `PACTWATCH_PUBLISHER_URL`); each review's `url` is this page with a fragment naming the review. */
  publisherUrl?: string | null;
}

interface Verdict {
  ratingValue: number;
  alternateName: string;
}

/** Verdicts on a 1 (false) to 5 (true) scale; only the wrong ones are ever reviewed. */
const VERDICTS = {
  /** The official text says otherwise: the strongest evidence there is. */
  contradictedByOfficial: { ratingValue: 1, alternateName: 'False' },
  /** An article number is wrong while the clause is described right: the content is attributed to the wrong article. */
  misnumbered: { ratingValue: 2, alternateName: 'Misattributed' },
  /** No official text, but the majority of independent sources says otherwise. */
  contradictedByMajority: { ratingValue: 2, alternateName: 'Contradicted by other sources' },
  /** An event only this source reports, against all other evidence. */
  unsupported: { ratingValue: 2, alternateName: 'Unsupported' },
} satisfies Record<string, Verdict>;

/** A resolution's basis names the official text when that text decided it. */
const OFFICIAL_BASIS = /\bofficial\b/i;

/** Names of bodies rather than people: such a speaker is an Organization. */
const ORGANIZATION_WORDS =
  /\b(?:ministry|ministries|government|office|agency|council|committee|parliament|senate|duma|assembly|department|embassy|kremlin|white house|presidency|cabinet|spokes(?:man|woman|person)? (?:of|for) the)\b|\bминистерств|\bМИД\b|\bministère\b|\bministerium\b/i;

function verdictFor(c: Conflict): Verdict {
  if (c.slot === 'article') return VERDICTS.misnumbered;
  return c.resolved && OFFICIAL_BASIS.test(c.resolved.basis) ? VERDICTS.contradictedByOfficial : VERDICTS.contradictedByMajority;
}

/** An address a reader can follow: http or https only, as given. */
function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The publisher's page with the review's fragment, or null when no page is known. */
function reviewUrl(base: string | null, fragment: string): string | null {
  if (!base) return null;
  const u = new URL(base);
  u.hash = fragment;
  return u.href;
}

/** Throws a one-line reason unless `url` is an absolute http(s) address: for the CLI flag and the env var. */
export function checkPublisherUrl(url: string): string {
  const ok = webUrl(url);
  if (!ok) throw new Error(`the publisher URL must be an absolute http or https address, not «${url}»`);
  return ok;
}

function appearance(doc: DocumentRecord): CreativeWork {
  const url = webUrl(doc.url);
  return {
    '@type': doc.kind === 'official' ? 'CreativeWork' : 'NewsArticle',
    ...(url ? { url } : {}),
    ...(doc.title ? { headline: doc.title } : {}),
    ...(doc.published ? { datePublished: doc.published } : {}),
    ...(doc.language ? { inLanguage: doc.language } : {}),
    ...(doc.outlet ? { publisher: { '@type': 'Organization', name: doc.outlet } } : {}),
    ...(doc.author ? { author: { '@type': 'Person', name: doc.author } } : {}),
  } as CreativeWork;
}

/**
 * The speaker's fullest name in the document: a surname alone ("…, Marr said") is the person the document
 * names in full elsewhere ("Foreign Minister Ilona Marr", a claim's `people`), when exactly one name ends so.
 */
function resolvedSpeaker(speaker: string, docClaims: readonly Claim[]): string {
  const name = speaker.trim();
  if (/\s/.test(name)) return name;
  const fuller = new Set<string>();
  const ending = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u');
  for (const c of docClaims) {
    for (const candidate of [c.speaker, ...(c.people ?? []).map((p) => p.name)]) {
      if (candidate && candidate !== name && ending.test(candidate.trim())) fuller.add(candidate.trim());
    }
  }
  return fuller.size === 1 ? [...fuller][0] : name;
}

function party(name: string): Person | Organization {
  return ORGANIZATION_WORDS.test(name) ? { '@type': 'Organization', name } : { '@type': 'Person', name };
}

/** Who made the claim: the quoted speaker (by the fullest name the document gives), else the document's author, else its outlet. */
function claimAuthor(doc: DocumentRecord, claim: Claim | null, docClaims: readonly Claim[]): Person | Organization | null {
  if (claim?.speaker) return party(resolvedSpeaker(claim.speaker, docClaims));
  if (doc.author) return { '@type': 'Person', name: doc.author };
  return doc.outlet ? { '@type': 'Organization', name: doc.outlet } : null;
}

interface ReviewInput {
  doc: DocumentRecord;
  /** The sentences of the document that make the claim; the first is the one reviewed. */
  claims: Claim[];
  fallback: string;
  verdict: Verdict;
  body: string;
  fragment: string;
}

function review(d: Dossier, input: ReviewInput, base: string | null, docClaims: readonly Claim[]): WithContext<ClaimReview> {
  const claim = input.claims[0] ?? null;
  const author = claimAuthor(input.doc, claim, docClaims);
  const itemReviewed: ClaimLd = {
    '@type': 'Claim',
    appearance: appearance(input.doc),
    ...(author ? { author } : {}),
    ...(input.doc.published ? { datePublished: input.doc.published } : {}),
  };
  const url = reviewUrl(base, input.fragment);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    claimReviewed: (claim && quoteText(claim)) || input.fallback,
    itemReviewed,
    reviewRating: { '@type': 'Rating', ...input.verdict, bestRating: 5, worstRating: 1 },
    author: { '@type': 'Organization', name: 'Pactwatch' },
    datePublished: generatedDate(d),
    reviewBody: input.body,
  };
}

/** A fragment from ids: letters, digits and hyphens. */
function fragment(...parts: (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[^\w-]/g, '-')).join('-');
}

function misstatementInput(m: Misstatement, conflictIndex: number, agreeing: string): ReviewInput {
  const c = m.conflict;
  const resolved = c.resolved!;
  return {
    doc: m.doc,
    claims: m.claims,
    fallback: `${c.about}: ${valueLabel(c, m.value.value)}`,
    verdict: verdictFor(c),
    body:
      `On ${c.about}, ${docLabel(m.doc)} says ${valueLabel(c, m.value.value)}. Pactwatch resolves it as ` +
      `${valueLabel(c, resolved.value)}; basis: ${resolved.basis}.` +
      (agreeing ? ` Reported as ${valueLabel(c, resolved.value)} by ${agreeing}.` : ''),
    fragment: fragment('review', 'conflict', conflictIndex + 1, m.doc.id),
  };
}

function unsupportedInput(u: Unsupported, eventIndex: number): ReviewInput {
  const event = describeEvent(u.event);
  return {
    doc: u.doc,
    claims: u.claims,
    fallback: event,
    verdict: VERDICTS.unsupported,
    body: `${docLabel(u.doc)} reports: ${event}. ${u.event.reason} Pactwatch keeps the event out of the agreement's lifecycle.`,
    fragment: fragment('review', 'event', eventIndex + 1, u.doc.id),
  };
}

export function toClaimReview(d: Dossier, options: ClaimReviewOptions = {}): WithContext<ClaimReview>[] {
  const base = options.publisherUrl ? checkPublisherUrl(options.publisherUrl) : null;
  const { doc } = lookup(d);
  const byDoc = claimsByDoc(d);
  const conflictIndex = new Map(d.conflicts.map((c, i) => [c, i]));
  // Who reported the resolved value, once per conflict: the same for every document that got it wrong.
  const agreeing = new Map(
    d.conflicts.map((c) => [
      c,
      nameList(
        c.values
          .filter((v) => isResolvedValue(c, v))
          .flatMap((v) => v.docs)
          .map((id) => docLabel(doc(id))),
      ),
    ]),
  );
  const inputs = misstatements(d).map((m) => misstatementInput(m, conflictIndex.get(m.conflict)!, agreeing.get(m.conflict) ?? ''));
  const disputed = d.agreements.flatMap((a) => a.disputed_events ?? []);
  for (const u of unsupported(d)) inputs.push(unsupportedInput(u, disputed.indexOf(u.event)));
  return inputs.map((input) => review(d, input, base, byDoc.get(input.doc.id) ?? []));
}
