import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { comments } from './comments.ts';

const LEAD = 'The accord on river shipping was signed in Vienna on Tuesday by the two ministers.';

test('comments: comment widgets in six languages are cut', () => {
  const widgets = ['You are replying to: .', 'Leave a comment', 'Add your comment', 'View all comments', 'Комментарии (12)', 'Kommentar schreiben', 'Laisser un commentaire', 'Deja tu comentario', 'أضف تعليقا', 'Your comment'];
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
