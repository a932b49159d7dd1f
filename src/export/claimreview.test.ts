import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { toClaimReview } from './claimreview.ts';

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

test('a misstating document known without its sentence gets a review of the stated value', () => {
  const d: Dossier = structuredClone(sampleDossier);
  d.conflicts[1].values[1].claims = [];
  const out = toClaimReview(d) as Review[];
  assert.equal(out[1].claimReviewed, 'the date of signature: 11 Sep 2030');
});
