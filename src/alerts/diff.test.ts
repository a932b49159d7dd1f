import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUSTRAL } from '../../test/queue/reports.ts';
import { rawText as raw } from '../ingest/testing.ts';
import { assembleDossier, type Prepared, prepareDocument } from '../pipeline/index.ts';
import type { Dossier } from '../types.ts';
import { alertsBetween, dossierAlerts } from './diff.ts';

const prepared = Object.entries(AUSTRAL).map(([name, text]) => prepareDocument(raw(`${name}.txt`, text)));
const dossierOf = (items: Prepared[]): Dossier => assembleDossier(items, []);
const [signed, ratifiedUy, misdated] = [1, 2, 3].map((n) => dossierOf(prepared.slice(0, n)));

test('the first report of a collection: its events are new, each with the sentence that states it', () => {
  const alerts = dossierAlerts(null, signed, 'austral');
  const event = alerts.find((a) => a.kind === 'event' && a.fact.endsWith(' signed'));
  assert.ok(event, JSON.stringify(alerts.map((a) => a.fact)));
  assert.equal(event.value, '2025-03-03');
  assert.equal(event.collection, 'austral');
  assert.equal(event.agreement?.title, 'Austral Fisheries Cooperation Agreement');
  const [sentence] = event.evidence;
  assert.match(sentence.text, /signed the Austral Fisheries Cooperation Agreement in Reykjavik/);
  assert.equal(sentence.doc.file, 'signed.txt');
  assert.equal(signed.documents[0].body.slice(sentence.start, sentence.end), sentence.text);
});

test('a ratification: a new event from the new report, and the signing date confirmed by a second source', () => {
  const alerts = dossierAlerts(signed, ratifiedUy, 'austral');
  const ratified = alerts.find((a) => a.kind === 'event' && a.fact.includes('ratified (UY)'));
  assert.ok(ratified, JSON.stringify(alerts.map((a) => a.summary)));
  assert.equal(ratified.evidence[0].doc.file, 'ratifiedUy.txt');
  assert.match(ratified.evidence[0].text, /Uruguay ratified/);
  const status = alerts.find((a) => a.kind === 'status' && a.fact.endsWith('signing date'));
  assert.ok(status, JSON.stringify(alerts.map((a) => a.summary)));
  assert.equal(status.status_before, 'reported');
  assert.equal(status.status, 'confirmed');
  // No alert for what did not change.
  assert.ok(!alerts.some((a) => a.kind === 'event' && a.fact.endsWith(' signed')));
});

test('a report that misdates the signing: a new conflict and a misstatement quoting its sentence', () => {
  const alerts = dossierAlerts(ratifiedUy, misdated, 'austral');
  const conflict = alerts.find((a) => a.kind === 'conflict');
  assert.ok(conflict, JSON.stringify(alerts.map((a) => a.summary)));
  assert.match(conflict.value ?? '', /2025-03-03 vs 2025-03-05|2025-03-05 vs 2025-03-03/);
  const misstatement = alerts.find((a) => a.kind === 'misstatement');
  assert.ok(misstatement);
  assert.equal(misstatement.evidence[0].doc.file, 'misdated.txt');
  assert.match(misstatement.evidence[0].text, /March 5, 2025/);
  assert.match(misstatement.summary, /misstates/);
});

test('the same dossier twice: no alert; the snapshot stands for the dossier it was taken from', () => {
  assert.deepEqual(dossierAlerts(misdated, misdated, 'austral'), []);
  const { snapshot } = alertsBetween(null, misdated, 'austral');
  assert.deepEqual(alertsBetween(snapshot, misdated, 'austral').alerts, []);
  assert.deepEqual(JSON.parse(JSON.stringify(snapshot)), snapshot);
});
