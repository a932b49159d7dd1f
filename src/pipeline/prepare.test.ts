// prepareDocument keeps what ingest read beside the text: a Markdown report's links reach the document record.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes } from '../ingest/index.ts';
import { prepareDocument } from './prepare.ts';

test("prepare: a Markdown report's links are on its document, its body the plain text", async () => {
  const md = '# Accord approved\n\nThe Assembly voted to [approve](https://assembly.example/vote/88) the accord on Tuesday.\n';
  const [raw] = (await ingestBytes('vote.md', Buffer.from(md))).docs;
  const { doc, claims } = prepareDocument(raw);
  assert.deepEqual(doc.links, [{ text: 'approve', href: 'https://assembly.example/vote/88' }]);
  assert.ok(!doc.body.includes('https://'), 'the target is not in the body');
  for (const c of claims) assert.equal(doc.body.slice(c.start, c.end), c.text);
  const plain = prepareDocument((await ingestBytes('vote.txt', Buffer.from('The Assembly voted on Tuesday.'))).docs[0]);
  assert.equal('links' in plain.doc, false);
});
