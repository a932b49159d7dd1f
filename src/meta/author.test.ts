import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../clean/index.ts';
import type { MetaHints } from '../types.ts';
import { findAuthor } from './author.ts';
import { buildContext } from './context.ts';

const author = (text: string, outlet: string | null = null, hints: MetaHints = {}) =>
  findAuthor(buildContext({ ...cleanText(text), hints }, 'en'), outlet).value;
const LEAD = 'The two countries on Friday signed a treaty that commits each to come to the other’s aid.';

test('author: page metadata, then a personal byline', () => {
  assert.equal(author(LEAD, null, { author: 'Lukas Aaro' }), 'Lukas Aaro');
  assert.equal(author(`The treaty is a promise we cannot keep\nBy Miriam Castell\nJune 20, 2031\n\n${LEAD}`), 'Miriam Castell');
});

test('author: the outlet’s own byline and staff bylines are not authors', () => {
  const text = `Factbox-Key points of the treaty between the two\n\nBy Thomson Reuters Jun 20, 2024 | 12:19 AM\n\nBy Mina Park\n\nSEOUL (Reuters) – ${LEAD}`;
  assert.equal(author(text, 'Reuters'), 'Mina Park');
  assert.equal(author(`What is in the treaty?\nBy Compass Press staff\n\n${LEAD}`, 'Compass Press'), null);
});

test('author: a wire credit names the reporter when there is no byline', () => {
  assert.equal(author(`${LEAD}\n\nReporting by Dana Ilves in Port Heron; additional reporting by Piet Amsel; Editing by Mark Oyelaran`), 'Dana Ilves');
  assert.equal(author(`${LEAD}\n\nCompiled by Dana Ilves; Editing by Mark Oyelaran`), 'Dana Ilves');
  assert.equal(author(LEAD), null);
});
