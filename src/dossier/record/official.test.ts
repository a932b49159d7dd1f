import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOfficialBody } from './official.ts';

const BODY = `TREATY ON MARITIME COOPERATION BETWEEN THE REPUBLIC OF A AND THE UNION OF B

The Parties,

Have agreed as follows:

Article 1
The Parties shall refrain from the threat or use of force against each other.

ARTICLE II
1. In the event of an armed attack against either Party, the other Party shall provide assistance, including military assistance.
2. This applies within the Zone.

Article 3
Disputes concerning the interpretation or application of this Treaty shall be settled through negotiations.

Done at Northport on 2 May 2030, in two originals.
`;

test('articles run from their heading to the next one; the closing formula ends the last', () => {
  const o = parseOfficialBody('d1', BODY);
  assert.equal(o.title, 'TREATY ON MARITIME COOPERATION BETWEEN THE REPUBLIC OF A AND THE UNION OF B');
  assert.deepEqual(
    o.articles.map((a) => [a.number, a.topics]),
    [
      [1, ['nonaggression']],
      [2, ['defense']],
      [3, ['dispute-settlement']],
    ],
  );
  assert.equal(BODY.slice(o.articles[1].start, o.articles[1].end), o.articles[1].text);
  assert.ok(o.articles[1].text.endsWith('This applies within the Zone.'));
  assert.ok(!o.articles[2].text.includes('Done at'));
  assert.equal(o.closing, 'Done at Northport on 2 May 2030, in two originals.');
});

test('the title line is the meta title, else the first capitals or agreement-noun line before Article 1', () => {
  const page = `SECRETARIAT OF THE JOINT COMMISSION\n\nUnofficial translation.\n\n${BODY}`;
  assert.equal(parseOfficialBody('d1', page).title, 'TREATY ON MARITIME COOPERATION BETWEEN THE REPUBLIC OF A AND THE UNION OF B');
  const mentioned = 'Recalling the Agreement on Fisheries of 1990,\n\nArticle 1\nThe Parties shall consult each other.\n';
  assert.equal(parseOfficialBody('d1', mentioned).title, null);
  assert.equal(parseOfficialBody('d1', mentioned, 'Treaty on Friendship between A and B').title, 'Treaty on Friendship between A and B');
});
