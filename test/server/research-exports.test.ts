// The research exports through the API: saved as files by a browser, readable by the parsers of the programs
// that open them, and ClaimReview pointing at the page that publishes it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { createApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';

let store: Store;
let app: ReturnType<typeof createApp>;

const REPORTS = [
  {
    title: 'Ardenia and Belmark sign river pact',
    outlet: 'Harbour Wire',
    url: 'https://harbour-wire.example/pact',
    published: '2031-03-03',
    text: 'Ardenia and Belmark signed the Treaty on River Transport on 3 March 2031 in Ardport. Article 4 of the treaty provides for joint patrols.',
  },
  {
    title: 'Belmark parliament approves river treaty',
    outlet: 'Belmark Daily',
    published: '2031-04-10',
    text: 'The parliament of Belmark approved the Treaty on River Transport with Ardenia on 9 April 2031. The treaty was signed on 3 March 2031.',
  },
];

before(async () => {
  store = await openStore('memory://');
  app = createApp({ store });
  const res = await app.request('/api/documents?collection=rivers', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reports: REPORTS }),
  });
  assert.equal(res.status, 201);
});
after(() => store.close());

test('the CSVs come as attachments named after the collection, and parse back to their rows', async () => {
  const atop = await app.request('/api/dossier?format=atop-csv&collection=rivers');
  assert.equal(atop.status, 200);
  assert.match(atop.headers.get('Content-Type')!, /^text\/csv; charset=utf-8/);
  assert.equal(atop.headers.get('Content-Disposition'), 'attachment; filename="rivers-atop.csv"');
  const agreements = parse(await atop.text(), { bom: true, columns: true }) as Record<string, string>[];
  assert.equal(agreements.length, 1);
  assert.match(agreements[0].title, /River Transport/);

  const claims = await app.request('/api/dossier?format=claims-csv&collection=rivers');
  assert.equal(claims.headers.get('Content-Disposition'), 'attachment; filename="rivers-claims.csv"');
  const rows = parse(await claims.text(), { bom: true, columns: true }) as Record<string, string>[];
  const full = await (await app.request('/api/dossier?full=1&collection=rivers')).json();
  assert.equal(rows.length, full.claims.length, 'every claim, not only the cited ones');
});

test('the calendar is a text/calendar attachment a calendar parser reads', async () => {
  const res = await app.request('/api/dossier?format=ics&collection=rivers');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('Content-Type'), 'text/calendar; charset=utf-8');
  assert.equal(res.headers.get('Content-Disposition'), 'attachment; filename="rivers-lifecycle.ics"');
  const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const signed = events.find((e) => /Signed/.test(e.summary));
  assert.ok(signed, events.map((e) => e.summary).join(' | '));
  assert.equal(signed.startDate.toString(), '2031-03-03');
});

test("ClaimReview's url is this server's page of the collection unless PACTWATCH_PUBLISHER_URL names another", async () => {
  // The pile has no misstatement; the url is checked on a conflict made by a third report.
  const res = await app.request('/api/documents?collection=rivers', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: 'River pact',
      outlet: 'Gazette',
      text: 'Ardenia and Belmark signed the Treaty on River Transport on 4 March 2031 in Ardport.',
    }),
  });
  assert.equal(res.status, 201);
  const reviews = await (await app.request('http://pactwatch.test:8080/api/dossier?format=claimreview&collection=rivers')).json();
  assert.ok(reviews.length > 0, 'the third report misstates the signing date');
  for (const r of reviews) assert.match(r.url, /^http:\/\/pactwatch\.test:8080\/\?collection=rivers#review-/);

  const saved = process.env.PACTWATCH_PUBLISHER_URL;
  process.env.PACTWATCH_PUBLISHER_URL = 'https://factcheck.example/rivers';
  try {
    const other = createApp({ store });
    const again = await (await other.request('/api/dossier?format=claimreview&collection=rivers')).json();
    assert.equal(again.length, reviews.length);
    for (const r of again) assert.match(r.url, /^https:\/\/factcheck\.example\/rivers#review-/);
    process.env.PACTWATCH_PUBLISHER_URL = 'not a url';
    assert.throws(() => createApp({ store }), /http or https/);
  } finally {
    if (saved === undefined) delete process.env.PACTWATCH_PUBLISHER_URL;
    else process.env.PACTWATCH_PUBLISHER_URL = saved;
  }
});
