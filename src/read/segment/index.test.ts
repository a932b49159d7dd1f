// Segmentation of the eval reports: exact offsets, and the units the later stages rely on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { segment } from './index.ts';

const EVAL = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval');
const read = (path: string) => readFileSync(join(EVAL, path), 'utf8');
const texts = (body: string, language = 'en') => segment(body, language).map((s) => s.text);

test('every segment of every eval text has exact, trimmed offsets and holds a word', () => {
  for (const dir of ['seeds/docs', 'practice-harbour/docs']) {
    for (const file of readdirSync(join(EVAL, dir))) {
      const body = read(join(dir, file));
      let last = 0;
      for (const s of segment(body, 'en')) {
        assert.equal(body.slice(s.start, s.end), s.text, file);
        assert.equal(s.text, s.text.trim(), file);
        assert.match(s.text, /[\p{L}\p{N}]/u, file);
        assert.ok(s.start >= last, `${file}: segments in order`);
        last = s.end;
      }
    }
  }
});

test('a line break after "No." stays inside the sentence (seeds 002)', () => {
  const t = texts(read('seeds/docs/002_4ede7231e431698e.txt'));
  assert.ok(t.includes("Draft law No.\n740196-8 was posted on the official website of the Russian Federation's State Duma."));
  assert.equal(t[0], 'Russia is preparing to ratify the strategic partnership agreement with the DPRK');
});

test('a quotation ending in \'."\' ends its sentence after the mark; ". . .." is one ellipsis', () => {
  const t000 = texts(read('seeds/docs/000_a5178cceccc052df.txt'));
  assert.ok(t000.some((s) => s.endsWith('security and stability."')));
  assert.ok(t000.some((s) => s.startsWith('It provides that the sides on a permanent basis')));
  const t004 = texts(read('seeds/docs/004_185a173a3f952493.txt'));
  assert.ok(
    t004.includes('The Parties will guarantee the non-application of unilateral coercive measures aimed directly or indirectly at one of the Parties. . ..'),
  );
  assert.ok(t004.includes('One wonders if the agreement with Russia is a coming out party for the DPRK.'));
});

test('headings: a title line, "Article N" lines of an official text, a heading inside running lines', () => {
  const official = segment(read('practice-harbour/docs/01_official_text.txt'), 'en');
  const headings = official.filter((s) => s.unit === 'heading').map((s) => s.text);
  for (let n = 1; n <= 12; n++) assert.ok(headings.includes(`Article ${n}`), `Article ${n}`);
  assert.ok(headings[0].startsWith('TREATY ON MARITIME COOPERATION'));
  const items = official.filter((s) => s.unit === 'list-item').map((s) => s.text);
  assert.ok(items.includes('1. This Treaty is subject to ratification.'));
  assert.ok(!headings.some((h) => h.startsWith('The Parties')));
  const tass = segment(read('seeds/docs/000_a5178cceccc052df.txt'), 'en');
  assert.deepEqual(
    tass.filter((s) => s.unit === 'heading').map((s) => s.text),
    ['Areas of cooperation'],
  );
});

test('bullets: the glyph is left out, each sentence of an item is a list-item unit', () => {
  const factbox = segment(read('practice-harbour/docs/08_factbox_provisions.txt'), 'en');
  const items = factbox.filter((s) => s.unit === 'list-item').map((s) => s.text);
  assert.ok(
    items.includes(
      'CONSULTATIONS: The two sides will consult without delay when either sees a threat to its security or to shipping in the strait (Article 4).',
    ),
  );
  assert.ok(items.includes('Article 5 of the 2009 agreement, which set fishing quotas in the strait, will lapse with it.'));
  const reuters = segment(read('seeds/docs/003_2e814a8a7f3a05ee.txt'), 'en');
  assert.equal(reuters.filter((s) => s.unit === 'list-item').length, 20);
  assert.ok(reuters.some((s) => s.text.startsWith('Immediately provide military and other assistance') && s.text.includes('U.N. Charter, which covers')));
});

test('Russian and German reports: dateline kept with its sentence, ordinal dates and "Nr." not split', () => {
  const ru = texts(read('practice-harbour/docs/04_ru_federal_diet.txt'), 'ru');
  assert.ok(ru[1].startsWith('ЛИНДЕНБУРГ, 11 июня 2031 года. Федеральный сейм Остмарка в среду одобрил'));
  assert.ok(ru.includes('Об этом говорится в статье 4 договора.'));
  const de = texts(read('practice-harbour/docs/05_de_valdoria_ratification.txt'), 'de');
  assert.ok(de.includes('Die Regierung hatte den Gesetzentwurf Nr. 31/118 am 2. April in die Versammlung eingebracht.'));
  assert.ok(de.includes('Er ersetzt das Abkommen über Fischerei und Hafenzusammenarbeit vom 22. September 2009.'));
  assert.ok(de[1].startsWith('Port Kestrel, 27. Mai 2031 – Die Präsidentin'));
});

test('separator lines ("§") split blocks and are not segments', () => {
  const body = 'The bridge will be built.\n§\nThe DPRK has not been an active participant.';
  assert.deepEqual(texts(body), ['The bridge will be built.', 'The DPRK has not been an active participant.']);
});

test('Russian dialogue dashes are not bullets; wrapped lines go on', () => {
  const ru = segment('— Мы подписали договор, — сказал министр.', 'ru');
  assert.equal(ru[0].text, '— Мы подписали договор, — сказал министр.');
  const wrapped = 'The Parties shall develop their relations on the basis of mutual\nrespect for sovereignty. They agree.';
  assert.deepEqual(texts(wrapped), ['The Parties shall develop their relations on the basis of mutual\nrespect for sovereignty.', 'They agree.']);
  // A hard-wrapped paragraph whose first line ends before a capital is not a heading.
  const email =
    'The treaty was signed on Wednesday by President Elena Smith and Prime\nMinister John Doe at a ceremony in the capital. It commits both sides to\nmutual assistance in case of an armed attack, according to a copy seen by\nthe agency.';
  const segs = segment(email, 'en');
  assert.deepEqual(
    segs.map((s) => s.unit),
    ['sentence', 'sentence'],
  );
  assert.ok(segs[0].text.endsWith('Prime\nMinister John Doe at a ceremony in the capital.'));
});
