import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { trailer } from './trailer.ts';

const LEAD = 'The two foreign ministers exchanged the instruments of ratification in Hanoi on Friday.';

test('trailer: agency slugs, desk initials and end marks at the foot of a report are cut', () => {
  const trailers = ['/NTV/ mk/pl 1530', '/NTV/ 09.10.2019 15:30 GMT mk/pl', '/БЕЛТА/', '/و ا م/', '(END)', '- 30 -', '###', 'мк/ос', 'ENDS'];
  for (const t of trailers) {
    const out = cleanText(`${LEAD}\n${t}`, [trailer]);
    assert.equal(out.body, LEAD, t);
    assert.equal(out.removed[0].why, 'trailer');
  }
});

test('trailer: initials and bare end words above the foot stay; slashes inside sentences stay', () => {
  const text = `${LEAD}\nFin\nThe 2019/2020 session opened with the vote, and the and/or clause was dropped.\nUN/DPPA officials attended.`;
  assert.equal(cleanText(text, [trailer]).body, text);
});

test('trailer: an end mark followed by editors’ codes, and editors’ initials as spaced letters after a slug', () => {
  for (const line of ['(Schluss) kf/mb', '(END) rt/jk', '/و ك ن/ ع ل ي']) {
    const out = cleanText(`The two states signed the river treaty on Friday in the capital.\n${line}`, [trailer]);
    assert.deepEqual(
      out.removed.map((r) => r.text),
      [line],
      line,
    );
  }
});
