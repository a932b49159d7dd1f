// The home page's routes in process over an in-memory store of three collections: examples/ (the invented Velna
// treaty, in force), our own Tavria–Lundmark pact (signed, one party's vote, an open conflict on the place of
// signature) and an unsorted pile. GET /api/collections sums each up; GET /api/compare sets the agreements side by side.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Alert, LocalAlerts } from '../../src/alerts/index.ts';
import type { CollectionOverview, Comparison } from '../../src/export/view-overview.ts';
import { inlinePreparer } from '../../src/runner/index.ts';
import { createApp } from '../../src/server/app.ts';
import { Collections } from '../../src/server/collections.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { type FixtureReport, PACT_LATER, PACT_REPORTS, UNSORTED_REPORT } from '../fixtures/overview/pact.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

let store: Store;
let app: ReturnType<typeof createApp>;
const alerts = new LocalAlerts();

async function upload(collection: string, files: FixtureReport[], to = app): Promise<void> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.text]), f.name);
  const res = await to.request(`/api/documents?collection=${collection}`, { method: 'POST', body: form });
  assert.equal(res.status, 201, await res.text());
}

before(async () => {
  store = await openStore('memory://');
  // Read on this thread: a worker pool would load the reader's models once more for a dozen reports.
  app = createApp({ store, collections: new Collections(store, inlinePreparer), alerts });
  const examples = readdirSync(EXAMPLES).map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));
  await upload('examples', examples);
  await upload('tavria', PACT_REPORTS);
  await upload('unsorted', [UNSORTED_REPORT]);
});
after(() => store.close());

describe('home routes', () => {
  test('GET /api/collections: each collection with its agreement’s stage, newest event, open conflicts and reports; unsorted last', async () => {
    const res = await app.request('/api/collections');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const { collections } = (await res.json()) as { collections: CollectionOverview[] };
    assert.deepEqual(
      collections.map((c) => [c.name, c.documents, c.unsorted]),
      [
        ['examples', 5, false],
        ['tavria', 3, false],
        ['unsorted', 1, true],
      ],
    );
    const [velna] = collections[0].agreements;
    assert.match(velna.title, /Velna River/);
    assert.deepEqual(velna.stage, { key: 'in-force', label: 'In force', tone: 'ok' });
    assert.equal(velna.latest_event?.step, 'entered-into-force');
    assert.equal(velna.open_conflicts, 0);

    const tavria = collections[1];
    assert.equal(tavria.agreements.length, 1);
    const [pact] = tavria.agreements;
    assert.match(pact.title, /Mutual Assistance/);
    assert.deepEqual(pact.party_names.slice().sort(), ['Lundmark', 'Tavria']);
    assert.equal(pact.stage.key, 'ratifying');
    assert.deepEqual(pact.latest_event && { step: pact.latest_event.step, date: pact.latest_event.date, party: pact.latest_event.party }, {
      step: 'approved-by-legislature',
      date: '2031-03-10',
      party: 'Lundmark',
    });
    assert.equal(pact.open_conflicts, 1);
    assert.equal(tavria.open_conflicts, 1);
    assert.deepEqual(collections[2].agreements, []);
  });

  test('GET /api/compare: one column per agreement of the sorted collections, obligations with value and status', async () => {
    const res = await app.request('/api/compare');
    assert.equal(res.status, 200);
    const table = (await res.json()) as Comparison;
    assert.deepEqual(
      table.agreements.map((a) => a.collection),
      ['examples', 'tavria'],
    );
    assert.deepEqual(
      table.obligations.map((o) => o.key),
      ['defense', 'offense', 'neutrality', 'nonaggression', 'consultation', 'no_competing_commitments', 'no_territory_use'],
    );
    const pact = table.agreements[1];
    assert.equal(pact.signed, '2031-02-03');
    assert.equal(pact.entered_into_force, null);
    for (const key of ['defense', 'consultation', 'nonaggression', 'no_territory_use'] as const) {
      assert.equal(pact.obligations[key].value, true, key);
      assert.equal(pact.obligations[key].status, 'confirmed', key);
    }
    assert.equal(pact.obligations.neutrality.value, null);
    const velna = table.agreements[0];
    assert.equal(velna.obligations.defense.value, false);
    assert.equal(velna.entered_into_force?.date, '2029-10-03');
  });

  test('documents another process stores are taken in: by the home page’s count, and by an alert for the collection', async () => {
    // Another process: its own collections over the same store (a worker, the watch loop).
    const other = createApp({ store, collections: new Collections(store, inlinePreparer), alerts: new LocalAlerts() });
    await upload('tavria', [PACT_LATER[0]], other);
    const { collections } = (await (await app.request('/api/collections')).json()) as { collections: CollectionOverview[] };
    const tavria = collections.find((c) => c.name === 'tavria')!;
    assert.equal(tavria.documents, 4);
    assert.deepEqual([tavria.agreements[0].latest_event?.step, tavria.agreements[0].latest_event?.party], ['approved-by-legislature', 'Tavria']);

    await upload('tavria', [PACT_LATER[1]], other);
    const before = (await (await app.request('/api/dossier?collection=tavria')).json()).totals.documents;
    assert.equal(before, 4, 'no alert yet: the dossier held here is the one it had');
    const alert: Alert = {
      id: 1,
      collection: 'tavria',
      kind: 'event',
      fact: 'a1 ratified (Tavria)',
      agreement: { id: 'a1', title: 'Treaty of Mutual Assistance' },
      summary: 'Ratified by Tavria',
      value: '2031-04-20',
      before: null,
      status: null,
      status_before: null,
      evidence: [],
      at: new Date().toISOString(),
    };
    alerts.publish([alert]);
    for (let tries = 0; tries < 100; tries++) {
      const d = await (await app.request('/api/dossier?collection=tavria')).json();
      if (d.totals.documents === 5) {
        assert.ok(d.agreements[0].lifecycle.some((e: { step: string; party: string }) => e.step === 'ratified' && e.party === 'Tavria'));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail('the alert did not bring the collection up to date');
  });

  test('an empty store lists no collection and compares nothing', async () => {
    const empty = await openStore('memory://');
    try {
      const bare = createApp({ store: empty });
      assert.deepEqual(await (await bare.request('/api/collections')).json(), { collections: [] });
      assert.deepEqual((await (await bare.request('/api/compare')).json()).agreements, []);
    } finally {
      await empty.close();
    }
  });
});
