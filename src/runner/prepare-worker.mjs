// Worker thread entry: registers tsx (the package runs from TypeScript source), says it is ready, and
// prepares the documents it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { prepareDocument } = await import('../pipeline/index.ts');
parentPort.on('message', ({ id, raw }) => {
  try {
    parentPort.postMessage({ id, prepared: prepareDocument(raw) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
