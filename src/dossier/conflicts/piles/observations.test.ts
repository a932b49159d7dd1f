// Each sentence of ./observations.fixture.ts, read by the reading stage and taken through the lifecycle of a
// one-report pile, must give the step with its date and party: what the conflicts step compares across
// documents. Sentences the reading misses yet are todos (their message shows what it read).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../../../read/index.ts';
import { LANGUAGES } from './observations.fixture.ts';
import { dossierOf } from './pile.fixture.ts';

for (const [language, sentences] of Object.entries(LANGUAGES)) {
  for (const s of sentences) {
    test(`${language}: ${s.want[0]} ${s.want[1]} ${s.want[2] ?? ''}: ${s.text}`, { todo: s.missing }, () => {
      const events = readDocument({ id: 't', body: s.text, language, published: s.published, kind: 'news', title: null }).flatMap((c) => c.events ?? []);
      const read = events.map((e) => `${e.step}/${e.status}/${e.date}(${e.date_from})/${e.party}/${e.body}`).join(' ') || 'nothing';
      // A second report dates the signature, so that the pile has an agreement whose lifecycle the sentence tells of.
      const signing = { file: 'signing.txt', text: `The agreement was signed on 2 January ${s.published.slice(0, 4)}.`, hints: { language: 'en' } };
      const dossier = dossierOf([{ file: 'r.txt', text: s.text, hints: { published: s.published, language } }, ...(s.want[0] === 'signed' ? [] : [signing])]);
      const got = (dossier.agreements[0]?.lifecycle ?? []).map((e) => [e.step, e.date, e.party]);
      assert.ok(
        got.some(([step, date, party]) => step === s.want[0] && date === s.want[1] && (s.want[2] === null || party === s.want[2])),
        `reading: ${read}; lifecycle: ${JSON.stringify(got)}`,
      );
    });
  }
}
