// Source types, independence and status in the web UI, in a real browser (browser.ts) against the server started
// in process over an in-memory store (issue 14, deliver 6): a badge per source with its evidence on hover, "K of N
// independent" and a status colour per fact as the served dossier gives them, the filter by source type over the
// sources list and the conflicts' quoted sources, and a projected entry into force drawn apart on the timeline.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Running, startServer } from '../../src/cli/commands/serve.ts';
import { ensureWebBuilt } from '../../src/cli/commands/start.ts';
import { supportLabel } from '../../src/export/view.ts';
import { openStore } from '../../src/store/index.ts';
import type { Dossier } from '../../src/types.ts';
import { launchBrowser } from './browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PRACTICE = join(ROOT, '..', 'shared', 'eval', 'practice-harbour', 'docs');
const WAIT_MS = 20_000;
const TEST_MS = 60_000;
const UPLOAD_MS = 120_000;

/** Only the rule and the day it counts from: the entry into force is projected (30 days after 1 July 2031). */
const RULE_ONLY = `Valdoria and Ostmark exchange ratification instruments

PORT KESTREL, July 1 (Harbour Wire) - Valdoria and Ostmark exchanged instruments of ratification of the Treaty on Maritime Cooperation and Mutual Security in Port Kestrel on 1 July 2031. The treaty enters into force on the thirtieth day after the exchange of instruments of ratification.
`;

let running: Running | undefined;
let browser: Browser | undefined;
let page: Page;
let dossier: Dossier;
const problems: string[] = [];

async function upload(collection: string, files: { name: string; body: Buffer | string }[]): Promise<void> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([typeof f.body === 'string' ? f.body : new Uint8Array(f.body)]), f.name);
  const res = await fetch(new URL(`/api/documents?collection=${collection}`, running!.url), { method: 'POST', body: form });
  assert.equal(res.status, 201, await res.text());
}

before(
  async (t) => {
    delete process.env.PACTWATCH_TOKEN;
    await ensureWebBuilt();
    running = await startServer({ port: '0', host: '127.0.0.1' }, await openStore('memory://'));
    await upload(
      'practice',
      readdirSync(PRACTICE)
        .sort()
        .map((name) => ({ name, body: readFileSync(join(PRACTICE, name)) })),
    );
    await upload('projected', [{ name: 'harbour-wire.txt', body: RULE_ONLY }]);
    dossier = (await (await fetch(new URL('/api/dossier?collection=practice', running.url))).json()) as Dossier;
    const launched = await launchBrowser(WAIT_MS);
    browser = launched.browser;
    if ('diagnostic' in t) t.diagnostic(`browser: ${launched.kind} ${launched.executable} ${browser.version()}`);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(new URL('/?collection=practice', running.url).href);
    await page.locator('#sources .doc-row').first().waitFor({ state: 'visible' });
  },
  { timeout: UPLOAD_MS + 60_000 },
);

after(async () => {
  await browser?.close();
  await running?.close();
});

describe('source types, independence and status in the browser', { timeout: 300_000 }, () => {
  test('each source carries its type badge, with the evidence on hover, in the sources list and the conflicts', { timeout: TEST_MS }, async () => {
    const osa = dossier.documents.find((d) => d.source_type === 'state-media')!;
    const wire = dossier.documents.find((d) => d.source_type === 'wire')!;
    assert.ok(osa && wire, 'the practice case has a state agency and a wire');
    const row = page.locator('#sources .doc-row').filter({ hasText: osa.title ?? osa.file });
    assert.equal(await row.getAttribute('data-source-type'), 'state-media');
    const badge = row.locator('.src-type');
    assert.match(await badge.innerText(), /^state media/);
    assert.match((await badge.getAttribute('title')) ?? '', new RegExp(osa.source_evidence.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const wireBadges = await page.locator('#sources .doc-row[data-source-type=wire] .src-type').allInnerTexts();
    assert.ok(wireBadges.length >= 1 && wireBadges.every((t) => t === 'wire'), `wire badges: ${wireBadges}`);
    assert.ok((await page.locator('#sources .doc-row[data-source-type=government] .src-type').count()) >= 1, 'the official text is a government source');
    assert.equal(await page.locator('#sources .doc-row[data-source-type=none] .src-type').count(), 0, 'a report nothing types has no badge');
    // The conflicts name each side's sources with their badge.
    const sideBadges = await page.locator('.conflict .side-source .src-type').allInnerTexts();
    assert.ok(
      sideBadges.some((t) => /^state media/.test(t)),
      `conflict badges: ${sideBadges}`,
    );
  });

  test('every fact shows "K of N independent" and its status colour, the reason on hover', { timeout: TEST_MS }, async () => {
    const a = dossier.agreements[0];
    const signed = page
      .locator('.fact')
      .filter({ has: page.locator('dt', { hasText: /^Signed$/ }) })
      .locator('.standing')
      .first();
    const expected = a.standing!.signed_date;
    assert.equal(await signed.innerText(), `${expected.status![0].toUpperCase()}${expected.status!.slice(1)} · ${supportLabel(expected.support)}`);
    assert.equal(await signed.getAttribute('data-status'), expected.status);
    assert.equal(await signed.getAttribute('title'), expected.status_reason);
    // Lifecycle: one standing per row, in the table's order (by date), as the dossier counts it.
    const rows = [...a.lifecycle, ...(a.disputed_events ?? [])].sort((p, q) => (p.date ?? '9999').localeCompare(q.date ?? '9999'));
    const shown = await page.locator('table.events tbody tr td.standing-cell').allInnerTexts();
    assert.deepEqual(
      shown.map((t) => /(\d+ of \d+ independent|no report)/.exec(t)?.[1]),
      rows.map((e) => supportLabel(e.support)),
    );
    // Confirmed and reported facts look different (a colour per status).
    const colours = await page.evaluate(() =>
      Object.fromEntries(
        ['confirmed', 'reported'].map((s) => {
          const el = document.querySelector(`.standing.st-${s}`);
          return [s, el ? getComputedStyle(el).backgroundColor : null];
        }),
      ),
    );
    assert.ok(colours.confirmed && colours.reported && colours.confirmed !== colours.reported, JSON.stringify(colours));
    // Articles, obligations and conflicts carry theirs too.
    assert.equal(await page.locator('table.articles tbody tr td.standing-cell .standing').count(), a.articles.length);
    assert.ok((await page.locator('.obligation .standing').count()) >= 1);
    const side = await page.locator('.conflict .side .support').first().innerText();
    assert.match(side, /^\d+ of \d+ independent$/);
  });

  test('the filter by source type hides a type in the sources list and in the conflicts, and brings it back', { timeout: TEST_MS }, async () => {
    const stateRows = page.locator('#sources .doc-row[data-source-type=state-media]');
    const others = page.locator('#sources .doc-row:not([data-source-type=state-media])');
    const stateSides = page.locator('.conflict .side-source[data-source-type=state-media]');
    assert.ok((await stateRows.count()) >= 1 && (await stateSides.count()) >= 1);
    const toggle = page.locator('.hero .source-filter button[data-type=state-media]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('#sources .source-filter button[data-type=state-media]').getAttribute('aria-pressed'), 'false', 'both bars agree');
    await stateRows.first().waitFor({ state: 'hidden' });
    for (const el of await stateRows.all()) assert.equal(await el.isVisible(), false);
    for (const el of await stateSides.all()) assert.equal(await el.isVisible(), false, 'the state agency’s quotes are hidden too');
    assert.ok((await others.count()) >= 1);
    for (const el of await others.all()) assert.equal(await el.isVisible(), true);
    assert.match(await page.locator('.hero .filter-note').innerText(), /Hiding state media/);
    // Only wires: hide everything else from the sources bar.
    for (const type of ['government', 'press', 'research', 'none']) {
      const b = page.locator(`#sources .source-filter button[data-type=${type}]`);
      if (await b.count()) await b.click();
    }
    const visible = await page
      .locator('#sources .doc-row')
      .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-source-type')));
    assert.ok(visible.length >= 1 && visible.every((t) => t === 'wire'), `visible: ${visible}`);
    await page.locator('.hero .source-filter .filter-all').click();
    await stateRows.first().waitFor({ state: 'visible' });
    assert.equal(await page.locator('#sources .doc-row').evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent === null).length), 0);
  });

  test('the rules’ schedule is listed as projected', { timeout: TEST_MS }, async () => {
    const schedule = dossier.agreements[0].schedule ?? [];
    assert.ok(schedule.length >= 1);
    const items = page.locator('.schedule-list li');
    assert.equal(await items.count(), schedule.length);
    assert.match(await items.first().innerText(), /projected[\s\S]*Rule: /i);
  });

  test('a projected entry into force is drawn apart on the timeline, with the rule’s words', { timeout: TEST_MS }, async () => {
    await page.goto(new URL('/?collection=projected', running!.url).href);
    const marker = page.locator('svg.timeline .tl-event.projected');
    await marker.first().waitFor({ state: 'visible' });
    assert.equal(await marker.count(), 1);
    assert.match(await marker.locator('.tl-date').innerHTML(), /projected 31 Jul 2031/);
    assert.match((await marker.getAttribute('aria-label')) ?? '', /projected from the rule: 30 days after the exchange/);
    const dash = await marker.locator('circle.marker').evaluate((c) => getComputedStyle(c).strokeDasharray);
    assert.notEqual(dash, 'none', 'the projected marker is dashed');
    const row = page.locator('table.events tbody tr.projected');
    assert.match(await row.innerText(), /31 Jul 2031[\s\S]*Entered into force[\s\S]*projected[\s\S]*Projected from the rule/i);
    assert.equal(await row.locator('.standing').getAttribute('data-status'), 'unknown');
  });

  test('no script error or CSP violation on the way', () => {
    assert.deepEqual(problems, []);
  });
});
