import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { share } from './share.ts';

test('share: share bars and rows of networks are cut', () => {
  const text = 'Share this article: Facebook | X | Email\nFacebook Twitter WhatsApp Telegram\nПоделиться\nThe treaty was shared with parliament on Monday.';
  const out = cleanText(text, [share]);
  assert.equal(out.body, 'The treaty was shared with parliament on Monday.');
  assert.equal(out.removed[0].why, 'share');
});

test('share: a sentence that opens with "Share" is news', () => {
  const text = 'Share prices of shipbuilders rose after the treaty was signed.\nShare on Facebook';
  assert.equal(cleanText(text, [share]).body, 'Share prices of shipbuilders rose after the treaty was signed.');
});

test('share: share bars in French, German, Spanish, Russian and Arabic', () => {
  const bars = [
    'Partager cet article : Facebook | X | E-mail',
    'Artikel teilen: Facebook | WhatsApp | E-Mail',
    'Compartir en: Facebook | WhatsApp',
    'Поделиться: ВКонтакте | Одноклассники | Telegram',
    'شارك: فيسبوك | تويتر | واتساب',
  ];
  for (const b of bars) assert.equal(cleanText(`${b}\nThe accord enters into force in May.`, [share]).body, 'The accord enters into force in May.', b);
});

test('share: a bar of share buttons set apart by spaces only', () => {
  for (const line of ['Share on Facebook  Share on X  Email', 'Partager sur Facebook   Partager sur X']) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [share]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});
