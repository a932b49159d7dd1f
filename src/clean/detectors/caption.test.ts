import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../index.ts';
import { caption } from './caption.ts';

test('caption: a caption and its credit glued into the next sentence are cut, the sentence kept', () => {
  const line =
    "North Korean leader Kim Jong Un addresses the Supreme People's Assembly in Pyongyang, North Korea. September 8, 2022. Photo credits: Korean Central News AgencyThus, the fourth article of the treaty states that in the event of an attack the other party will help.";
  const out = cleanText(line, [caption]);
  assert.equal(out.body, 'Thus, the fourth article of the treaty states that in the event of an attack the other party will help.');
  assert.equal(out.removed[0].why, 'caption');
  assert.ok(out.removed[0].text.endsWith('Photo credits: Korean Central News Agency'));
});

test('caption: a caption line whose credit is glued to its last word is cut whole', () => {
  const out = cleanText(
    'Representatives of the Ministry of Foreign Affairs of the Russian Federation and the DPRK.Photo credits: Russian media\nIn addition, the agreement states more.',
    [caption],
  );
  assert.equal(out.body, 'In addition, the agreement states more.');
});

test('caption: a bracketed photo credit is cut alone; an agency slash credit ends a caption line', () => {
  assert.equal(cleanText('The leaders met on Friday (Photo: AP) and signed it.', [caption]).body, 'The leaders met on Friday and signed it.');
  const slash = 'Leaders attend a ceremony in the capital, June 19, 2024. Sputnik/Gavriil Grigorov/Pool via Agency\nThe treaty was signed.';
  assert.equal(cleanText(slash, [caption]).body, 'The treaty was signed.');
});

test('caption: after a long paragraph only the date and credit are cut; the next sentence survives', () => {
  const long =
    'The treaty was signed in the capital on a sunny day after long and difficult talks that lasted for many months and involved dozens of diplomats from both countries and observers from several neighbouring states and international organisations. June 19, 2024. Photo: Some Agency The treaty says more.';
  const body = cleanText(long, [caption]).body;
  assert.ok(body.startsWith('The treaty was signed in the capital'));
  assert.ok(body.endsWith('organisations. The treaty says more.'));
});

test('caption: "credits:" inside a sentence is not a photo credit', () => {
  const text = 'Tax credits: the treaty provides for lower duties on fish.';
  assert.equal(cleanText(text, [caption]).body, text);
});

test('caption: self-labelled caption lines and bracketed agency credits at a line end', () => {
  const text = [
    'Image caption, Kim Jong Un and Vladimir Putin signed the pact in Pyongyang on Wednesday',
    'Leaders attend a ceremony in the capital, June 19, 2024. (AP Photo/Jane Doe)',
    'The pact was signed on Wednesday.',
  ].join('\n');
  assert.equal(cleanText(text, [caption]).body, 'The pact was signed on Wednesday.');
});

test('caption: a markdown image line', () => {
  assert.equal(
    cleanText('![Leaders at the signing](https://example.org/a.jpg)\nThe pact was signed on Wednesday.', [caption]).body,
    'The pact was signed on Wednesday.',
  );
});

test('caption: "a photo:" inside a sentence is not a credit (markers are capitalised)', () => {
  const text = 'State media published a photo: the two leaders shaking hands after the signing.';
  assert.equal(cleanText(text, [caption]).body, text);
});

test('caption: photo credits in Arabic, Spanish and French', () => {
  const credits = ['الصورة: سامي حداد / أرشيف', 'Foto: María López / Archivo', 'Photo : Jean Morel / Agence'];
  for (const c of credits)
    assert.equal(
      cleanText(`The accord enters into force in May.\n${c}\nIt was ratified in March.`, [caption]).body,
      'The accord enters into force in May.\nIt was ratified in March.',
      c,
    );
});

test('caption: a line closed by the mark of an old picture is a caption, in six languages', () => {
  const lead = 'The pact was ratified by both chambers on Thursday.';
  const captions = [
    'Delegates applaud after the vote in the assembly hall (file picture)',
    'Les deux ministres lors de la signature à Rabat (archives)',
    'Die Außenminister bei einem früheren Treffen in Wien (Archivbild)',
    'El canciller durante una visita oficial (foto de archivo)',
    'Заседание парламента в столице (архивное фото)',
    'وزيرا الخارجية خلال لقاء سابق (أرشيف)',
  ];
  for (const c of captions) assert.equal(cleanText(`${lead}\n${c}`, [caption]).body, lead, c);
});
