// Boilerplate lines under and around a report, one class per test, each in several languages; the report's own
// sentences beside them stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from './index.ts';

const REPORT = 'The two governments signed the accord on Tuesday after four years of talks, officials said.';

function assertCut(junk: string[]) {
  for (const line of junk) assert.equal(cleanText(`${REPORT}\n${line}`).body, REPORT, line);
}
function assertKept(lines: string[]) {
  for (const line of lines) assert.equal(cleanText(`${REPORT}\n${line}`).body, `${REPORT}\n${line}`, line);
}

test('a column ends with its writer bio and disclaimer on one line (a bio alone stays)', () => {
  assertCut([
    'Marta Lindqvist is a senior fellow at a Baltic policy institute. The views expressed are his own.',
    'Institute for Arctic Security Research is an independent think tank. Views expressed are those of the authors.',
    'Laurent Duval a été ambassadeur de France en Norvège. Cette tribune n’engage que son auteur.',
    'Gastbeiträge geben die Meinung des Autors wieder.',
    'Jorge Salinas es investigador del Instituto de Estudios Andinos. Las opiniones expresadas son de su autor.',
    'Cette tribune n’engage que son auteur.',
  ]);
  assertKept([
    'Sergei Lavrov told reporters the treaty was a mistake.',
    'The minister was the chief negotiator of the deal.',
    'Laurent Duval a été ambassadeur de France en Norvège.',
  ]);
});

test('follow, subscribe and more-information lines', () => {
  assertCut([
    'Follow Harbour Daily on social media for breaking news.',
    'Подписаться на еженедельный обзор',
    'Más información en ministerio.example',
    'Weitere Informationen unter www.amt.example/vertrag',
    'Подробнее: mid.example',
  ]);
  assertKept(['More information on the inspections will be released next month, the ministry said.']);
});

test('rows of links, tools and menus', () => {
  assertCut([
    '[Share on LinkedIn] [Email this] [Print]',
    '[Télécharger le PDF] · [S’abonner]',
    'Imprimer | Haut de page',
    'Inicio  Noticias  Política  Economía  Mundo',
  ]);
  assertKept(['The parties agreed to [Article 4] and [Article 9] of the draft, the envoy said.']);
});

test('page metadata lines', () => {
  assertCut([
    'Fecha de modificación: 2019-03-02',
    'Tel. (press office) +32 2 555 01 23',
    'This page is in the public domain.',
    'Este documento es de dominio público.',
    'Priority: routine   Slug: RIVER-PACT   Words 420',
    'Unofficial translation from the Polish original.',
    'Source: Foreign Office archive, scanned edition. This page may contain OCR errors.',
    'Обзор подготовлен редакцией по материалам агентств.',
  ]);
  assertKept(['Priority was given to the withdrawal of heavy weapons, the monitors said.', 'The translation from the Polish original was disputed by Warsaw.']);
});

test('a row of buttons glued to the end of a paragraph, and an emphasised bio', () => {
  assert.equal(cleanText(`${REPORT} [Als PDF speichern] · [Artikel teilen]`).body, REPORT);
  assertCut(['_Jonas Albrecht ist Wirtschaftsredakteur des Nordkuriers. Namentlich gekennzeichnete Beiträge geben nicht die Meinung der Redaktion wieder._']);
});
