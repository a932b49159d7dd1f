// A stand-in for the prepare worker (src/runner/prepare-worker.mjs) that misbehaves on purpose: a report whose
// text is "hang" never returns, "crash" ends the worker, "throw" fails as a bug would; any other is "prepared".
// FIXTURE_START_MS makes it slow to load, as a real worker on a loaded machine.
import { parentPort } from 'node:worker_threads';

const loaded = Date.now() + Number(process.env.FIXTURE_START_MS ?? 0);
while (Date.now() < loaded);

parentPort.on('message', ({ id, raw }) => {
  if (raw.text === 'hang') for (;;);
  if (raw.text === 'crash') process.exit(3);
  if (raw.text === 'throw') return parentPort.postMessage({ id, error: 'a bug' });
  parentPort.postMessage({ id, prepared: { doc: { file: raw.file, sha256: raw.sha256, warnings: [] }, claims: [], signature: [] } });
});
parentPort.postMessage({ ready: true });
