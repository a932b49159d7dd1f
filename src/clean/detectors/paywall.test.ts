import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { paywall } from './paywall.ts';

const LEAD = 'The accord on river shipping was signed in Vienna on Tuesday by the two ministers.';

test('paywall: notices and article meters in six languages are cut', () => {
  const notices = [
    'You have read 4 of your 10 free articles this month.',
    'This story is available to subscribers only.',
    'Dieser Artikel ist nur für Abonnenten verfügbar.',
    'Cet article est réservé aux abonnés.',
    'Материал доступен только для подписчиков',
    'Contenido exclusivo para suscriptores',
    'هذا المحتوى متاح للمشتركين فقط',
  ];
  for (const n of notices) {
    const out = cleanText(`${LEAD}\n${n}\nThe text has nine articles.`, [paywall]);
    assert.equal(out.body, `${LEAD}\nThe text has nine articles.`, n);
    assert.equal(out.removed[0].why, 'paywall');
  }
});

test('paywall: a notice glued to the end of the last paragraph is cut from it', () => {
  const text = `${LEAD} Subscribe to continue reading.`;
  assert.equal(cleanText(text, [paywall]).body, LEAD);
  const de = 'Der Vertrag tritt im Mai in Kraft. Jetzt abonnieren und weiterlesen.';
  assert.equal(cleanText(de, [paywall]).body, 'Der Vertrag tritt im Mai in Kraft.');
});

test('paywall: reporting about subscribers stays', () => {
  const text = `${LEAD}\nThe registry will be open only to subscribers of the state archive, the minister said.`;
  assert.equal(cleanText(text, [paywall]).body, text);
});

test('paywall: a meter saying the free quota is used up, in six languages', () => {
  const meters = [
    "You've used up your monthly quota of free reads.",
    "Vous avez épuisé votre quota d'articles offerts ce mois-ci.",
    'Sie haben Ihr Limit an kostenlosen Beiträgen für diesen Monat erreicht.',
    'Has agotado tu cupo de noticias gratuitas.',
    'Вы достигли лимита бесплатных публикаций в этом месяце.',
    'لقد استنفدت عدد المقالات المجانية لهذا الشهر',
  ];
  for (const m of meters) assert.equal(cleanText(`${LEAD}\n${m}`, [paywall]).body, LEAD, m);
});

test('paywall: someone reaching a limit in a report stays', () => {
  const text = [
    LEAD,
    'Ha alcanzado el límite de su mandato, dijo el ministro.',
    'Vous avez atteint la limite de ce que nous pouvons accepter, a déclaré le négociateur.',
    'You have reached the limit of what the treaty allows, the envoy told reporters.',
  ].join('\n');
  assert.equal(cleanText(text, [paywall]).body, text);
});

test('paywall: a German "read on with" pitch and a Spanish and Russian subscribers-only notice', () => {
  for (const line of [
    'Lesen Sie weiter mit Küstenbote Plus – jetzt 4 Wochen kostenlos testen.',
    'Este contenido es exclusivo para suscriptores.',
    'Чтобы продолжить чтение, оформите подписку.',
  ]) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [paywall]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});
