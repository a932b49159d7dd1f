// A government body's release (a statement, a communiqué, a press release, a fact sheet) under the body's own
// masthead is an official document, as the spec's kind has it; written for these tests (real ministries' kinds of
// names, agreements outside the eval cases).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../clean/index.ts';
import type { RawDocument } from '../types.ts';
import { extractMeta } from './index.ts';
import { retypeSource } from './source/index.ts';

function metaOf(text: string): [string, string | null, string | null] {
  const raw: RawDocument = { file: 'x.txt', sha256: 'x', format: 'text', text, html: null, hints: {}, charset: 'UTF-8', warnings: [] };
  const cleaned = cleanDocument(raw);
  const meta = extractMeta(raw, cleaned);
  const found = retypeSource({ ...meta, url: null, body: cleaned.body, removed: cleaned.removed }, { register: { outlets: [], defaults: false } });
  return [meta.kind, found.source_type, found.source_state];
}

const PROSE_EN =
  'Today the Republic deposited its instrument of ratification of the Minamata Convention on Mercury with the Secretary-General of the United Nations. The Convention obliges each party to phase out mercury mines within fifteen years.';

test('en: a ministry’s press release is official, government, its state from the masthead', () => {
  const text = ['Ministry of Foreign Affairs of the Republic of Estonia', 'Press release | Tallinn, 4 March 2021', '', PROSE_EN, '', PROSE_EN].join('\n');
  assert.deepEqual(metaOf(text), ['official', 'government', 'EE']);
});

test('en: a press secretary’s fact sheet for immediate release is official', () => {
  const text = [
    'Office of the Press Secretary',
    '',
    'For Immediate Release',
    'March 4, 2021',
    '',
    'FACT SHEET: Mercury Convention Ratification',
    '',
    PROSE_EN,
    '',
    PROSE_EN,
  ].join('\n');
  assert.equal(metaOf(text)[0], 'official');
});

test('fr: un communiqué du ministère est officiel', () => {
  const prose =
    "La République a déposé aujourd'hui son instrument de ratification de la Convention de Minamata sur le mercure auprès du Secrétaire général des Nations unies. La Convention oblige chaque partie à fermer ses mines de mercure en quinze ans.";
  const text = ["MINISTÈRE DE L'EUROPE ET DES AFFAIRES ÉTRANGÈRES", '', 'Communiqué', '', 'Paris, le 4 mars 2021', '', prose, '', prose].join('\n');
  assert.deepEqual(metaOf(text), ['official', 'government', 'FR']);
});

test('ru: заявление МИД под шапкой министерства — официальный документ', () => {
  const prose =
    'Сегодня Российская Федерация сдала на хранение Генеральному секретарю ООН ратификационную грамоту Минаматской конвенции о ртути. Конвенция обязывает каждую сторону закрыть ртутные рудники в течение пятнадцати лет.';
  const text = [
    'Министерство иностранных дел Российской Федерации',
    '',
    'Заявление МИД России о ратификации Минаматской конвенции',
    '',
    '4 марта 2021 года',
    '',
    prose,
    '',
    prose,
  ].join('\n');
  assert.equal(metaOf(text)[0], 'official');
});

test('a newspaper’s report of a ministry’s statement stays news', () => {
  const text = [
    'HARBOUR GAZETTE | World',
    '',
    'Estonia ratifies mercury convention, ministry says',
    '',
    `TALLINN, March 4 - ${PROSE_EN} The Ministry of Foreign Affairs said in a statement that the step completed a process begun in 2013.`,
    '',
    PROSE_EN,
  ].join('\n');
  assert.equal(metaOf(text)[0], 'news');
});

test('a state and a ranked body opening the masthead; an announcement; a communiqué naming its ministry; a masthead alone', () => {
  const federal = [
    'FEDERAL MINISTRY OF FISHERIES OF THE REPUBLIC OF AUSTRIA',
    'Press Department',
    '',
    'Statement of the Federal Ministry of Fisheries on the Danube treaty',
    '',
    PROSE_EN,
  ].join('\n');
  assert.equal(metaOf(federal)[0], 'official');
  const announcement = [
    'KINGDOM OF NORWAY',
    'MINISTRY OF FISHERIES',
    '',
    'Announcement of the Ministry of Fisheries on the entry into force of the Barents Agreement',
    '',
    PROSE_EN,
  ].join('\n');
  assert.equal(metaOf(announcement)[0], 'official');
  const communique = ['Communiqué du ministère de la Mer', '', 'Paris, le 4 mars 2021', '', PROSE_EN, '', PROSE_EN].join('\n');
  assert.equal(metaOf(communique)[0], 'official');
  const masthead = ['Kingdom of Norway Ministry of Fisheries — Press Office', '', 'Norway ratifies the Barents Agreement', '', PROSE_EN, '', PROSE_EN].join(
    '\n',
  );
  assert.equal(metaOf(masthead)[0], 'official');
});

test('a newspaper reporting a ministry’s announcement is no release', () => {
  const text = ['The Fjord Courier', '', 'Ministry announces the entry into force of the Barents Agreement', '', PROSE_EN, '', PROSE_EN].join('\n');
  assert.equal(metaOf(text)[0], 'news');
});
