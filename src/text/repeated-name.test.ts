import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repeatedName } from './repeated-name.ts';

const ARABIC_MENU = 'صدى البلد البلد سبورت قناة صدى البلد صدى البلد جامعات صدى البلد عقارات';

test('repeatedName: the site name of a menu run, in any script', () => {
  assert.deepEqual(repeatedName(ARABIC_MENU), { name: 'صدى البلد', count: 4 });
  assert.equal(repeatedName('Herald Home Herald Sport Herald Jobs Herald Cars')?.name, 'Herald');
  assert.equal(repeatedName('The treaty, the law and the people of the two nations.'), null);
});

test('an upper-case treaty title is not a repeated site name', () => {
  const title = 'TREATY BETWEEN THE REPUBLIC OF ORVENIA AND THE FEDERAL REPUBLIC OF KASTRIA ON THE SHARING AND PROTECTION OF THE WATERS OF THE VELNA RIVER';
  assert.equal(repeatedName(title), null);
});
