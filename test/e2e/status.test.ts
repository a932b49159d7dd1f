// The web UI's status line (web/src/status.ts), a pure function of the agreement record: what a first-time
// reader sees before anything else, checked on the hand-built sample agreement at each stage of its life.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Agreement, LifecycleEvent } from '../../src/types.ts';
import { agreementStatus } from '../../web/src/status.ts';
import { sampleDossier } from '../fixtures/export/sample-dossier.ts';

const base = sampleDossier.agreements[0];
const withLifecycle = (lifecycle: LifecycleEvent[], extra: Partial<Agreement> = {}): Agreement => ({ ...structuredClone(base), lifecycle, ...extra });
const step = (s: LifecycleEvent['step']) => base.lifecycle.filter((e) => e.step === s);

test('instruments exchanged, not yet in force: the last steps and what entry into force waits for', () => {
  const status = agreementStatus(base);
  assert.equal(status.badge, 'Not yet in force');
  assert.equal(status.tone, 'pending');
  assert.match(status.sentence, /^Signed 12 Sep 2030; …; /);
  assert.match(
    status.sentence,
    /instruments of ratification exchanged 15 Jan 2031; awaiting entry into force \(on the thirtieth day after the exchange of instruments of ratification\)$/,
  );
});

test('one party has ratified: the sentence names the party still to act', () => {
  const aurelia = base.lifecycle.filter((e) => e.party === 'Aurelia');
  const status = agreementStatus(withLifecycle([...step('signed'), ...aurelia]));
  assert.equal(
    status.sentence,
    'Signed 12 Sep 2030; submitted for ratification by Aurelia (National Assembly) Oct 2030; approved by Aurelia (National Assembly) 20 Nov 2030; ratified by Aurelia (President) 28 Nov 2030; awaiting ratification by Brennmark',
  );
});

test('entered into force: "In force since" its date', () => {
  const inForce: LifecycleEvent = { step: 'entered-into-force', date: '2031-02-14', party: null, body: null, ref: null, claims: [], docs: [] };
  const status = agreementStatus(withLifecycle([...base.lifecycle, inForce]));
  assert.deepEqual(status, { badge: 'In force', tone: 'ok', sentence: 'In force since 14 Feb 2031' });
});

test('terminated after entry into force: the ending wins', () => {
  const events: LifecycleEvent[] = [
    { step: 'entered-into-force', date: '2031-02-14', party: null, body: null, ref: null, claims: [], docs: [] },
    { step: 'denounced', date: '2033-05-02', party: 'Brennmark', body: null, ref: null, claims: [], docs: [] },
  ];
  const status = agreementStatus(withLifecycle([...base.lifecycle, ...events]));
  assert.equal(status.tone, 'ended');
  assert.equal(status.sentence, 'Denounced by Brennmark 2 May 2033');
});

test('only a signature, or nothing at all', () => {
  const signedOnly = agreementStatus(withLifecycle([]));
  assert.deepEqual(signedOnly, { badge: 'Signed, not yet in force', tone: 'pending', sentence: 'Signed 12 Sep 2030; awaiting ratification' });
  const nothing = agreementStatus(withLifecycle([], { signed: { date: null, place: null, claims: [] } }));
  assert.equal(nothing.badge, 'Status unknown');
  assert.equal(nothing.tone, 'unknown');
});
