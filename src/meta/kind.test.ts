import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../clean/index.ts';
import type { MetaHints } from '../types.ts';
import { buildContext } from './context.ts';
import { findKind } from './kind.ts';

const kind = (text: string, hints: MetaHints = {}) => {
  const ctx = buildContext({ ...cleanText(text), hints }, 'en');
  return findKind(ctx, ctx.headline);
};
const NEWS =
  'PORT HERON, March 14 (Agency) - The two countries on Friday signed a treaty that commits each country to come to the other’s aid. "Today our coasts are one coast," the president told reporters. The treaty must be ratified by both legislatures before it takes effect.';

test('kind: treaty text shape is official', () => {
  const treaty = [
    'TREATY ON MARITIME COOPERATION',
    'The Republic of A and the Union of B, hereinafter referred to as "the Parties",',
    'Have agreed as follows:',
    ...[1, 2, 3].flatMap((n) => [`Article ${n}`, `The Parties shall cooperate in matter number ${n} of this Treaty.`]),
    'Done at Port City on 14 March 2031, in two originals, both texts being equally authentic.',
  ].join('\n');
  const k = kind(treaty);
  assert.equal(k.value, 'official');
  assert.match(k.evidence, /agreed-as-follows.*article-headings.*done-at/);
});

test('kind: a factbox label in the title, or a body of bullets', () => {
  assert.equal(kind(`FACTBOX - What is in the treaty?\n\n${NEWS}\n* MUTUAL ASSISTANCE: each will help the other (Article 5).`).value, 'factbox');
  const bullets = [
    'Here are the points of the agreement signed today:',
    ...[1, 2, 3, 4, 5].map((n) => `- Point ${n} of the treaty commits the sides to cooperate.`),
  ].join('\n');
  assert.equal(kind(bullets).value, 'factbox');
});

test('kind: opinion from a label, from the page section, or from the writer’s own voice', () => {
  assert.equal(kind(`OPINION\nThe treaty is a promise we cannot afford to keep\n\n${NEWS}`).value, 'opinion');
  assert.equal(kind(NEWS, { section: 'Opinion' }).value, 'opinion');
  const column =
    'The justifiable and politically intelligent treaty is a further sign of what I have previously called Cold War Two. One wonders if the agreement is a coming out party for the country. The treaty was signed on June 19, 2024, in the capital during a visit.';
  const k = kind(
    `${column}\nA paid subscription ($5 per month) enables you to support the costs of the column; subscribers get a book. Ten percent of income from subscriptions to the column is donated.`,
  );
  assert.equal(k.value, 'opinion');
  assert.match(k.evidence, /column-footer.*writer-stance.*first-person-stance:i have previously called/);
});

test('kind: reporting with quotes, "must" and a newspaper name is news; a stub is other', () => {
  const k = kind(NEWS);
  assert.equal(k.value, 'news');
  assert.equal(kind('Treaty signed. More soon.').value, 'other');
});

test('kind: a columnist’s bio at the end marks the piece as opinion', () => {
  assert.equal(kind(`${NEWS}\n\nMiriam Castell is a former naval officer and a columnist for the Review.`).value, 'opinion');
});

// ---- A column recognised from its voice, without any label (fixtures of our own wording) ----
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE = (name: string) => readFileSync(join(import.meta.dirname, '..', 'read', 'kind', 'fixtures', name), 'utf8');
const kindIn = (text: string, language: string) => {
  const ctx = buildContext({ ...cleanText(text), hints: {} }, language);
  return findKind(ctx, ctx.headline);
};

test('kind: an unlabelled column is opinion from its sustained voice, in English, German, Russian, Spanish and French', () => {
  const en = kindIn(FIXTURE('column-en.txt'), 'en');
  assert.equal(en.value, 'opinion', en.evidence);
  assert.match(en.evidence, /writer-voice/);
  for (const language of ['de', 'ru', 'es', 'fr']) {
    const k = kindIn(FIXTURE(`column-${language}.txt`), language);
    assert.equal(k.value, 'opinion', `${language}: ${k.evidence}`);
  }
});

test('kind: a wire story full of "should" and "shall" paraphrase, forecasts and reported views stays news', () => {
  for (const [file, language] of [
    ['wire-en.txt', 'en'],
    ['wire-fr.txt', 'fr'],
    ['wire-ru.txt', 'ru'],
  ]) {
    const k = kindIn(FIXTURE(file), language);
    assert.equal(k.value, 'news', `${file}: ${k.evidence}`);
  }
});

test('kind: a ministry’s "we" is no columnist’s voice', () => {
  const release =
    'We welcome the ratification of the water accord by both parliaments this week. We call on all riparian states to join the accord. We will work with our partners on the joint commission to implement it. The accord enters into force on 1 May, thirty days after the exchange of instruments.';
  const k = kind(release);
  assert.notEqual(k.value, 'opinion', k.evidence);
});

test('kind: a bare section label in the header zone marks opinion, whichever detector cut it', () => {
  assert.equal(kind(`COMMENT\n\nThe treaty is a promise we cannot afford to keep\n\nBy Jane Roe\n\n${NEWS}`).value, 'opinion');
  assert.equal(kindIn(`TRIBUNA\n\nEl tratado que nadie quería\n\n${NEWS}`, 'es').value, 'opinion');
  // A "Comment" button at the foot of a report is no label.
  assert.equal(kind(`${NEWS}\n\nComment\nShare`).value, 'news');
});

test('kind: a columnist’s bio in German, French, Spanish and Russian; a columnist quoted in a report is no bio', () => {
  for (const [line, language] of [
    ['Katrin Vogt ist Kolumnistin der Wochenzeitung.', 'de'],
    ['Claire Duval est chroniqueuse au quotidien du soir.', 'fr'],
    ['Lucía Ferrer es columnista de un diario de Valencia.', 'es'],
    ['Анна Белова — колумнист еженедельника.', 'ru'],
  ])
    assert.equal(kindIn(`${NEWS}\n\n${line}`, language).value, 'opinion', line);
  assert.equal(kindIn(`${NEWS}\n\nDas Abkommen sei ein Fortschritt, sagte der Kolumnist Jan Weber.`, 'de').value, 'news');
});

test('kind: the opinion disclaimer of a column, in each language', () => {
  for (const [line, language] of [
    ['The views expressed are the author’s own.', 'en'],
    ['Der Beitrag gibt die Meinung des Autors wieder.', 'de'],
    ['Les opinions exprimées n’engagent que leur auteur.', 'fr'],
    ['Las opiniones expresadas son responsabilidad exclusiva de su autor.', 'es'],
    ['Мнение автора может не совпадать с позицией редакции.', 'ru'],
    ['هذا المقال يعبر فقط عن رأي صاحبه.', 'ar'],
  ]) {
    const k = kindIn(`${NEWS}\n\nJane Roe writes on maritime security. ${line}`, language);
    assert.equal(k.value, 'opinion', `${language}: ${k.evidence}`);
  }
});

test('kind: unlabelled Spanish, Arabic and English columns of first-person requests, contrasts and exhortations are opinion', () => {
  for (const [file, language] of [
    ['column-es-senate.txt', 'es'],
    ['column-ar-nile.txt', 'ar'],
    ['column-en-senate.txt', 'en'],
  ]) {
    const k = kindIn(FIXTURE(file), language);
    assert.equal(k.value, 'opinion', `${file}: ${k.evidence}`);
  }
});

test('kind: an editorial without any first person is opinion from its verdicts and exhortations (Spanish, Arabic)', () => {
  for (const [file, language] of [
    ['editorial-es-canal.txt', 'es'],
    ['editorial-ar-strait.txt', 'ar'],
  ]) {
    const k = kindIn(FIXTURE(file), language);
    assert.equal(k.value, 'opinion', `${file}: ${k.evidence}`);
  }
});

test('kind: a quiet column, mostly facts, with a few pieces of advice, hedges and short assertions is opinion (Spanish, Arabic)', () => {
  for (const [file, language] of [
    ['column-es-mercosur.txt', 'es'],
    ['column-ar-afcfta.txt', 'ar'],
  ]) {
    const k = kindIn(FIXTURE(file), language);
    assert.equal(k.value, 'opinion', `${file}: ${k.evidence}`);
  }
});

test('kind: a report with procedural "must" and short facts stays news (one family of cues is no voice)', () => {
  const report = [
    'BERLIN, 3. März (Agentur) - Der Bundestag hat am Donnerstag das Abkommen mit 420 zu 180 Stimmen gebilligt.',
    'Der Bundesrat muss noch zustimmen.',
    'Anschließend muss der Bundespräsident das Gesetz ausfertigen.',
    'Die Regierung sollte die Urkunde nach Angaben des Auswärtigen Amts im Mai hinterlegen.',
    'Das Abkommen ist unbefristet.',
    'Es bleibt umstritten.',
    'Die Opposition stimmte geschlossen dagegen, die Grünen enthielten sich.',
  ].join('\n\n');
  const k = kindIn(report, 'de');
  assert.equal(k.value, 'news', k.evidence);
});

test('kind: Spanish, Arabic and English wires with reported views and "should" paraphrase stay news', () => {
  for (const [file, language] of [
    ['wire-es-senate.txt', 'es'],
    ['wire-ar-nile.txt', 'ar'],
    ['wire-en-senate.txt', 'en'],
  ]) {
    const k = kindIn(FIXTURE(file), language);
    assert.equal(k.value, 'news', `${file}: ${k.evidence}`);
  }
});

test('kind: a breadcrumb through an opinion section marks opinion; a menu listing one does not', () => {
  const body = `${NEWS}\n\nThe vote is expected in May.`;
  assert.equal(kindIn(`Startseite › Meinung › Gastbeiträge\n\nEin Vertrag für die Küste\n\n${body}`, 'de').value, 'opinion');
  assert.equal(kindIn(`Accueil > Opinions > Tribunes\n\nUn traité pour la côte\n\n${body}`, 'fr').value, 'opinion');
  assert.equal(kind(`Home > World > Europe\n\nA treaty for the coast\n\n${body}`).value, 'news');
  assert.equal(kind(`Home | World | Opinion | Sport\n\nA treaty for the coast\n\n${body}`).value, 'news');
});

test('kind: a research paper under its series label is an analysis ("other"), though it argues in the first person', () => {
  const paper = [
    'Baltic Fisheries Institute',
    '',
    'Issue Brief No. 31 | March 2022',
    '',
    'The quota accord after one year',
    '',
    'The two states signed the fisheries accord in Tallinn on 4 March 2021 and it entered into force on 1 June.',
    'We would argue that the verification chapter is the weakest part of the accord.',
    'In our assessment, the quota system will not survive the first review without a shared catch register.',
    'We recommend that the parties publish the catch data every quarter and invite independent inspectors.',
  ].join('\n');
  const k = kind(paper);
  assert.equal(k.value, 'other', k.evidence);
  assert.match(k.evidence, /research-label/);
});

test('kind: a fact sheet or a chronology named in its title or label line, in several languages', () => {
  const items = ['- 4 مارس 2021: توقيع الاتفاق', '- 1 يونيو 2021: دخول الاتفاق حيز النفاذ', '- 3 مايو 2022: أول مراجعة للحصص'];
  const prose = 'وقعت الدولتان اتفاق مصايد الأسماك في تالين بعد مفاوضات استمرت ثلاث سنوات، ونص الاتفاق على مراجعة الحصص كل ثلاث سنوات وإنشاء لجنة مشتركة.';
  const ar = ['مركز البلطيق للدراسات', 'ورقة معلومات | العدد 14', '', 'اتفاق مصايد الأسماك: أبرز المحطات', '', prose, prose, prose, ...items].join('\n');
  const k = findKind(buildContext({ ...cleanText(ar), hints: {} }, 'ar'), null);
  assert.equal(k.value, 'factbox', k.evidence);
  const es = `Cronología: el acuerdo pesquero entre Perú y Chile\n\n${NEWS}\n\n${NEWS}`;
  assert.equal(findKind(buildContext({ ...cleanText(es), hints: {} }, 'es'), 'Cronología: el acuerdo pesquero entre Perú y Chile').value, 'factbox');
});

test('kind: a "Key points" section under the headline of an analysis paper does not make it a factbox', () => {
  const paper = [
    'Issue Brief No. 31 | March 2022',
    '',
    'Baltic Fisheries Institute',
    '',
    'The quota accord after one year',
    '',
    'Key points',
    '',
    'The two states signed the fisheries accord in Tallinn on 4 March 2021 and it entered into force on 1 June.',
    'We would argue that the verification chapter is the weakest part of the accord, and that the quotas will not hold.',
    'We recommend that the parties publish the catch data every quarter and invite independent inspectors on board.',
  ].join('\n');
  assert.equal(kind(paper).value, 'other', kind(paper).evidence);
});
