// Markdown read as Markdown: each block kind's rule, the links kept apart, the front matter as hints, and the
// plain text ingest hands on. The reports are our own wording about invented agreements.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes } from './index.ts';
import { MAX_MARKDOWN_NESTING, markdownText } from './markdown.ts';

test('markdown: heading and emphasis marks out, the words in, blocks a blank line apart', () => {
  const { text } = markdownText('## The Tarn accord is **approved**\n\nThe *Assembly* voted __212__ to 9 on ~~Monday~~ Tuesday.\n');
  assert.equal(text, 'The Tarn accord is approved\n\nThe Assembly voted 212 to 9 on Monday Tuesday.', "struck words stay, as a page's <del> does");
});

test('markdown: a paragraph keeps its own line breaks, and paragraphs stay apart for sentence splitting', () => {
  const { text } = markdownText('Der Bundestag stimmte zu.\nDer Bundesrat folgt im Juni.\n\n\n\nDas Abkommen tritt danach in Kraft.');
  assert.equal(text, 'Der Bundestag stimmte zu.\nDer Bundesrat folgt im Juni.\n\nDas Abkommen tritt danach in Kraft.');
});

test('markdown: a link keeps its words in the text and its target in links (inline, reference and autolink)', () => {
  const md = [
    'Le Sénat a [adopté le texte](https://senat.example/vote/12 "scrutin") mardi, selon [le compte rendu][cr].',
    '',
    'Source : <https://journal.example/article>',
    '',
    '[cr]: https://senat.example/cr.pdf',
  ].join('\n');
  const { text, links } = markdownText(md);
  assert.equal(text, 'Le Sénat a adopté le texte mardi, selon le compte rendu.\n\nSource : https://journal.example/article');
  assert.deepEqual(links, [
    { text: 'adopté le texte', href: 'https://senat.example/vote/12' },
    { text: 'le compte rendu', href: 'https://senat.example/cr.pdf' },
    { text: 'https://journal.example/article', href: 'https://journal.example/article' },
  ]);
});

test('markdown: list items one per line, "- " for bullets and their own number for ordered items', () => {
  const md = 'Cronología:\n\n* 3 de marzo: firma en Quito.\n* 9 de mayo: el Congreso lo aprueba.\n\n4. Artículo cuarto\n5. Artículo quinto\n';
  assert.equal(
    markdownText(md).text,
    'Cronología:\n\n- 3 de marzo: firma en Quito.\n- 9 de mayo: el Congreso lo aprueba.\n\n4. Artículo cuarto\n5. Artículo quinto',
  );
});

test('markdown: a table row is one line, its cells joined by a dash (a timeline row keeps its date first)', () => {
  const md = '| Date | Step |\n|---|---|\n| 12 May 2031 | Signed in Valmont |\n| 3 June 2031 | Approved |\n\nAfter the table.';
  assert.equal(markdownText(md).text, 'Date – Step\n12 May 2031 – Signed in Valmont\n3 June 2031 – Approved\n\nAfter the table.');
});

test('markdown: code fences and indented code keep their text without the fence', () => {
  const md = 'The text reads:\n\n```text\nArticle 1\nThe Parties shall cooperate.\n```\n\n    Article 2\n';
  assert.equal(markdownText(md).text, 'The text reads:\n\nArticle 1\nThe Parties shall cooperate.\n\nArticle 2');
});

test('markdown: a paragraph of images is a figure and goes; an image inside a sentence gives its alt text', () => {
  const md = '![Delegates at the signing](signing.jpg)\n\nThe flag of the ![Union](flag.svg) was raised.\n\n> "We welcome it," the minister said.';
  assert.equal(markdownText(md).text, 'The flag of the Union was raised.\n\n"We welcome it," the minister said.');
});

test('markdown: raw HTML gives its text, entities decoded, comments out', () => {
  const md = '<div class="note">A <b>joint</b> note &amp; annex</div>\n\n<!-- editor: check -->\n\nPlain <em>end</em>.';
  assert.equal(markdownText(md).text, 'A joint note & annex\n\nPlain end.');
});

test('markdown: a front matter is read as hints, not text', () => {
  const md =
    '---\ntitle: "Договор о водах Тарна ратифицирован"\ndate: 2031-05-12\nauthor: Ирина Лебедева\ntags: [договор]\n---\n# Дума одобрила договор\n\nГосударственная дума ратифицировала договор.';
  const { text, hints } = markdownText(md);
  assert.equal(text, 'Дума одобрила договор\n\nГосударственная дума ратифицировала договор.');
  assert.deepEqual(hints, { title: 'Договор о водах Тарна ратифицирован', published: '2031-05-12', author: 'Ирина Лебедева' });
  assert.deepEqual(markdownText('---\n\nA rule first, then text.').hints, {}, 'a rule is not a front matter');
});

test('markdown through ingest: .md and text/markdown give the plain text and the links', async () => {
  const md = '# Accord signed\n\nThe two states signed the [accord](https://example.org/a) on *Tuesday*.\n';
  for (const [file, mediaType] of [
    ['note.md', undefined],
    ['download', 'text/markdown; charset=utf-8'],
  ] as const) {
    const { docs, warnings } = await ingestBytes(file, Buffer.from(md), { maxBytes: 1e6, mediaType });
    assert.deepEqual(warnings, []);
    assert.equal(docs[0].format, 'markdown', file);
    assert.equal(docs[0].text, 'Accord signed\n\nThe two states signed the accord on Tuesday.');
    assert.deepEqual(docs[0].links, [{ text: 'accord', href: 'https://example.org/a' }]);
  }
  const plain = await ingestBytes('plain.md', Buffer.from('No links here.'));
  assert.equal(plain.docs[0].links, undefined, 'no links, no field');
});

test('markdown through ingest: a file with nothing but marks and images is an error', async () => {
  const { docs, warnings } = await ingestBytes('figure.md', Buffer.from('![chart](chart.png)\n\n---\n'));
  assert.deepEqual(docs, []);
  assert.match(warnings[0].message, /^empty: the Markdown has no text/);
});

test('markdown: quotes nested beyond the parser are read as plain text with a warning, not cut', () => {
  const deep = `${'>'.repeat(MAX_MARKDOWN_NESTING + 20)} the deepest words\n\nAfter the quote.`;
  const { text, warning } = markdownText(deep);
  assert.equal(text, deep);
  assert.match(warning ?? '', /^quotes or lists nested 100 or more deep: read as plain text$/);
  assert.equal(markdownText('> > > three deep\n\nAfter.').warning, null);
});

test('markdown: a file that is mostly marks is read as plain text with a warning (its work stays bounded)', async () => {
  const marks = `${'[*'.repeat(5000)} the words\n`;
  const { docs, warnings } = await ingestBytes('marks.md', Buffer.from(marks));
  assert.ok(docs[0].text === marks, 'the text as it is');
  assert.match(warnings[0].message, /^\d+% of its characters are Markdown marks \(over 20%\): read as plain text$/);
  assert.equal(markdownText('| a | b |\n|---|---|\n| 12 May 2031 | Signed in Valmont by both states |').warning, null, 'a table is not too much');
});
