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
