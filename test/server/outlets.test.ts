// The user's outlet register on the server (issue 14): `serve --outlets FILE` types a listed outlet as the file
// says; GET /api/outlets gives the register in force and the merged one; PUT replaces it (checked as the file
// is: a bad one is a 400 naming the entry; the token rule applies), keeps it in the store, and the dossier then
// served (and the document routes) show the new type without any report being read again; a new server over the
// store applies it.
// Outlets, domains and the treaty are our own inventions.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../src/cli/commands/serve.ts';
import type { OutletRegister } from '../../src/meta/index.ts';
import { SOURCE_TYPES } from '../../src/meta/source/types.ts';
import { inlinePreparer } from '../../src/runner/index.ts';
import { createApp } from '../../src/server/app.ts';
import { Collections } from '../../src/server/collections.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import { OUTLETS_SETTING } from '../../src/server/outlets.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const REPORT = {
  title: 'Quarry accord signed',
  outlet: 'Tallow Lantern',
  url: 'https://tallowlantern.example/world/quarry-accord',
  text: 'Orvenia and Daskar signed an accord on shared quarries on 9 October 2033 in Velm. Article 2 sets up a joint commission. The parliament of Daskar is to vote on it next spring.',
};
const AS_STATE_MEDIA: OutletRegister = { outlets: [{ names: ['Tallow Lantern'], domains: ['tallowlantern.example'], type: 'state-media', state: 'DK' }] };
const AS_RESEARCH: OutletRegister = { outlets: [{ names: ['Tallow Lantern', 'TL'], type: 'research', state: null }] };

type App = ReturnType<typeof createApp>;
type Typed = { source_type: string | null; source_state: string | null; source_evidence: string };

/** The source fields of the only document of the default collection's full dossier. */
async function typing(get: (path: string) => Response | Promise<Response>): Promise<Typed> {
  const res = await get('/api/dossier?full=1');
  assert.equal(res.status, 200);
  const [doc] = ((await res.json()) as { documents: Typed[] }).documents;
  return { source_type: doc.source_type, source_state: doc.source_state, source_evidence: doc.source_evidence };
}

const send = (app: App, method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function errorOf(res: Response): Promise<{ status: number; message: string }> {
  return ((await res.json()) as { error: { status: number; message: string } }).error;
}

const dir = mkdtempSync(join(tmpdir(), 'pactwatch-outlets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('serve --outlets FILE', () => {
  test('a listed outlet is typed as the file says, and GET /api/outlets shows the file', async () => {
    const file = join(dir, 'register.json');
    writeFileSync(file, JSON.stringify(AS_STATE_MEDIA));
    const running = await startServer({ db: 'memory://', port: '0', outlets: file });
    try {
      const at = (path: string, init?: RequestInit) => fetch(new URL(path, running.url), init);
      const posted = await at('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(REPORT) });
      assert.equal(posted.status, 201, await posted.clone().text());
      const typed = await typing(at);
      assert.equal(typed.source_type, 'state-media');
      assert.equal(typed.source_state, 'DK');
      assert.match(typed.source_evidence, /the user's register entry/);
      const outlets = (await (await at('/api/outlets')).json()) as { user: unknown; from: string; merged: { outlets: { names: string[] }[] } };
      assert.equal(outlets.from, 'file');
      assert.deepEqual(outlets.user, AS_STATE_MEDIA);
      assert.deepEqual(outlets.merged.outlets[0].names, ['Tallow Lantern']);
      assert.ok(outlets.merged.outlets.length > 1, 'the bundled entries follow the user’s');
    } finally {
      await running.close();
    }
  });

  test('a malformed file stops the start with the loader’s message', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ outlets: [{ names: ['Tallow Lantern'], type: 'tabloid' }] }));
    await assert.rejects(startServer({ db: 'memory://', port: '0', outlets: file }), (error: Error) => {
      assert.match(error.message, /^outlet register .*bad\.json: outlets\[0\]: "type" is one of state-media/);
      return true;
    });
  });
});

describe('GET and PUT /api/outlets', () => {
  let store: Store;
  let app: App;
  before(async () => {
    store = await openStore('memory://');
    app = createApp({ store, collections: new Collections(store, inlinePreparer) });
    assert.equal((await send(app, 'POST', '/api/documents', REPORT)).status, 201);
  });
  after(() => store.close());

  test('without a register: none in force, the bundled one merged, the report typed without user entries', async () => {
    const outlets = (await (await app.request('/api/outlets')).json()) as { user: unknown; from: unknown; merged: { outlets: unknown[] } };
    assert.equal(outlets.user, null);
    assert.equal(outlets.from, null);
    assert.ok(outlets.merged.outlets.length > 0);
    assert.doesNotMatch((await typing((p) => app.request(p))).source_evidence, /the user's register/);
  });

  test('PUT then GET round-trips; the dossier shows the new type at once; the store keeps it', async () => {
    const put = await send(app, 'PUT', '/api/outlets', AS_STATE_MEDIA);
    assert.equal(put.status, 200, await put.clone().text());
    const body = (await put.json()) as { user: unknown; from: string };
    assert.deepEqual(body.user, AS_STATE_MEDIA);
    assert.equal(body.from, 'store');
    assert.deepEqual(await (await app.request('/api/outlets')).json(), await (await send(app, 'PUT', '/api/outlets', AS_STATE_MEDIA)).json());
    assert.deepEqual(await typing((p) => app.request(p)), {
      source_type: 'state-media',
      source_state: 'DK',
      source_evidence: "the user's register entry by name «Tallow Lantern»",
    });
    // Replaced again: the dossier follows the newer register.
    assert.equal((await send(app, 'PUT', '/api/outlets', AS_RESEARCH)).status, 200);
    const typed = await typing((p) => app.request(p));
    assert.equal(typed.source_type, 'research');
    assert.equal(typed.source_state, null);
    assert.deepEqual((await store.settings.get(OUTLETS_SETTING))?.value, AS_RESEARCH);
  });

  test('the document routes show the type under the register too, though the store keeps the bundled one', async () => {
    const { items } = (await (await app.request('/api/documents')).json()) as { items: (Typed & { sha256: string })[] };
    assert.equal(items[0].source_type, 'research');
    const one = (await (await app.request(`/api/documents/${items[0].sha256}`)).json()) as Typed;
    assert.equal(one.source_type, 'research');
    assert.match(one.source_evidence, /the user's register entry/);
    assert.doesNotMatch((await store.getDocumentBySha(items[0].sha256))?.source_evidence ?? '', /the user's register/);
  });

  test('a new server over the same store applies the stored register', async () => {
    const next = createApp({ store, collections: new Collections(store, inlinePreparer) });
    assert.equal((await typing((p) => next.request(p))).source_type, 'research');
    assert.equal(((await (await next.request('/api/outlets')).json()) as { from: string }).from, 'store');
    // A file given at start wins over the stored register.
    const fromFile = createApp({ store, collections: new Collections(store, inlinePreparer, AS_STATE_MEDIA) });
    assert.equal((await typing((p) => fromFile.request(p))).source_type, 'state-media');
  });

  test("an invalid PUT is a 400 with registerProblems' messages; the register in force stays", async () => {
    const bad = await send(app, 'PUT', '/api/outlets', { outlets: [{ names: [], type: 'tabloid', state: 'Denmark' }] });
    assert.equal(bad.status, 400);
    const { message } = await errorOf(bad);
    assert.match(message, /^outlet register: outlets\[0\]: "names" is a non-empty list of names/);
    assert.match(message, /outlets\[0\]: "type" is one of state-media, government, wire, press, research/);
    assert.match(message, /outlets\[0\]: "state" is an ISO 3166-1 alpha-2 code or null/);
    assert.match((await errorOf(await send(app, 'PUT', '/api/outlets', { names: ['Tallow Lantern'] }))).message, /"outlets" array/);
    assert.equal((await send(app, 'PUT', '/api/outlets', '{"outlets": [')).status, 400);
    assert.equal((await send(app, 'PUT', '/api/outlets', AS_STATE_MEDIA, { 'Content-Type': 'text/plain' })).status, 415);
    assert.deepEqual(((await (await app.request('/api/outlets')).json()) as { user: unknown }).user, AS_RESEARCH);
    assert.equal((await typing((p) => app.request(p))).source_type, 'research');
  });

  test('PUT needs the bearer token when one is set; GET does not', async () => {
    const locked = createApp({ store, token: 'quarry-token' });
    assert.equal((await send(locked, 'PUT', '/api/outlets', AS_RESEARCH)).status, 401);
    assert.equal((await send(locked, 'PUT', '/api/outlets', AS_RESEARCH, { Authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await send(locked, 'PUT', '/api/outlets', AS_RESEARCH, { Authorization: 'Bearer quarry-token' })).status, 200);
    assert.equal((await locked.request('/api/outlets')).status, 200);
  });

  test('the OpenAPI document lists the source types the register checks', () => {
    const schema = openApiDocument().components.schemas.OutletRegister;
    assert.deepEqual(schema.properties.outlets.items.properties.type.enum, [...SOURCE_TYPES]);
  });
});
