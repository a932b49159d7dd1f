// A PDF's Info title is a hint only when it is the report's title: each class of tool, file and placeholder title
// is dropped, real titles (in several languages) are kept; through ingest with PDFs made here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pdfBytes } from '../../test/fixtures/ingest/pdf-bytes.ts';
import { ingestBytes } from './index.ts';
import { isRealPdfAuthor, isRealPdfTitle } from './pdf-title.ts';

const PAGE = ['Joint statement on the Tarn river commission', 'The commission shall meet twice a year.'];

async function titleOf(info: Record<string, string>): Promise<string | null | undefined> {
  const { docs, warnings } = await ingestBytes('statement.pdf', pdfBytes(PAGE, info));
  assert.deepEqual(warnings, []);
  return docs[0].hints.title;
}

test('pdf title: real titles are kept, in any language', async () => {
  assert.equal(await titleOf({ Title: 'Joint statement on the Tarn river commission' }), 'Joint statement on the Tarn river commission');
  assert.equal(await titleOf({ Title: 'Соглашение о водах реки Тарн' }), 'Соглашение о водах реки Тарн');
  for (const title of ['Abkommen über den Tarn, 2031', 'Accord du 12 mai 2031 sur le Tarn', 'Resolution 2417 (2031)', 'Convenio sobre el río Tarn'])
    assert.ok(isRealPdfTitle(title), title);
});

test("pdf title: an Office print driver's file name is not a title", async () => {
  assert.equal(await titleOf({ Title: 'Microsoft Word - tarn_statement_FINAL.docx' }), undefined);
  assert.ok(!isRealPdfTitle('Microsoft PowerPoint - Briefing'));
});

test('pdf title: a placeholder of a tool (any language, numbered or not) is not a title', async () => {
  assert.equal(await titleOf({ Title: 'Enscript Output' }), undefined);
  assert.equal(await titleOf({ Title: 'untitled' }), undefined);
  for (const title of ['Slide 1', 'Untitled-3', 'Document1', 'Документ1', 'Без названия', 'Folie 2', 'Sans titre', 'Sin título', 'Presentation1'])
    assert.ok(!isRealPdfTitle(title), title);
});

test('pdf title: a file name or a path is not a title', async () => {
  assert.equal(await titleOf({ Title: 'statement_v2_final' }), undefined);
  for (const title of ['Tarn statement.pdf', 'scan0001', 'IMG_2034', 'C:\\Users\\ana\\Desktop\\accord', '/tmp/out/statement', 'https://example.org/a.html'])
    assert.ok(!isRealPdfTitle(title), title);
});

test('pdf title: a title that is only a date or a number is not a title', async () => {
  assert.equal(await titleOf({ Title: '12 May 2031' }), undefined);
  for (const title of ['2031-05-12', '12.05.2031', '12 мая 2031 г.', '4711', 'v1.2']) assert.ok(!isRealPdfTitle(title), title);
});

test("pdf title: a title that is the PDF's Creator or Producer is the tool's name", async () => {
  assert.equal(await titleOf({ Title: 'Tarnwriter', Creator: 'Tarnwriter' }), undefined);
  assert.equal(await titleOf({ Title: 'Tarnwriter', Producer: 'Other' }), 'Tarnwriter');
  assert.ok(!isRealPdfTitle('PScript5.dll Version 5.2.2'));
  assert.ok(!isRealPdfTitle('pdfTeX-1.40.25'));
});

test("pdf author: an account name is not the report's author", async () => {
  const author = async (a: string) => (await ingestBytes('s.pdf', pdfBytes(PAGE, { Author: a }))).docs[0].hints.author;
  assert.equal(await author('Administrator'), undefined);
  assert.equal(await author('Ana Ruiz'), 'Ana Ruiz');
  for (const a of ['Пользователь', 'Windows User', 'user01']) assert.ok(!isRealPdfAuthor(a), a);
  assert.ok(isRealPdfAuthor('Tarn River Commission'));
});
