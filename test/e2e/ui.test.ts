// The web UI in a real browser (a system Chromium, else the one @sparticuz/chromium ships: browser.ts; driven by playwright-core) against the server
// started in process over an in-memory store: upload the practice case through the file picker, read the status
// and the article-numbering conflict, open cited sentences highlighted in their documents, search claims, check
// that hostile markup in a report stays text, count every source of a fact the served dossier cuts to a few,
// and save laptop and phone screenshots to test-artifacts/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Running, startServer } from '../../src/cli/commands/serve.ts';
import { ensureWebBuilt } from '../../src/cli/commands/start.ts';
import { SHOWN_SOURCES } from '../../src/export/view.ts';
import { openStore } from '../../src/store/index.ts';
import { launchBrowser } from './browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PRACTICE = join(ROOT, '..', 'shared', 'eval', 'practice-harbour', 'docs');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const WAIT_MS = 20_000;
const TEST_MS = 60_000;
/** Reading ten reports one upload at a time (the first of a language loads its models). */
const UPLOAD_MS = 90_000;

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const HOSTILE = `Rumours of a quillwort annex ${IMG}

A blogger claimed on Tuesday that a secret quillwort annex had been kept from the public. ${SCRIPT} Officials said no such annex exists. ${IMG}
`;

let running: Running | undefined;
let browser: Browser | undefined;
let page: Page;
const problems: string[] = [];

before(
  async (t) => {
    delete process.env.PACTWATCH_TOKEN;
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureWebBuilt();
    running = await startServer({ port: '0', host: '127.0.0.1' }, await openStore('memory://'));
    const launched = await launchBrowser(WAIT_MS);
    browser = launched.browser;
    if ('diagnostic' in t) t.diagnostic(`browser: ${launched.kind} ${launched.executable} ${browser.version()}`);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(WAIT_MS);
    // A CSP violation or a script error shows up here; the last test asserts there was none.
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
  },
  { timeout: 120_000 },
);

after(async () => {
  await browser?.close();
  await running?.close();
});

/** Is the element inside the visible part of its scrolling container (and of the viewport)? */
async function inView(selector: string, container: string): Promise<boolean> {
  return page.evaluate(
    ([sel, box]) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      const c = document.querySelector(box)!.getBoundingClientRect();
      return r.top >= c.top && r.bottom <= c.bottom && r.bottom <= window.innerHeight && r.height > 0;
    },
    [selector, container] as const,
  );
}

describe('web UI in a real browser', { timeout: 300_000 }, () => {
  test('serves the UI under a strict CSP and starts with a drop zone', { timeout: TEST_MS }, async () => {
    const res = await page.goto(running!.url);
    assert.equal(res?.status(), 200);
    assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.locator('[data-testid=dropzone]').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(ARTIFACTS, 'laptop-empty.png') });
  });

  test('uploads the practice case through the file picker, with a result per file', { timeout: UPLOAD_MS + TEST_MS }, async () => {
    const files = readdirSync(PRACTICE)
      .sort()
      .map((name) => ({ name, mimeType: name.endsWith('.html') ? 'text/html' : 'text/plain', buffer: readFileSync(join(PRACTICE, name)) }));
    await page.setInputFiles('#file-input', [...files, { name: 'hostile-report.txt', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE) }]);
    const summary = page.locator('[data-testid=upload-summary]');
    await summary.waitFor({ state: 'visible', timeout: UPLOAD_MS });
    assert.match(await summary.innerText(), new RegExp(`^${files.length + 1} reports added`));
    assert.equal(await page.locator('.upload-item.ok').count(), files.length + 1);
    await page.locator('.hero h1').waitFor({ state: 'visible' });
    assert.match(await page.locator('.hero h1').innerText(), /Maritime Cooperation and Mutual Security/i);
  });

  test('leads with the status and the article-numbering conflict, each side with its sources', { timeout: TEST_MS }, async () => {
    const status = page.locator('[data-testid=status]');
    assert.match(await status.innerText(), /in force|signed/i);
    const conflict = page
      .locator('.conflict[data-slot=article]')
      .filter({ has: page.locator('.side[data-value="5"]') })
      .filter({ has: page.locator('.side[data-value="4"]') });
    await conflict.first().waitFor({ state: 'visible' });
    const card = conflict.first();
    assert.match(await card.locator('h3').innerText(), /consult/i);
    assert.match(await card.locator('.resolution').innerText(), /Resolved: Article 4/);
    assert.match(await card.locator('.side[data-value="4"]').innerText(), /Supported/);
    assert.match(await card.locator('.side[data-value="5"]').innerText(), /Contradicted[\s\S]*OSA/);
    // Status and conflicts come before the record: the order a first-time reader needs.
    const order = await page.evaluate(() =>
      ['.hero', '#conflicts', '[id^=lifecycle-]', '[id^=obligations-]', '[id^=articles-]'].map(
        (s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1,
      ),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
    assert.ok(!order.includes(-1), `every section is on the page: ${order}`);
    await page.screenshot({ path: join(ARTIFACTS, 'laptop-dossier.png'), fullPage: true });
  });

  test('a quoted source sentence opens highlighted in its document', { timeout: TEST_MS }, async () => {
    const side = page.locator('.conflict[data-slot=article] .side[data-value="5"]').first();
    await side.locator('.quote').first().click();
    const mark = page.locator('#source .doc-body mark.hl').first();
    await mark.waitFor({ state: 'visible' });
    assert.match(await mark.innerText(), /Article 5[\s\S]*consult/i);
    assert.match(await page.locator('#source .doc-meta').first().innerText(), /OSA/);
    assert.ok(await inView('#source .doc-body mark.hl', '#source .source-doc'), 'the marked sentence is scrolled into view');
    await page.screenshot({ path: join(ARTIFACTS, 'laptop-source.png') });
    await page.keyboard.press('Escape');
    await page.locator('#source').waitFor({ state: 'hidden' });
  });

  test('the SVG timeline has a marker per dated event, each opening its sources', { timeout: TEST_MS }, async () => {
    const events = page.locator('svg.timeline .tl-event');
    await events.first().waitFor({ state: 'visible' });
    const dated = await page.locator('table.events tbody tr td.date').evaluateAll((tds) => tds.filter((td) => !/unknown/.test(td.textContent ?? '')).length);
    assert.equal(await events.count(), dated);
    await events.first().click();
    await page.locator('#source .doc-body mark.hl').first().waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
  });

  test('search over claims opens the hit in its source; hostile markup is shown as text and runs nothing', { timeout: TEST_MS }, async () => {
    await page.fill('#search input', 'quillwort');
    const hit = page.locator('.search-results .hit').first();
    await hit.waitFor({ state: 'visible' });
    assert.match(await hit.locator('mark').first().innerText(), /quillwort/i);
    await hit.click();
    const mark = page.locator('#source .doc-body mark.hl').first();
    await mark.waitFor({ state: 'visible' });
    assert.match(await mark.innerText(), /quillwort/i);
    const body = await page.locator('#source .doc-body').innerText();
    assert.ok(body.includes(SCRIPT), 'the <script> markup is visible as text');
    assert.ok(body.includes(IMG), 'the onerror markup is visible as text');
    assert.ok((await page.locator('.upload-list').innerText()).includes('<img src=x onerror='), 'the upload result shows the hostile title as text');
    const executed = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      injected: document.querySelectorAll('main script, main img, #source script, #source img, .search-results img').length,
    }));
    assert.deepEqual(executed, { pwned: undefined, injected: 0 });
    await page.screenshot({ path: join(ARTIFACTS, 'laptop-hostile-source.png') });
    await page.keyboard.press('Escape');
  });

  test('reads at phone width: no sideways scrolling, sources open full screen', { timeout: TEST_MS }, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('.hero h1').waitFor({ state: 'visible' });
    await page.locator('svg.timeline').first().waitFor({ state: 'visible' });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the phone');
    assert.ok(Number(await page.locator('svg.timeline').first().getAttribute('width')) <= 390, 'the timeline is drawn for the phone width');
    await page.evaluate(() => window.scrollTo(0, 0)); // a reload restores the scroll position
    await page.screenshot({ path: join(ARTIFACTS, 'phone-dossier.png'), fullPage: true });
    await page.locator('.conflict[data-slot=article] .side[data-value="5"] .quote').first().click();
    await page.locator('#source .doc-body mark.hl').first().waitFor({ state: 'visible' });
    assert.ok(await inView('#source .doc-body mark.hl', '#source .source-doc'));
    await page.screenshot({ path: join(ARTIFACTS, 'phone-source.png') });
  });

  test('a fact with more sources than the served dossier keeps names them all and opens the kept few', { timeout: UPLOAD_MS }, async () => {
    const reports = Array.from({ length: 12 }, (_, i) => ({
      outlet: `Harbour Wire ${i + 1}`,
      title: `Maritime pact, report ${i + 1}`,
      text: `Valdoria and Ostmark signed the Treaty on Maritime Cooperation and Mutual Security. Article 2 of the treaty obliges the parties to refrain from the threat or use of force against each other. Correspondent number ${i + 1} filed this report.`,
    }));
    const res = await fetch(new URL('/api/documents', running!.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reports }),
    });
    assert.equal(res.status, 201);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    const cite = page.locator('#article-2 .cite');
    await cite.waitFor({ state: 'visible' });
    const shown = Number(/^(\d+) sources/.exec(await cite.innerText())?.[1]);
    assert.ok(shown >= 12, `the label counts every source: ${await cite.innerText()}`);
    await cite.click();
    await page.locator('#source .source-tab').first().waitFor({ state: 'visible' });
    assert.equal(await page.locator('#source .source-tab').count(), SHOWN_SOURCES, 'the panel opens the sources the served dossier keeps');
    await page.keyboard.press('Escape');
  });

  test('no script error or CSP violation on the way', () => {
    assert.deepEqual(problems, []);
    assert.ok(existsSync(join(ARTIFACTS, 'phone-dossier.png')));
  });
});
