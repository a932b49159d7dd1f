import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDocument } from '../types.ts';
import { cleanDocument, cleanText } from './index.ts';

const raw = (text: string | null, html: string | null = null, hints = {}): RawDocument => ({
  file: 'x',
  sha256: 'x',
  format: html ? 'html' : 'text',
  text,
  html,
  hints,
  charset: 'UTF-8',
  warnings: [],
});

test('clean: a pasted news page (seed 001 header): menu, masthead, stamp and handle go, headline and report stay', () => {
  const text = [
    'صدى البلد البلد سبورت قناة صدى البلد صدى البلد جامعات صدى البلد عقارات',
    'Supervisor Elham AbolFateh',
    'Editor in Chief Mohamed Wadie',
    '',
    'N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation',
    '',
    '',
    'Sun 23 Jun 2024 | 11:20 PM',
    'J-Doe',
    '',
    'A critical component of the treaty is the agreement on mutual defense. Both sides agreed to help each other.',
  ].join('\n');
  const out = cleanText(text);
  assert.equal(
    out.body,
    'N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation\n\nA critical component of the treaty is the agreement on mutual defense. Both sides agreed to help each other.',
  );
  assert.deepEqual(
    out.removed.map((r) => r.why),
    ['navigation', 'masthead', 'date', 'label'],
  );
  assert.equal(out.header.length, 6);
});

test('clean: a wire factbox (seed 003): close button, bylines and credit go, every bullet stays', () => {
  const text = [
    '×',
    '',
    'Factbox-Key points of North Korea, Russia landmark strategic partnership treaty',
    '',
    'By Thomson Reuters Jun 20, 2024 | 12:19 AM',
    '',
    'By Mina Park',
    '',
    'SEOUL (Reuters) – North Korea’s state media on Thursday unveiled the full text of a mutual defence pact.',
    '',
    '– Immediately provide military and other assistance using all available means if either side is in a state of war.',
    '',
    '– Promote mutual recognition of product standards, test records and quality certificates.',
    '',
    '(Reporting by Mina Park. Editing by Gerry Doyle)',
  ].join('\n');
  const out = cleanText(text);
  assert.ok(out.body.startsWith('Factbox-Key points'));
  assert.ok(out.body.includes('Immediately provide military and other assistance using all available means'));
  assert.ok(out.body.endsWith('quality certificates.'));
  assert.deepEqual(
    out.removed.map((r) => r.why),
    ['close-button', 'byline', 'credit'],
  );
});

test('clean: a state-agency page (practice 03): labels, menus, related list and copyright go', () => {
  const text = [
    'OSA Borvia State Agency',
    'Home | Nation | World | Economy | Sport | Video | Photo',
    'Search',
    'EN | DE | RU',
    '',
    'Chancellor Brecht: Harbour Treaty guarantees peace on our shores',
    '',
    'Lindenburg, 15 March 2031 (OSA) - Federal Chancellor Johann Brecht has described the treaty as "a shield".',
    '',
    'The treaty has twelve articles. It will be valid for ten years.',
    '',
    'Related news',
    '- Borvia fishing fleet reports record spring catch',
    '- Weather: storm warning for the northern coast',
    '(c) 2031 OSA. All rights reserved. Reproduction only with a hyperlink to OSA.',
  ].join('\n');
  const out = cleanText(text);
  assert.equal(out.body.split('\n\n')[0], 'Chancellor Brecht: Harbour Treaty guarantees peace on our shores');
  assert.ok(out.body.endsWith('The treaty has twelve articles. It will be valid for ten years.'));
  assert.deepEqual(
    out.removed.map((r) => r.why),
    ['label', 'navigation', 'widget', 'navigation', 'related', 'copyright'],
  );
});

test('clean: an opinion column (practice 06): footer prompts go, the bio paragraph stays', () => {
  const text = [
    'OPINION',
    'The Harbour Treaty is a promise Arland cannot afford to keep',
    'By Miriam Castell',
    'June 20, 2031',
    '',
    'Three months on, it is time for a sober look at what Arland has actually promised.',
    '',
    'Miriam Castell is a former naval officer and a columnist for the Arlandian Review.',
    '',
    'Enjoyed this column? Subscribe to the Arlandian Review for unlimited access from 1 euro a week. Already a subscriber? Log in.',
    'Share this article: Facebook | X | Email',
  ].join('\n');
  const out = cleanText(text);
  assert.ok(out.body.endsWith('Miriam Castell is a former naval officer and a columnist for the Arlandian Review.'));
  assert.deepEqual(
    out.removed.map((r) => r.why),
    ['label', 'byline', 'date', 'subscribe', 'share'],
  );
  assert.deepEqual(out.header, ['OPINION', 'The Harbour Treaty is a promise Arland cannot afford to keep', 'By Miriam Castell', 'June 20, 2031']);
});

test('clean: a wire story (practice 02) and its syndicated copy (09): stamps, credits and promos go', () => {
  const wire = cleanText(
    'Pact signed with defence clause\nMarch 14, 2031 10:42 AM UTC Updated 3 hours ago\n\nPORT HERON, March 14 (Compass Press) - The two countries on Friday signed a treaty.\n\nReporting by Dana Ilves in Port Heron; additional reporting by Piet Amsel in Lindenburg; Editing by Mark Oyelaran\nOur Standards: The Compass Press Trust Principles.',
  );
  assert.equal(wire.body, 'Pact signed with defence clause\n\nPORT HERON, March 14 (Compass Press) - The two countries on Friday signed a treaty.');
  const copy = cleanText(
    'HARBOUR GAZETTE | World\nArland, Borvia seal defence pact for the strait\nSaturday, March 15, 2031\nDistributed by Compass Press\n\nPORT HERON, March 14 (Compass Press) - The two countries on Friday signed a treaty.\n\nMore from Harbour Gazette: Sign up for our morning briefing | Follow us',
  );
  assert.equal(
    copy.body,
    'Arland, Borvia seal defence pact for the strait\n\nPORT HERON, March 14 (Compass Press) - The two countries on Friday signed a treaty.',
  );
  assert.deepEqual(
    copy.removed.map((r) => r.why),
    ['label', 'date', 'credit', 'subscribe'],
  );
});

test('clean: official text and plain reports lose nothing', () => {
  const treaty =
    'TREATY ON MARITIME COOPERATION\n\nThe Parties, hereinafter referred to as "the Parties",\n\nHave agreed as follows:\n\nArticle 1\nThe Parties shall develop their relations on the basis of mutual respect.\n\nFor the Republic                For the Union';
  assert.equal(cleanText(treaty).body, treaty);
  const news =
    'MOSCOW, November 6. /TASS/. The Federation Council has unanimously approved a bill.\nAreas of cooperation\nUnder the treaty, the sides agree to develop cooperation.';
  assert.deepEqual(cleanText(news), { body: news, removed: [], header: [] });
});

test('cleanDocument: HTML goes through the extractor and the text detectors; container hints win over the page', () => {
  const html =
    '<html lang="en"><head><meta property="og:site_name" content="Page Site"></head><body><article><h1>Pact signed in the capital city</h1><p class="byline">By Jane Roe, 20 June 2024</p><p>The two countries signed a pact on Thursday that commits them to consult each other whenever either faces a threat, officials said on Friday.</p></article></body></html>';
  const out = cleanDocument(raw(null, html, { outlet: 'Feed Outlet' }));
  assert.equal(
    out.body,
    'Pact signed in the capital city\n\nThe two countries signed a pact on Thursday that commits them to consult each other whenever either faces a threat, officials said on Friday.',
  );
  assert.deepEqual(out.removed, [{ text: 'By Jane Roe, 20 June 2024', why: 'byline' }]);
  assert.equal(out.hints.outlet, 'Feed Outlet');
  assert.equal(out.hints.language, 'en');
});
