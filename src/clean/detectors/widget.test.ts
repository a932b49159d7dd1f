import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { widget } from './widget.ts';

test('widget: stray page controls and tag rows are cut; a sentence with the same words stays', () => {
  const text = 'Search\nAdvertisement\nTags: treaty, navy, ports\nSearch and rescue operations will be coordinated by the joint centre.';
  const out = cleanText(text, [widget]);
  assert.equal(out.body, 'Search and rescue operations will be coordinated by the joint centre.');
  assert.equal(out.removed[0].why, 'widget');
});

test('widget: reading time and "click here" prompts', () => {
  assert.equal(
    cleanText('4 min read\nReading time: 3 minutes\nClick here to read the full text\nThe parties will meet in May.', [widget]).body,
    'The parties will meet in May.',
  );
});

test('widget: blog category lines, typo-report prompts and back-to-home links, in every language', () => {
  for (const line of [
    'Posted in: Treaties, Water',
    'Classé dans : Diplomatie',
    'Archivado en: Tratados, Agua',
    'Рубрика: Политика',
    'Kategorien: Außenpolitik',
    'Spotted a typo? Select it and press Ctrl+Enter.',
    'Fehler entdeckt? Markieren Sie ihn und drücken Sie Strg + Enter.',
    'Back to homepage',
    'Retour à l’accueil',
    'Volver a la portada',
    'На главную',
    'العودة إلى الرئيسية',
  ]) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [widget]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});
