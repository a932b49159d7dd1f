// A server's first upload runs code that nothing before it ran: the reader compiles its patterns and loads
// the segmenter's data on first use (about 180 ms), and the dossier stage meets its per-document caches full
// for the first time (a load computes every reading; an update finds them cached). At 10,000 reports that made
// the first upload after a start ~300 ms slower than the next ones. Warming runs both once before the
// collection is served: a short sample through the reader, and one more pass of the dossier stage.
import { ingestBytes } from '../ingest/index.ts';
import { prepareDocument } from '../pipeline/prepare.ts';
import type { Collection } from './collection.ts';

/** A text and an HTML report, so both reading paths are compiled. Fictional, like `examples/`. */
const SAMPLES: [file: string, text: string][] = [
  ['warm.txt', 'Ardenia and Belmark signed a treaty on river transport on 3 March 2031 in Ardport. Article 4 provides for consultations. The parliament of Belmark approved it on 12 May 2031.'],
  ['warm.html', '<html><head><title>Treaty signed</title></head><body><article><h1>Treaty signed</h1><p>Ardenia and Belmark signed a treaty on river transport on 3 March 2031. It enters into force on ratification.</p></article></body></html>'],
];

/** Warms the reader, then the collection's dossier stage. */
export async function warmUp(collection: Collection): Promise<void> {
  await warmReader();
  collection.warmDossier();
}

/** Runs the reader over the samples (twice: V8 optimises on the second call). Results are dropped. */
async function warmReader(): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const [file, text] of SAMPLES) for (const raw of (await ingestBytes(file, Buffer.from(text))).docs) prepareDocument(raw);
  }
}
