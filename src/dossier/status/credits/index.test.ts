import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditsIn } from './index.ts';

const ask = (text: string, ...names: string[][]) => [...creditsIn([text], new Map(names.map((n) => [n[0], n]))).keys()];

test('a dateline credit at the head of the report names its source', () => {
  assert.deepEqual(ask('OSLO, March 3 (Fjordline) - Norway and Chile signed a fisheries accord on Tuesday.', ['Fjordline']), ['Fjordline']);
  assert.deepEqual(ask('ВАРШАВА, 3 марта. /Балтика/. Стороны подписали соглашение.', ['Балтика']), ['Балтика']);
});

test('words of crediting before the name, in each language', () => {
  const cases: [string, string][] = [
    ['The accord covers fishing quotas, according to Fjordline News Agency.', 'Fjordline News Agency'],
    ['With reporting by Fjordline, the paper learned the vote was delayed.', 'Fjordline'],
    ['Договор вступит в силу в мае, сообщает Балтика.', 'Балтика'],
    ['Парламент одобрил документ, передаёт агентство Балтика.', 'Балтика'],
    ['Das Abkommen tritt im Mai in Kraft, nach Angaben der Nachrichtenagentur Alpenblick.', 'Alpenblick'],
    ["L'accord entrera en vigueur en mai, selon l'agence Sahel Dépêches.", 'Sahel Dépêches'],
    ['El acuerdo entrará en vigor en mayo, según la agencia Pampa.', 'Pampa'],
    ['وقع البلدان الاتفاقية نقلاً عن وكالة الواحة.', 'الواحة'],
  ];
  for (const [text, name] of cases) assert.deepEqual(ask(text, [name]), [name], text);
});

test('words after the name and a dash byline credit it too', () => {
  assert.deepEqual(ask('Fjordline reported that the Storting approved the deal.', ['Fjordline']), ['Fjordline']);
  assert.deepEqual(ask('Der Bundestag stimmte zu, wie Alpenblick berichtete.', ['Alpenblick']), ['Alpenblick']);
  assert.deepEqual(ask('The Storting approved the deal on Friday.\n— Fjordline', ['Fjordline']), ['Fjordline']);
});

test('a name mentioned without credit, or inside the body in parentheses, credits nothing', () => {
  assert.deepEqual(ask('Fjordline’s correspondent was refused a visa last year.', ['Fjordline']), []);
  assert.deepEqual(ask('Chile and Norway signed the accord. Critics spoke to Pampa about quotas.', ['Pampa']), []);
  const late = `${'The accord was signed. '.repeat(20)}A second outlet (Fjordline) covered the signing.`;
  assert.deepEqual(ask(late, ['Fjordline']), []);
});
