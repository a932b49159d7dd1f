import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../clean/index.ts';
import type { MetaHints } from '../types.ts';
import { buildContext } from './context.ts';
import { findOutlet } from './outlet.ts';

const outlet = (text: string, hints: MetaHints = {}) => findOutlet(buildContext({ ...cleanText(text), hints }, 'en'));
const LEAD = 'The two countries on Friday signed a treaty that commits each to come to the other’s aid.';

test('outlet: the page metadata wins', () => {
  assert.equal(outlet(`Title of the report\n\n${LEAD}`, { outlet: 'The Channel Times Online' }).value, 'The Channel Times Online');
});

test('outlet: datelines name the agency', () => {
  assert.equal(outlet(`MOSCOW, November 6. /TASS/. ${LEAD}`).value, 'TASS');
  assert.equal(outlet(`SEOUL (Reuters) – ${LEAD}`).value, 'Reuters');
  assert.equal(outlet(`Lindenburg, 15 March 2031 (OSA) - ${LEAD}`).value, 'OSA');
});

test('outlet: a syndicating page’s label outranks the wire it carries', () => {
  const text = `HARBOUR GAZETTE | World\nArland, Borvia seal defence pact for the strait\nSaturday, March 15, 2031\nDistributed by Compass Press\n\nPORT HERON, March 14 (Compass Press) - ${LEAD}`;
  const o = outlet(text);
  assert.equal(o.value, 'Harbour Gazette');
  assert.match(o.evidence, /label above the headline/);
});

test('outlet: staff bylines, copyright lines, syndication credits', () => {
  assert.equal(outlet(`FACTBOX - What is in the treaty?\nBy Compass Press staff\nMarch 15, 2031\n\n${LEAD}`).value, 'Compass Press');
  assert.equal(outlet(`${LEAD}\n© 2024 Daily Planet. All rights reserved.`).value, 'Daily Planet');
  assert.equal(outlet(`Treaty sealed in the capital today\nDistributed by Global Wire\n\n${LEAD}`).value, 'Global Wire');
});

test('outlet: a column names its publication only weakly, in the bio or the footer', () => {
  const o = outlet(`${LEAD}\n\nMiriam Castell is a former naval officer and a columnist for the Arlandian Review.\n\nEnjoyed this column? Subscribe to the Arlandian Review for unlimited access from 1 euro a week.`);
  assert.equal(o.value, 'Arlandian Review');
  assert.match(o.evidence, /weak/);
});

test('outlet: a site name repeated across the menu, in its own script', () => {
  const text = `صدى البلد البلد سبورت قناة صدى البلد صدى البلد جامعات صدى البلد عقارات\nN. Korea & Russia Sign Treaty for Strategic Stability\n\n${LEAD}`;
  assert.equal(outlet(text).value, 'صدى البلد');
});

test('outlet: null when nothing names it (a newspaper quoted in the body is not the outlet)', () => {
  const o = outlet(`Russia is preparing to ratify the agreement\n${LEAD}\nThe Washington Post previously reported that soldiers are training.`);
  assert.equal(o.value, null);
  assert.match(o.evidence, /no site metadata/);
});
