// Child process for the resume test: stores `count` synthetic documents one transaction each, skipping
// those already stored, and prints `stored N` after each. The test SIGKILLs it part-way.
// Usage: node --import tsx test/store/writer.ts TARGET COUNT
import { openStore } from '../../src/store/index.ts';
import { syntheticDocument } from './synthetic.ts';

const [target, count] = [process.argv[2], Number(process.argv[3])];
const store = await openStore(target);
let stored = 0;
for (let i = 0; i < count; i++) {
  const item = syntheticDocument(i);
  if ((await store.hasDocuments([item.doc.sha256])).size === 0) await store.putDocument(item.doc, item.claims, 'r1');
  stored++;
  process.stdout.write(`stored ${stored}\n`);
}
await store.close();
