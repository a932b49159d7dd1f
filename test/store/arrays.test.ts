import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bigintArray, intArray, textArray } from '../../src/store/arrays.ts';
import type { Db } from '../../src/store/driver.ts';
import { isPostgresUrl } from '../../src/store/index.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { targets } from './helpers.ts';

const openDb = (where: string): Promise<Db> => (isPostgresUrl(where) ? openPostgres(where) : openPglite(where));

for (const target of targets) {
  describe(`binary array parameters (${target.name})`, () => {
    test('text, int4 and int8 arrays arrive as sent, nulls, NUL, lone surrogates and astral characters included', async () => {
      const db = await openDb(await target.fresh());
      try {
        const texts = ['plain', '', null, 'Договор 🌊 条约', 'nul\u0000here', 'lone \uD800 and \uDC00', 'x'.repeat(70000)];
        const [row] = await db.query<{ texts: (string | null)[]; ints: (number | null)[]; big: (string | number)[] }>(
          'SELECT $1::text[] AS texts, $2::int[] AS ints, $3::int8[] AS big',
          [textArray(texts), intArray([1, null, -2147483648, 2147483647]), bigintArray([0, 9007199254740991])],
        );
        assert.deepEqual(row.texts, ['plain', '', null, 'Договор 🌊 条约', 'nul\uFFFDhere', 'lone \uFFFD and \uFFFD', 'x'.repeat(70000)]);
        assert.deepEqual(row.ints, [1, null, -2147483648, 2147483647]);
        assert.deepEqual(row.big.map(String), ['0', '9007199254740991']);
        const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM unnest($1::text[], $2::int[]) AS u(t, i)', [
          textArray(['a', 'b']),
          intArray([1, 2]),
        ]);
        assert.equal(n, 2);
      } finally {
        await db.close();
      }
    });
  });
}
