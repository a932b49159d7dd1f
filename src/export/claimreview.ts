// schema.org ClaimReview (JSON-LD) for every misstatement: each document whose value contradicts a conflict's
// resolution, and each document asserting a disputed lifecycle event. Publishers embed these in fact-check pages.
import type { Claim, Conflict, DocumentRecord, Dossier } from '../types.ts';
import { describeEvent, docLabel, generatedDate, isResolvedValue, lookup, misstatements, nameList, quoteText, unsupported, valueLabel } from './view.ts';

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

function verdictFor(c: Conflict): Verdict {
  if (c.slot === 'article') return VERDICTS.misnumbered;
  return c.resolved && OFFICIAL_BASIS.test(c.resolved.basis) ? VERDICTS.contradictedByOfficial : VERDICTS.contradictedByMajority;
}

/** Drops null, undefined and empty-string fields, so the JSON-LD states only what is known. */
function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Partial<T>;
}

function appearance(doc: DocumentRecord): object {
  return compact({
    '@type': doc.kind === 'official' ? 'CreativeWork' : 'NewsArticle',
    url: doc.url,
    headline: doc.title,
    datePublished: doc.published,
    inLanguage: doc.language,
    publisher: doc.outlet ? { '@type': 'Organization', name: doc.outlet } : null,
    author: doc.author ? { '@type': 'Person', name: doc.author } : null,
  });
}

/** Who made the claim: the quoted speaker, else the document's author, else its outlet. */
function claimAuthor(doc: DocumentRecord, claim: Claim | null): object | null {
  if (claim?.speaker) return { '@type': 'Person', name: claim.speaker };
  if (doc.author) return { '@type': 'Person', name: doc.author };
  return doc.outlet ? { '@type': 'Organization', name: doc.outlet } : null;
}

function review(d: Dossier, doc: DocumentRecord, claim: Claim | null, fallback: string, verdict: Verdict, body: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: (claim && quoteText(claim)) || fallback,
    itemReviewed: compact({
      '@type': 'Claim',
      appearance: appearance(doc),
      author: claimAuthor(doc, claim),
      datePublished: doc.published,
    }),
    reviewRating: { '@type': 'Rating', ...verdict, bestRating: 5, worstRating: 1 },
    author: { '@type': 'Organization', name: 'Pactwatch' },
    datePublished: generatedDate(d),
    reviewBody: body,
  };
}

export function toClaimReview(d: Dossier): object[] {
  const { doc } = lookup(d);
  const out: object[] = [];
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
  for (const m of misstatements(d)) {
    const c = m.conflict;
    const resolved = c.resolved!;
    const body =
      `On ${c.about}, ${docLabel(m.doc)} says ${valueLabel(c, m.value.value)}. Pactwatch resolves it as ` +
      `${valueLabel(c, resolved.value)}; basis: ${resolved.basis}.` +
      (agreeing.get(c) ? ` Reported as ${valueLabel(c, resolved.value)} by ${agreeing.get(c)}.` : '');
    const fallback = `${c.about}: ${valueLabel(c, m.value.value)}`;
    for (const claim of m.claims.length ? m.claims : [null]) out.push(review(d, m.doc, claim, fallback, verdictFor(c), body));
  }
  for (const u of unsupported(d)) {
    const event = describeEvent(u.event);
    const body = `${docLabel(u.doc)} reports: ${event}. ${u.event.reason} Pactwatch keeps the event out of the agreement's lifecycle.`;
    for (const claim of u.claims.length ? u.claims : [null]) out.push(review(d, u.doc, claim, event, VERDICTS.unsupported, body));
  }
  return out;
}
