import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import { FORMATS, isFormat, render } from './index.ts';

test('render produces each format', () => {
  assert.deepEqual([...FORMATS], ['json', 'md', 'html', 'claimreview', 'atop-csv', 'claims-csv', 'ics']);
  assert.equal(JSON.parse(render(sampleDossier, 'json')).version, 1);
  assert.match(render(sampleDossier, 'md'), /^# Agreement on Mutual Assistance/);
  assert.match(render(sampleDossier, 'html'), /^<!doctype html>/);
  assert.equal(JSON.parse(render(sampleDossier, 'claimreview')).length, 3);
  assert.match(render(sampleDossier, 'atop-csv'), /^\uFEFFagreement,title,/);
  assert.match(render(sampleDossier, 'claims-csv'), /^\uFEFFclaim,doc,file,start,end,/);
  assert.match(render(sampleDossier, 'ics'), /^BEGIN:VCALENDAR\r\n/);
  assert.match(render(sampleDossier, 'claimreview', { publisherUrl: 'https://factcheck.example/p' }), /"url": "https:\/\/factcheck\.example\/p#review-/);
  assert.ok(isFormat('md') && isFormat('ics') && !isFormat('pdf'));
});

test('every format is deterministic', () => {
  for (const f of FORMATS) assert.equal(render(sampleDossier, f), render(structuredClone(sampleDossier), f), f);
});
