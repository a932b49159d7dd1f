import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isResearchLabel } from './research-label.ts';

test('research label: a paper series with its number or date, in six languages', () => {
  for (const l of [
    'Issue Brief No. 31 | March 2022',
    '**Working Paper 2021/7**',
    "Note d'analyse n° 3 — avril 2020",
    'Arbeitspapier Nr. 12',
    'Documento de trabajo 8/2019',
    'Аналитическая записка № 7',
    'ورقة سياسات رقم 4',
    'Nota técnica n.º 12/2020',
  ])
    assert.ok(isResearchLabel(l), l);
});

test('research label: a section heading or a sentence is none', () => {
  for (const l of [
    'Analyse',
    'Working paper on fisheries published by the ministry on Monday.',
    'Studie zeigt Folgen des Abkommens',
    'Studie: Abkommen bringt wenig',
    'Policy',
  ])
    assert.ok(!isResearchLabel(l), l);
});
