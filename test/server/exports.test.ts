// The Markdown and HTML reports a server gives: every source of a small collection; of a large one, the capped
// facts with the sources they cite, counted against the whole pile; everything again with full=1.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';

/** More reports than a whole report is made of (WHOLE_REPORT_UP_TO in src/server/collection.ts). */
const REPORTS = 240;

let store: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  store = await openStore('memory://');
  app = createApp({ store });
  const form = new FormData();
  for (let i = 0; i < REPORTS; i++) {
    const text =
      `Report ${i}. Ardenia and Belmark signed the Treaty on River Transport on 3 March 2031 in Ardport. ` +
      `Article ${2 + (i % 3)} of the treaty provides for joint patrols, correspondent ${i} wrote.`;
    form.append('files', new Blob([text]), `report-${i}.txt`);
  }
  assert.equal((await app.request('/api/documents', { method: 'POST', body: form })).status, 201);
});
after(() => store.close());

test('a large collection gets reports of the facts and the sources they cite, counted against the whole pile', async () => {
  const md = await (await app.request('/api/dossier?format=md')).text();
  const listed = Number(/The (\d+) documents the facts above cite, of 240\./.exec(md)?.[1]);
  assert.ok(listed > 0 && listed < REPORTS, `${listed} documents listed`);
  assert.match(md, /from 240 documents and \d+ claims/);

  const html = await (await app.request('/api/dossier?format=html')).text();
  assert.match(html, /The \d+ documents the facts above cite, of 240\./);
  assert.equal(html.match(/<article class="source"/g)?.length, listed);
  // Their bodies are there, with the cited sentences highlighted.
  assert.match(html, /<mark [^>]*class="hl[^"]*"[^>]*>[^<]*signed the Treaty on River Transport/);

  const whole = await (await app.request('/api/dossier?format=html&full=1')).text();
  assert.equal(whole.match(/<article class="source"/g)?.length, REPORTS);
  assert.doesNotMatch(whole, /the facts above cite/);
});
