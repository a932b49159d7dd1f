// The home page in a real browser (browser.ts) over an in-memory store of three collections: examples/, our own
// Tavria–Lundmark pact and an unsorted report. It lists the collections with their status, newest event, open
// conflicts and reports, compares the agreements' obligations, and shows an alert published to the server's
// GET /api/events live, its hostile summary as text and its sentence opening in its document. Then the same page
// against a server that does not serve /api/events (an older one): quiet, no failed request, no error.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { type Alert, closeEventStreams, LocalAlerts } from '../../src/alerts/index.ts';
import { WEB_DIR } from '../../src/cli/commands/serve.ts';
import { ensureWebBuilt } from '../../src/cli/commands/start.ts';
import { inlinePreparer } from '../../src/runner/index.ts';
import { Collections, createApp } from '../../src/server/index.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { type FixtureReport, PACT_REPORTS, UNSORTED_REPORT } from '../fixtures/overview/pact.ts';
import { launchBrowser } from './browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const WAIT_MS = 20_000;
const TEST_MS = 60_000;
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

let store: Store;
let server: Server;
let base: string;
let browser: Browser | undefined;
let page: Page;
const alerts = new LocalAlerts();
/** Off, the server answers as one without alerts: /api/events is no route and its OpenAPI document omits it. */
let streaming = true;
const problems: string[] = [];

function olderServer(app: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (streaming) return app(req, res);
    if (req.url?.startsWith('/api/events')) {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      return res.end('{"error":{"status":404,"message":"no route"}}');
    }
    if (req.url === '/api/openapi.json') {
      const { '/api/events': _, ...paths } = openApiDocument().paths as Record<string, unknown>;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ ...openApiDocument(), paths }));
    }
    app(req, res);
  };
}

async function upload(collection: string, files: FixtureReport[]): Promise<void> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.text]), f.name);
  const res = await fetch(new URL(`/api/documents?collection=${collection}`, base), { method: 'POST', body: form });
  assert.equal(res.status, 201, await res.text());
}

before(
  async (t) => {
    delete process.env.PACTWATCH_TOKEN;
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureWebBuilt();
    store = await openStore('memory://');
    const app = createApp({ store, webDir: WEB_DIR, collections: new Collections(store, inlinePreparer), alerts });
    server = createServer(olderServer(getRequestListener(app.fetch)));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const examples = join(ROOT, 'examples');
    await upload(
      'examples',
      readdirSync(examples).map((name) => ({ name, text: readFileSync(join(examples, name), 'utf8') })),
    );
    await upload('tavria', PACT_REPORTS);
    await upload('unsorted', [UNSORTED_REPORT]);
    const launched = await launchBrowser(WAIT_MS);
    browser = launched.browser;
    if ('diagnostic' in t) t.diagnostic(`browser: ${launched.kind} ${launched.executable} ${browser.version()}`);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
  },
  { timeout: 180_000 },
);

after(async () => {
  await browser?.close();
  closeEventStreams();
  await new Promise<void>((done) => server?.close(() => done()));
  await store?.close();
});

describe('home page in a real browser', { timeout: 300_000 }, () => {
  test('lists every collection with its status, newest event, open conflicts and reports; unsorted apart; the drop zone stays', {
    timeout: TEST_MS,
  }, async () => {
    await page.goto(base);
    const rows = page.locator('#collections tr.collection');
    await rows.first().waitFor({ state: 'visible' });
    assert.equal(await rows.count(), 2);
    const velna = page.locator('tr.collection[data-collection=examples]');
    assert.match(await velna.locator('.collection-link').innerText(), /Velna River/);
    assert.equal(await velna.locator('.stage').innerText(), 'In force');
    assert.match(await velna.locator('.event-cell').innerText(), /Entered into force[\s\S]*3 Oct 2029/);
    const pact = page.locator('tr.collection[data-collection=tavria]');
    assert.equal(await pact.locator('.stage').innerText(), 'Ratification under way');
    assert.match(await pact.locator('.event-cell').innerText(), /Approved by legislature · Lundmark[\s\S]*10 Mar 2031/);
    assert.equal(await pact.locator('.conflicts-cell').innerText(), '1');
    assert.equal(await pact.locator('.reports-cell').innerText(), '3');
    assert.equal(await pact.locator('.collection-link').getAttribute('href'), '/?collection=tavria');
    assert.match(await page.locator('#unsorted').innerText(), /1 report not matched to any agreement/);
    await page.locator('[data-testid=dropzone]').waitFor({ state: 'visible' });
  });

  test('compares the agreements: a column each, obligations with value and status, signature and entry into force', { timeout: TEST_MS }, async () => {
    const table = page.locator('#compare table.compare');
    await table.waitFor({ state: 'visible' });
    assert.equal(await table.locator('thead th[data-collection]').count(), 2);
    const cell = (row: string, collection: string) => table.locator(`tr[data-row=${row}] td[data-collection=${collection}]`);
    assert.match(await cell('defense', 'tavria').innerText(), /Yes[\s\S]*Confirmed/);
    assert.match(await cell('defense', 'examples').innerText(), /^No/);
    assert.match(await cell('neutrality', 'tavria').innerText(), /Unknown/);
    assert.equal(await cell('signed', 'tavria').innerText(), '3 Feb 2031');
    assert.match(await cell('entered_into_force', 'examples').innerText(), /3 Oct 2029/);
    assert.match(await cell('parties', 'tavria').innerText(), /Lundmark · Tavria|Tavria · Lundmark/);
    await page.screenshot({ path: join(ARTIFACTS, 'laptop-home.png'), fullPage: true });
  });

  test('an alert pushed over Server-Sent Events appears live, as text, and its sentence opens in its document', { timeout: TEST_MS }, async () => {
    await page.locator('#alerts[data-stream=ready]').waitFor({ state: 'visible' });
    const { items } = await (await fetch(new URL('/api/documents?collection=tavria', base))).json();
    const wire = items.find((d: { file: string }) => d.file === '02_wire_signing.txt');
    const body: string = (await (await fetch(new URL(`/api/documents/${wire.sha256}`, base))).json()).body;
    const sentence = 'Under Article 2 of the treaty, each party must provide military assistance to the other in the event of an armed attack.';
    const start = body.indexOf(sentence);
    assert.ok(start >= 0);
    const alert: Alert = {
      id: 1,
      collection: 'tavria',
      kind: 'conflict',
      fact: 'conflict place: the signing place',
      agreement: { id: 'a1', title: 'Treaty of Mutual Assistance' },
      summary: `Sources disagree on the place of signature ${HOSTILE}`,
      value: null,
      before: null,
      status: 'disputed',
      status_before: null,
      evidence: [
        {
          text: sentence,
          start,
          end: start + sentence.length,
          doc: { sha256: wire.sha256, file: wire.file, url: null, title: null, outlet: 'Northern Newswire', published: null },
        },
      ],
      at: new Date().toISOString(),
    };
    alerts.publish([alert]);
    const toast = page.locator('[data-testid=alert-toast]').first();
    await toast.waitFor({ state: 'visible' });
    assert.match(await toast.innerText(), /New conflict[\s\S]*Treaty of Mutual Assistance/i);
    assert.ok((await toast.locator('.alert-summary').innerText()).includes(HOSTILE), 'the summary is shown as text');
    assert.equal(await toast.locator('.alert-collection').getAttribute('href'), '/?collection=tavria');
    assert.match(await page.locator('#alerts .alert-item').first().innerText(), /Under Article 2 of the treaty/);
    await page.screenshot({ path: join(ARTIFACTS, 'laptop-home-alert.png') });
    await toast.locator('.alert-sentence button').click();
    const mark = page.locator('#source .doc-body mark.hl').first();
    await mark.waitFor({ state: 'visible' });
    assert.equal(await mark.innerText(), sentence);
    await page.keyboard.press('Escape');
    assert.deepEqual(
      await page.evaluate(() => ({ pwned: (window as { __pwned?: number }).__pwned, img: document.querySelectorAll('#toasts img, #alerts img').length })),
      {
        pwned: undefined,
        img: 0,
      },
    );
  });

  test('a collection opens its dossier under a way back; Back returns to the home page', { timeout: TEST_MS }, async () => {
    await page.locator('tr.collection[data-collection=tavria] .collection-link').click();
    await page.locator('.hero h1').waitFor({ state: 'visible' });
    assert.match(await page.locator('.hero h1').innerText(), /Mutual Assistance/i);
    assert.match(await page.locator('.crumbs').innerText(), /All agreements › tavria/);
    await page.goBack();
    await page.locator('#collections').waitFor({ state: 'visible' });
  });

  test('at phone width the home page does not scroll sideways', { timeout: TEST_MS }, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('#compare').waitFor({ state: 'visible' });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the phone');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-home.png'), fullPage: true });
  });

  test('against a server without alerts the page stays quiet: no stream, no list, no error', { timeout: TEST_MS }, async () => {
    streaming = false;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await page.locator('#collections').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('#alerts').count(), 0);
    assert.deepEqual(problems, []);
  });
});
