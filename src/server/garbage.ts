// When the server's garbage is collected. Each update of a large collection leaves garbage in V8's old
// generation (~30 MB at 10,000 reports), and V8 collects it once the heap has grown enough, during whichever
// update then allocates: at 10,000 reports (~0.45 GB live) that update took ~0.95 s instead of ~0.6 s. So
// after an update, once no other has started for IDLE_MS and the heap has grown enough, the server collects
// then, while no upload waits for it. GETs arriving during that collection (~0.35 s at 10,000 reports) wait
// for it, as they would for an update. Uploads that follow each other without a pause leave the collection to
// V8, as before.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Quiet time after an update before collecting: an upload following at once is not made to wait. */
const IDLE_MS = 250;
/** Heap growth since the last collection that makes one worth it now: V8's own trigger comes later (about
 *  three to four times the live heap at 10,000 reports), so the collection here usually comes first. */
const GROWTH = 2;

let collect: (() => void) | null = null;

/** V8's full garbage collection, the `gc()` that `node --expose-gc` offers, exposed the way test runners do
 *  (Jest's --logHeapUsage): a server is not started with V8 flags. */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  liveAfter = process.memoryUsage().heapUsed;
}

let liveAfter = process.memoryUsage().heapUsed;
let pending: NodeJS.Timeout | null = null;
let updating = 0;

/** An update starts: no collection until it ends. */
export function updateStarted(): void {
  updating++;
  if (pending) clearTimeout(pending);
  pending = null;
}

/** An update ended: collect after IDLE_MS of quiet if the heap has grown enough since the last collection. */
export function updateEnded(): void {
  updating--;
  if (updating > 0) return;
  pending = setTimeout(() => {
    pending = null;
    if (process.memoryUsage().heapUsed > GROWTH * liveAfter) collectGarbage();
  }, IDLE_MS);
  pending.unref();
}
