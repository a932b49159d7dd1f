// A server's first upload runs code that nothing just before it ran: the reader compiles its patterns and
// loads the segmenter's data on first use (about 180 ms); the dossier stage reads a new document with code
// the load ran long ago (V8 drops compiled patterns and unused code at garbage collections), and meets its
// per-document caches full for the first time (a load computes every reading; an update finds them cached).
// At 10,000 reports that made the first upload after a start ~300 ms slower than the next ones. Warming runs
// all three once before the collection is served: two samples through the reader and the dossier stage,
// then one more pass of the dossier stage over the collection.
// Loading also leaves garbage: at 10,000 reports the heap is ~1.2 GB of which ~0.45 GB is live. V8 collects it
// during one of the first uploads, which then took ~1 s instead of ~0.6 s. It is collected before serving.
import { ingestBytes } from '../ingest/index.ts';
import { assembleDossier, type Prepared } from '../pipeline/index.ts';
import { inlinePreparer, type Preparer } from '../runner/index.ts';
import type { Collection } from './collection.ts';
import { collectGarbage } from './garbage.ts';

/** A text and an HTML report, so both reading paths are compiled. Fictional, like `examples/`. */
const SAMPLES: [file: string, text: string][] = [
  [
    'warm.txt',
    'Ardenia and Belmark signed a treaty on river transport on 3 March 2031 in Ardport. Article 4 provides for consultations. The parliament of Belmark approved it on 12 May 2031.',
  ],
  [
    'warm.html',
    '<html><head><title>Treaty signed</title></head><body><article><h1>Treaty signed</h1><p>Ardenia and Belmark signed a treaty on river transport on 3 March 2031. It enters into force on ratification.</p></article></body></html>',
  ],
];

/** Warms the reading of new reports (on the preparer that reads uploads: the pool's worker starts and compiles
 *  there), then the collection's cached pass. Every result is dropped. */
export async function warmUp(collection: Collection, preparer: Preparer = inlinePreparer): Promise<void> {
  // Twice: V8 optimises what runs again.
  for (let round = 0; round < 2; round++) assembleDossier(await readSamples(preparer), []);
  collectGarbage();
  // After the collection: a full collection drops compiled code, which the pass compiles again.
  collection.warmDossier();
}

async function readSamples(preparer: Preparer): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (const [file, text] of SAMPLES) for (const raw of (await ingestBytes(file, Buffer.from(text))).docs) out.push(await preparer.prepare(raw));
  return out;
}
