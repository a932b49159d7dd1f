// What a sentence says of the agreement's duration; a deadline for one obligation is none. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDuration } from './duration.ts';

test('a deadline within N years is no term of the agreement (es); a term is', () => {
  assert.equal(readDuration('El convenio obliga a eliminar las centrales de carbón en un plazo de diez años.', 'es'), null);
  assert.equal(readDuration('El tratado tendrá una vigencia de diez años.', 'es')?.years, 10);
  assert.equal(readDuration('El acuerdo se celebra por un plazo de diez años.', 'es')?.years, 10);
});
