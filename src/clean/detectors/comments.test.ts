import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { comments } from './comments.ts';

const LEAD = 'The accord on river shipping was signed in Vienna on Tuesday by the two ministers.';

test('comments: comment widgets in six languages are cut', () => {
  const widgets = [
    'You are replying to: .',
    'Leave a comment',
    'Add your comment',
    'View all comments',
    'Комментарии (12)',
    'Kommentar schreiben',
    'Laisser un commentaire',
    'Deja tu comentario',
    'أضف تعليقا',
    'Your comment',
  ];
  for (const w of widgets) {
    const out = cleanText(`${LEAD}\n${w}\nThe text has nine articles.`, [comments]);
    assert.equal(out.body, `${LEAD}\nThe text has nine articles.`, w);
    assert.equal(out.removed[0].why, 'comments');
  }
});

test('comments: a section label above the headline and sentences about comments stay', () => {
  const text = `COMMENT\nWhy the river accord matters more than it seems\n\n${LEAD}\nComments from the foreign ministry were not immediately available.`;
  assert.equal(cleanText(text, [comments]).body, text);
});

test('comments: prompts to discuss, closed and subscriber-only comment sections', () => {
  const widgets = [
    'Join the debate in the comments (7)',
    'Обсудить в комментариях (9)',
    'Обсуждение (14)',
    'Commenting is available to subscribers only',
    'Les commentaires sont réservés aux abonnés',
    'Comentarios cerrados',
    'Kommentare sind geschlossen',
    'شاركنا رأيك في التعليقات',
  ];
  for (const w of widgets) assert.equal(cleanText(`${LEAD}\n${w}\nThe text has nine articles.`, [comments]).body, `${LEAD}\nThe text has nine articles.`, w);
});

test('comments: a report about a comments period stays', () => {
  const text = `${LEAD}\nThe treaty opens a 60-day comments period for the public, the ministry said.\nLes commentaires du ministre ont été mal reçus.`;
  assert.equal(cleanText(text, [comments]).body, text);
});

test('comments: calls to discuss and to sign in, in German, French, Spanish, Russian and Arabic', () => {
  for (const line of ['Jetzt mitdiskutieren – melden Sie sich an.', 'Réagir à cet article', 'Deja tu comentario', 'Обсудить', 'أضف تعليقك']) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [comments]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});
