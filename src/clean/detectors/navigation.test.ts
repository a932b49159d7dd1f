import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { navigation } from './navigation.ts';

const ARABIC_MENU = 'صدى البلد البلد سبورت قناة صدى البلد صدى البلد جامعات صدى البلد عقارات';

test('navigation: a menu, a language switcher and a repeated site name are cut', () => {
  const text = [
    'OSA Borvia State Agency',
    'Home | Nation | World | Economy | Sport | Video | Photo',
    'EN | DE | RU',
    ARABIC_MENU,
    'Chancellor Brecht: Harbour Treaty guarantees peace on our shores',
  ].join('\n');
  const out = cleanText(text, [navigation]);
  assert.equal(out.body, 'OSA Borvia State Agency\nChancellor Brecht: Harbour Treaty guarantees peace on our shores');
  assert.deepEqual(
    out.removed.map((r) => r.why),
    ['navigation'],
  );
  assert.equal(out.removed[0].text.split('\n').length, 3);
});

test('navigation: breadcrumbs and footer links go; a two-part label and a sentence with a slash stay', () => {
  const text = [
    'News › Asia › Korea',
    'HARBOUR GAZETTE | World',
    'The vote was 212 / 31 in favour of the treaty, the speaker of the assembly said.',
    'Privacy policy | Terms of use | Contact us',
  ].join('\n');
  assert.equal(cleanText(text, [navigation]).body, 'HARBOUR GAZETTE | World\nThe vote was 212 / 31 in favour of the treaty, the speaker of the assembly said.');
});

test('navigation: section words as a plain run are a menu only in the header or the tail', () => {
  const top =
    'News World Business Sport Opinion\nTreaty signed in the port city on Friday\nThe two leaders signed the pact at a ceremony in the old customs house.';
  assert.ok(!cleanText(top, [navigation]).body.includes('News World'));
  const middle =
    'The two leaders signed the pact at a ceremony in the old customs house.\nRussia Korea Treaty Signing\nOfficials said the treaty would be ratified within months.';
  assert.ok(cleanText(middle, [navigation]).body.includes('Russia Korea Treaty Signing'));
});

test('navigation: language switchers in Cyrillic', () => {
  assert.equal(cleanText('РУС | ENG | УКР\nThe sides will meet in May.', [navigation]).body, 'The sides will meet in May.');
});

test('navigation: language codes count only in capitals', () => {
  assert.equal(cleanText('It is\nEN | RU', [navigation]).body, 'It is');
});

test('navigation: a credit set as a bar of links is left to the copyright detector', () => {
  const text = 'The sides will meet in May.\n© Ostsee-Kurier 2025 · Alle Rechte vorbehalten · Impressum · Datenschutz';
  assert.equal(cleanText(text, [navigation]).body, text);
});

test('navigation: breadcrumbs with ">" or "›", two crumbs from the home page or in the header, in every language', () => {
  for (const crumbs of ['Startseite › Meinung › Kommentare', 'Accueil > Monde', 'Inicio > Opinión > Columnas', 'Главная > Мнения', 'الرئيسية > مقالات الرأي']) {
    const out = cleanText(`${crumbs}\n\nA treaty at last\n\nThe two states signed the treaty on the joint patrol of their shared river on Friday.`);
    assert.deepEqual(
      out.removed.filter((r) => r.why === 'navigation').map((r) => r.text),
      [crumbs],
    );
  }
  // A comparison in a sentence is no breadcrumb.
  const kept = cleanText('A treaty at last\n\nTurnout > 60% was needed > and reached.\n\nThe two states signed the treaty on Friday.', [navigation]);
  assert.equal(kept.removed.length, 0);
});
