import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { dateline } from './dateline.ts';

test('dateline: a dateline alone on its line is cut; one that opens the first sentence stays in it', () => {
  const alone = cleanText('MOSCOW, November 6. /TASS/.\nRussia’s Federation Council has unanimously approved the bill.', [dateline]);
  assert.equal(alone.body, 'Russia’s Federation Council has unanimously approved the bill.');
  assert.deepEqual(alone.removed, [{ text: 'MOSCOW, November 6. /TASS/.', why: 'dateline' }]);
  const glued = 'MOSCOW, November 6. /TASS/. Russia’s Federation Council has unanimously approved the bill.';
  assert.equal(cleanText(glued, [dateline]).body, glued);
});
