import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../src/store/index.ts';
import { targets } from './helpers.ts';
import { syntheticDocument } from './synthetic.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));
const TOTAL = 300;

/** Runs the writer and SIGKILLs it once it reports `killAt` documents stored; resolves with its last report. */
function writeUntilKilled(where: string, killAt: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, where, String(TOTAL)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      const counts = [...chunk.toString().matchAll(/stored (\d+)/g)].map((m) => Number(m[1]));
      last = Math.max(last, ...counts);
      if (last >= killAt) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited ${code}: ${stderr}`))));
  });
}

/** Every stored document has all its claims, and nothing is stored twice. */
async function assertWhole(store: Store): Promise<number> {
  const docs = await store.documentsFor({ collection: 'default' });
  const claims = await store.claimsFor({ collection: 'default' });
  assert.equal(new Set(docs.map((d) => d.sha256)).size, docs.length);
  assert.equal(new Set(claims.map((c) => c.id)).size, claims.length);
  const perDoc = new Map<string, number>();
  for (const c of claims) perDoc.set(c.doc, (perDoc.get(c.doc) ?? 0) + 1);
  for (const d of docs) assert.equal(perDoc.get(d.sha256), 25, `claims of ${d.file}`);
  return docs.length;
}

for (const target of targets) {
  describe(`store resume after a kill (${target.name})`, () => {
    test('a writer killed mid-way leaves whole documents; reopening and going on stores each exactly once', async () => {
      const where = await target.fresh();
      const reported = await writeUntilKilled(where, 120);
      const store = await openStore(where); // takes over the dead writer's lock; PGlite replays its WAL
      try {
        const survived = await assertWhole(store);
        assert.ok(survived >= reported, `${survived} stored, writer had reported ${reported}`);
        assert.ok(survived < TOTAL);

        const all = Array.from({ length: TOTAL }, (_, i) => syntheticDocument(i));
        const present = await store.hasDocuments(all.map((d) => d.doc.sha256));
        const written = await store.putDocuments(
          all.filter((d) => !present.has(d.doc.sha256)),
          'r1',
        );
        assert.equal(written.length, TOTAL - survived);
        assert.deepEqual(await store.putDocuments(all, 'r1'), [], 'a second full run adds nothing');
        assert.equal(await assertWhole(store), TOTAL);
      } finally {
        await store.close();
      }
    });
  });
}
