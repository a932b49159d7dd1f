// The queue on the embedded store: one process, no queue server. The same jobs run inline: reports prepared and
// stored once each, the dossier updated, alerts raised once with their sentences, delivered signed to a webhook
// (retried when it fails) and streamed on GET /api/events.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { type Alert, localAlerts } from '../../src/alerts/index.ts';
import { openInlineQueue, prepareJob, type Router } from '../../src/queue/index.ts';
import { cacheOn, inlinePreparer, readDocuments } from '../../src/runner/index.ts';
import { createApp } from '../../src/server/index.ts';
import { MEMORY, openStore } from '../../src/store/index.ts';
import type { Warning } from '../../src/types.ts';
import { readEvents, webhookReceiver } from './helpers.ts';
import { AUSTRAL } from './reports.ts';

const store = await openStore(MEMORY);
const receiver = await webhookReceiver('inline secret', 1);
/** Routing as the watch config would do it (the worker command's): here, every report to one collection. */
const route: Router = async (raws, ctx) => {
  const warnings: Warning[] = [];
  await readDocuments(raws, { cache: cacheOn(ctx.store), version: ctx.version, collection: 'routed', preparer: ctx.preparer, warnings });
  return { collections: ['routed'], warnings };
};
const queue = await openInlineQueue(store, { preparer: inlinePreparer, webhook: { url: receiver.url, secret: 'inline secret' }, route });
after(async () => {
  await queue.close();
  await store.close();
  await receiver.close();
});

const seen: Alert[] = [];
localAlerts.subscribe((a) => seen.push(a));
const report = (name: keyof typeof AUSTRAL) => prepareJob('austral', `${name}.txt`, Buffer.from(AUSTRAL[name]));

test('reports sent one by one: each stored once, the alerts raised once each with the sentence that caused them', async () => {
  await queue.send('prepare', report('signed'));
  await queue.idle();
  assert.ok(seen.some((a) => a.kind === 'event' && a.fact.endsWith(' signed') && a.evidence[0].doc.file === 'signed.txt'));
  await queue.send('prepare', report('ratifiedUy'));
  await queue.send('prepare', report('ratifiedUy')); // the same report again while the first waits: one job
  await queue.idle();
  await queue.send('prepare', report('misdated'));
  await queue.idle();
  await queue.send('prepare', report('signed')); // already stored: no new document, no new alert
  await queue.idle();
  assert.equal((await store.listDocuments({ collection: 'austral' })).total, 3);
  const misstatement = seen.find((a) => a.kind === 'misstatement');
  assert.ok(misstatement, JSON.stringify(seen.map((a) => a.summary)));
  assert.equal(misstatement.evidence[0].doc.file, 'misdated.txt');
  const facts = seen.map((a) => `${a.kind} ${a.fact}`);
  assert.equal(new Set(facts).size, facts.length, `an alert twice: ${facts}`);
  assert.ok((await store.loadDossier('austral'))?.json, 'the dossier is stored');
});

test('webhook: every alert delivered once, signed; a receiver that fails first gets it on a retry', async () => {
  // The first delivery was answered 503 and is retried after 2 s (backoff).
  const deadline = Date.now() + 15_000;
  while (receiver.alerts.length < seen.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(receiver.refused, 0);
  assert.deepEqual(receiver.alerts.map((a) => a.id).sort(), seen.map((a) => a.id).sort());
});

test('GET /api/events streams an alert as it is found, with its sentence', async () => {
  const app = createApp({ store });
  const response = await app.request('/api/events?collection=austral');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /text\/event-stream/);
  let alert: Alert | null = null;
  const reading = readEvents(response.body!, (e) => {
    if (e.event === 'ready') void queue.send('prepare', report('ratifiedIs'));
    if (e.event !== 'alert') return false;
    alert = JSON.parse(e.data);
    return true;
  });
  await reading;
  const got = alert as Alert | null;
  assert.ok(got);
  assert.equal(got.collection, 'austral');
  assert.equal(got.evidence[0].doc.file, 'ratifiedIs.txt');
  await queue.idle();
});

test('a report sent with no collection goes where the router puts it, and that dossier is updated', async () => {
  await queue.send('prepare', prepareJob(null, 'routed.txt', Buffer.from(`${AUSTRAL.signed}\nA routed copy.\n`)));
  await queue.idle();
  assert.equal((await store.listDocuments({ collection: 'routed' })).total, 1);
  assert.ok((await store.loadDossier('routed'))?.json);
  assert.ok(seen.some((a) => a.collection === 'routed' && a.kind === 'event'));
});
