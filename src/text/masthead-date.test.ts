import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoOf } from './dates.ts';
import { barDate, parseMastheadDate } from './masthead-date.ts';

test('parseMastheadDate: a name and a full date on one header line, in several languages', () => {
  assert.equal(parseMastheadDate('Камский обозреватель, 3 мая 2025')?.name, 'Камский обозреватель');
  assert.equal(parseMastheadDate('Ostsee-Kurier – 4. Juni 2025', 'de')?.name, 'Ostsee-Kurier');
  assert.equal(parseMastheadDate('Le Journal du Soir | jeudi 6 mars 2025', 'fr')?.name, 'Le Journal du Soir');
  assert.equal(parseMastheadDate('Уральский вестник, 14 марта 2025 г.')?.date.year, 2025);
  assert.equal(parseMastheadDate('Ostsee-Kurier · 4. Juni 2025, 08:30 Uhr', 'de')?.name, 'Ostsee-Kurier');
});

test('parseMastheadDate: a sentence, a date alone, a date without a year are not such lines', () => {
  assert.equal(parseMastheadDate('The treaty was signed on 3 May 2025 in Kazan.'), null);
  assert.equal(parseMastheadDate('3 May 2025'), null);
  assert.equal(parseMastheadDate('Камский обозреватель, 3 мая'), null);
});

test('barDate: a name, a series or an issue beside the bar’s own date; a timeline item is no bar', () => {
  assert.equal(barDate('Weekly Sea Notes | No. 14 | 20 March 2025')?.text, '20 March 2025');
  assert.equal(barDate('Nota de análisis 9/2025 — 2 de abril de 2025', 'es')?.day, 2);
  assert.equal(barDate('19 June 2024 – The two leaders sign the treaty in the capital.'), null);
  assert.equal(barDate('Home | World | Politics'), null);
});

test('barDate: a bar whose part describes the publication at length ("A fortnightly bulletin on …")', () => {
  assert.equal(isoOf(barDate('Harbour Notes · A fortnightly bulletin on shipping and the ports of the north · No. 41 · 9 May 2024', 'en')!), '2024-05-09');
  assert.equal(isoOf(barDate('Une lettre hebdomadaire sur la politique des Alpes et du Jura · n° 12 · 3 mars 2023', 'fr')!), '2023-03-03');
  // A sentence beside a date is no bar.
  assert.equal(barDate('The ministers met in the port for the signing of the accord · 9 May 2024', 'en'), null);
});
