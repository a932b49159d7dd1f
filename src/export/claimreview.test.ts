import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { checkPublisherUrl, toClaimReview } from './claimreview.ts';

// The JSON-LD as consumers read it: plain nested objects.
type Review = Record<string, any>;
const reviews = toClaimReview(sampleDossier) as Review[];
const docs = new Map(sampleDossier.documents.map((d) => [d.id, d]));

test('one ClaimReview per misstatement and per disputed event, none for documents that got it right', () => {
  assert.equal(reviews.length, 3);
  const headlines = reviews.map((r) => r.itemReviewed.appearance.headline);
  assert.deepEqual(headlines, [docs.get('d2')!.title, docs.get('d3')!.title, docs.get('d2')!.title]);
  assert.ok(!headlines.includes(docs.get('d1')!.title));
});

test('every review has the schema.org fields filled from the dossier', () => {
  for (const r of reviews) {
    assert.equal(r['@context'], 'https://schema.org');
    assert.equal(r['@type'], 'ClaimReview');
    assert.deepEqual(r.author, { '@type': 'Organization', name: 'Pactwatch' });
    assert.equal(r.datePublished, '2031-01-20');
    assert.equal(r.itemReviewed['@type'], 'Claim');
    assert.equal(r.itemReviewed.appearance['@type'], 'NewsArticle');
    assert.equal(r.reviewRating['@type'], 'Rating');
    assert.ok(r.reviewRating.ratingValue >= 1 && r.reviewRating.ratingValue <= 5);
    assert.equal(r.reviewRating.bestRating, 5);
    assert.equal(r.reviewRating.worstRating, 1);
    assert.equal(typeof r.reviewRating.alternateName, 'string');
    assert.ok(r.reviewBody.length > 40);
  }
});

test('the misnumbered article: claim text, appearance and a Misattributed rating with the resolution in the body', () => {
  const [article] = reviews;
  assert.equal(article.claimReviewed, "Article 5 of the agreement obliges the parties to come to each other's aid in the event of an armed attack.");
  assert.deepEqual(article.itemReviewed.appearance, {
    '@type': 'NewsArticle',
    url: 'https://brennmark-today.example/news/riksting?id=7&lang=en',
    headline: 'Riksting *approves* defence pact [update]',
    datePublished: '2030-12-11',
    inLanguage: 'en',
    publisher: { '@type': 'Organization', name: 'Brennmark Today & Tonight' },
  });
  assert.deepEqual(article.itemReviewed.author, { '@type': 'Organization', name: 'Brennmark Today & Tonight' });
  assert.deepEqual(article.reviewRating, { '@type': 'Rating', ratingValue: 2, alternateName: 'Misattributed', bestRating: 5, worstRating: 1 });
  assert.match(article.reviewBody, /says Article 5\. Pactwatch resolves it as Article 4; basis: majority of independent sources \(2 of 3\)\./);
  assert.match(article.reviewBody, /by Northern Wire, Aurelian Public Radio\./);
});

test('the wrong date quotes the sentence without its list marker; the disputed event is Unsupported', () => {
  assert.equal(reviews[1].claimReviewed, 'Signed in Veltrava on 11 September 2030.');
  assert.equal(reviews[1].reviewRating.alternateName, 'Contradicted by other sources');
  assert.equal(reviews[1].itemReviewed.appearance.url, undefined, 'no URL known, none invented');
  assert.equal(reviews[2].claimReviewed, 'The Riksting also amended the agreement on 10 December to add a sunset clause.');
  assert.equal(reviews[2].reviewRating.alternateName, 'Unsupported');
  assert.match(reviews[2].reviewBody, /Only one source reports an amendment/);
});

test('an official-text resolution rates False; a quoted speaker is the claim author; no resolution, no review', () => {
  const d: Dossier = structuredClone(sampleDossier);
  d.conflicts[1].resolved!.basis = 'official text';
  d.claims.find((c) => c.id === 'c17')!.speaker = 'Sela Voss';
  d.agreements[0].disputed_events = [];
  d.conflicts[0].resolved = null;
  const out = toClaimReview(d) as Review[];
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].reviewRating, { '@type': 'Rating', ratingValue: 1, alternateName: 'False', bestRating: 5, worstRating: 1 });
  assert.deepEqual(out[0].itemReviewed.author, { '@type': 'Person', name: 'Sela Voss' });
});

const PAGE = 'https://factcheck.example/pacts/aurelia-brennmark?lang=en';

test("Google's fact-check markup: every required and recommended field is there when known", () => {
  const out = toClaimReview(sampleDossier, { publisherUrl: PAGE }) as Review[];
  assert.ok(out.length > 0);
  for (const r of out) {
    // Required: the claim reviewed, a rating with its name, and the address of the page hosting the review.
    assert.equal(typeof r.claimReviewed, 'string');
    assert.ok(r.claimReviewed.trim().length > 0);
    assert.equal(typeof r.reviewRating.alternateName, 'string');
    assert.ok(r.reviewRating.alternateName.length > 0);
    const url = new URL(r.url);
    assert.equal(url.origin + url.pathname + url.search, PAGE, 'the review lives on the publisher page');
    assert.match(url.hash, /^#review-[\w-]+$/);
    // The review's author, and the claim: who made it, where it appeared, when.
    assert.equal(r.author['@type'], 'Organization');
    assert.ok(r.author.name);
    assert.equal(r.itemReviewed['@type'], 'Claim');
    assert.ok(r.itemReviewed.author?.name, 'the claim has an author');
    assert.ok(['Person', 'Organization'].includes(r.itemReviewed.author['@type']));
    const doc = sampleDossier.documents.find((d) => d.title === r.itemReviewed.appearance.headline)!;
    assert.equal(r.itemReviewed.appearance.url, doc.url ?? undefined);
    assert.equal(r.itemReviewed.datePublished, doc.published ?? undefined);
    assert.match(r.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.equal(new Set(out.map((r) => r.url)).size, out.length, 'each review has its own address on the page');
  assert.equal(out[0].itemReviewed.appearance.url, 'https://brennmark-today.example/news/riksting?id=7&lang=en', "the report's own URL");
});

test('without a publisher page the reviews carry no invented url; a page that is no web address is refused', () => {
  assert.ok(reviews.every((r) => !('url' in r)));
  assert.throws(() => toClaimReview(sampleDossier, { publisherUrl: 'javascript:alert(1)' }), /http or https/);
  assert.throws(() => checkPublisherUrl('factcheck.example/page'), /absolute/);
  assert.equal(checkPublisherUrl('https://factcheck.example'), 'https://factcheck.example/');
});

test('one review per misstating document, however many of its sentences repeat the wrong value', () => {
  const d: Dossier = structuredClone(sampleDossier);
  const body = d.documents[1].body;
  const again = 'The agreement was signed in Veltrava on 12 September.';
  // d2's wrong value, told by a second of its sentences too.
  const extra = { ...d.claims.find((c) => c.id === 'c12')!, id: 'c30', start: body.indexOf(again), end: body.indexOf(again) + again.length, text: again };
  d.claims.push(extra);
  d.conflicts[0].values[1].claims.push('c30');
  const out = toClaimReview(d) as Review[];
  assert.equal(out.filter((r) => r.itemReviewed.appearance.headline === d.documents[1].title && r.reviewRating.alternateName === 'Misattributed').length, 1);
  assert.equal(out.length, 3);
});

test('a document named in misstated_by is reviewed; one the resolver did not flag is not', () => {
  const d: Dossier = structuredClone(sampleDossier);
  d.conflicts[0].values.push({ value: '6', docs: ['d1'], claims: ['c6'] });
  assert.equal((toClaimReview(d) as Review[]).length, 3, 'd1 holds another value but is not in misstated_by');
  d.conflicts[0].misstated_by = ['d2', 'd1'];
  assert.equal((toClaimReview(d) as Review[]).length, 4);
});

test("the claim's author is the speaker by the fullest name the report gives, a body as an Organization", () => {
  const d: Dossier = structuredClone(sampleDossier);
  // d3's wrong date credited to "Voss", whom the same report names in full as a speaker elsewhere.
  d.claims.find((c) => c.id === 'c17')!.speaker = 'Voss';
  d.claims.find((c) => c.id === 'c20')!.speaker = 'Sela Voss';
  let out = toClaimReview(d) as Review[];
  assert.deepEqual(out[1].itemReviewed.author, { '@type': 'Person', name: 'Sela Voss' });
  // Known only from the people a claim introduces.
  d.claims.find((c) => c.id === 'c20')!.speaker = null;
  d.claims.find((c) => c.id === 'c21')!.people = [{ name: 'President Sela Voss', state: 'AU' }];
  out = toClaimReview(d) as Review[];
  assert.deepEqual(out[1].itemReviewed.author, { '@type': 'Person', name: 'President Sela Voss' });
  // Two people of that surname: the name stays as the sentence gives it.
  d.claims.find((c) => c.id === 'c22')!.people = [{ name: 'Arno Voss', state: 'AU' }];
  out = toClaimReview(d) as Review[];
  assert.deepEqual(out[1].itemReviewed.author, { '@type': 'Person', name: 'Voss' });
  d.claims.find((c) => c.id === 'c17')!.speaker = 'the Foreign Ministry';
  out = toClaimReview(d) as Review[];
  assert.deepEqual(out[1].itemReviewed.author, { '@type': 'Organization', name: 'the Foreign Ministry' });
});

test('a misstating document known without its sentence gets a review of the stated value', () => {
  const d: Dossier = structuredClone(sampleDossier);
  d.conflicts[1].values[1].claims = [];
  const out = toClaimReview(d) as Review[];
  assert.equal(out[1].claimReviewed, 'the date of signature: 11 Sep 2030');
});
