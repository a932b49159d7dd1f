// The watch config through the API, in process over an in-memory store: GET gives an empty config until one is
// PUT; PUT checks it as the command checks a file (a bad one is a 400 naming the field; a relative folder is
// refused); PUT needs the token when one is set; the home lists the config's unsorted pile apart, by its name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inlinePreparer } from '../../src/runner/index.ts';
import { createApp } from '../../src/server/app.ts';
import { Collections } from '../../src/server/collections.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const CONFIG = {
  agreements: [
    {
      name: 'Convention on the Brask Glacier Basin',
      aliases: ['Convenio de la cuenca del glaciar Brask', 'Конвенция о бассейне ледника Браск'],
      parties: ['Ellmark', 'Suvania'],
      collection: 'brask',
    },
  ],
  sources: ['https://tidings.example/rss', '/var/lib/pactwatch/inbox'],
  interval: 900,
  unsorted: 'triage',
  host_interval: 2,
};

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await openStore('memory://');
  app = createApp({ store, collections: new Collections(store, inlinePreparer) });
});
after(() => store.close());

const put = (body: unknown, headers: Record<string, string> = {}, to = app) =>
  to.request('/api/watch/config', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function errorOf(res: Response): Promise<{ status: number; message: string }> {
  return ((await res.json()) as { error: { status: number; message: string } }).error;
}

describe('watch config routes', () => {
  test('GET gives an empty config while none was saved', async () => {
    const res = await app.request('/api/watch/config');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { agreements: [], sources: [], interval: null, unsorted: 'unsorted', host_interval: null });
  });

  test('PUT a valid config: it is stored, and GET gives it back', async () => {
    const res = await put(CONFIG);
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(await res.json(), CONFIG);
    assert.deepEqual(await (await app.request('/api/watch/config')).json(), CONFIG);
    // A collection left out takes one from the name, as in a file.
    const named = await put({ agreements: [{ name: 'Pacto de Olvera' }] });
    assert.equal((await named.json()).agreements[0].collection, 'pacto-de-olvera');
    assert.equal((await put(CONFIG)).status, 200);
  });

  test("PUT an invalid config: 400 with parseConfig's sentence; the stored one stays", async () => {
    const missingName = await put({ agreements: [{ aliases: ['Brask accord'] }] });
    assert.equal(missingName.status, 400);
    assert.deepEqual(await errorOf(missingName), { status: 400, message: 'agreements[0].name must be a non-empty string' });
    const unknown = await errorOf(await put({ ...CONFIG, feeds: [] }));
    assert.match(unknown.message, /^unknown field\(s\) "feeds"/);
    const relative = await put({ sources: ['https://tidings.example/rss', 'inbox/brask'] });
    assert.equal(relative.status, 400);
    assert.match((await errorOf(relative)).message, /"sources"\[1\] \("inbox\/brask"\) must be .*absolute folder path.*no config file folder/);
    assert.equal((await put('{"agreements": [')).status, 400);
    assert.equal((await put(CONFIG, { 'Content-Type': 'text/plain' })).status, 415);
    assert.deepEqual(await (await app.request('/api/watch/config')).json(), CONFIG);
  });

  test('PUT needs the bearer token when one is set; GET does not', async () => {
    const locked = createApp({ store, token: 'brask-token' });
    const none = await put(CONFIG, {}, locked);
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('WWW-Authenticate'), 'Bearer');
    assert.equal((await errorOf(none)).status, 401);
    assert.equal((await put(CONFIG, { Authorization: 'Bearer wrong-token' }, locked)).status, 401);
    assert.equal((await put(CONFIG, { Authorization: 'Bearer brask-token' }, locked)).status, 200);
    assert.equal((await locked.request('/api/watch/config')).status, 200);
  });

  test('the home lists the stored config’s unsorted pile apart, by its own name', async () => {
    const upload = async (collection: string, name: string, text: string) => {
      const form = new FormData();
      form.append('files', new Blob([text]), name);
      const res = await app.request(`/api/documents?collection=${collection}`, { method: 'POST', body: form });
      assert.equal(res.status, 201, await res.text());
    };
    await upload('triage', 'fair.txt', 'The autumn wool fair in Ellmark drew record crowds on Saturday, organisers said.');
    await upload('unsorted', 'ferry.txt', 'A new ferry timetable for the Suvania coast starts on 4 May, the operator said.');
    const list = async () =>
      ((await (await app.request('/api/collections')).json()) as { collections: { name: string; unsorted: boolean }[] }).collections.map((c) => [
        c.name,
        c.unsorted,
      ]);
    assert.deepEqual(await list(), [
      ['unsorted', false],
      ['triage', true],
    ]);
    // Without a stored config the pile named "unsorted" is the one.
    await store.watch.saveConfig({});
    assert.deepEqual(await list(), [
      ['triage', false],
      ['unsorted', true],
    ]);
  });
});
