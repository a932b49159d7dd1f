import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { cookie } from './cookie.ts';

test('cookie: a consent banner in the site voice is cut', () => {
  const out = cleanText('We use cookies to improve your experience on our site. Accept all Settings\nThe treaty entered into force on Thursday.', [cookie]);
  assert.equal(out.body, 'The treaty entered into force on Thursday.');
  assert.equal(out.removed[0].why, 'cookie');
});

test('cookie: German and Russian banners are cut; news about cookie rules is kept', () => {
  const text = [
    'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.',
    'Мы используем cookie, чтобы сайт работал лучше.',
    'The EU cookie law was not part of the treaty talks, officials said.',
  ].join('\n');
  assert.equal(cleanText(text, [cookie]).body, 'The EU cookie law was not part of the treaty talks, officials said.');
});

test('cookie: Spanish, French and Arabic banners are cut', () => {
  const banners = [
    'Usamos cookies para ofrecerle una mejor experiencia de navegación.',
    'Nous utilisons des cookies pour mesurer l’audience.',
    'نستخدم ملفات تعريف الارتباط لتحسين تجربتك',
  ];
  for (const b of banners) assert.equal(cleanText(`${b}\nThe accord enters into force in May.`, [cookie]).body, 'The accord enters into force in May.', b);
});
