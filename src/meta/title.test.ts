import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument, cleanText } from '../clean/index.ts';
import type { MetaHints } from '../types.ts';
import { buildContext } from './context.ts';
import { extractMeta } from './index.ts';
import { findTitle } from './title.ts';

const title = (text: string, hints: MetaHints = {}) => findTitle(buildContext({ ...cleanText(text), hints }, 'en')).value;

test('title: the page title, else the headline above the first paragraph, else null', () => {
  const text =
    'OPINION\nThe Harbour Treaty is a promise we cannot afford to keep\nBy Miriam Castell\n\nWhen the president signed the pact, the mood was one of celebration.';
  assert.equal(title(text), 'The Harbour Treaty is a promise we cannot afford to keep');
  assert.equal(title(text, { title: 'From the page' }), 'From the page');
  assert.equal(title('MOSCOW, November 6. /TASS/. The Federation Council has unanimously approved a bill.\nMore text follows here.'), null);
});

test('title: markdown heading marks are not part of the title', () => {
  assert.equal(
    title('# Pact signed in the port city on Friday\n\nThe two leaders signed the pact at a ceremony in the old customs house.'),
    'Pact signed in the port city on Friday',
  );
});

test('an official text is titled by its instrument line, not by the masthead above it', () => {
  const body =
    'RIVER COMMISSION - SECRETARIAT\n\nUnofficial English translation.\n\nTREATY BETWEEN THE REPUBLIC OF ALPHA AND THE KINGDOM OF BETA ON THE USE OF THE GAMMA RIVER\n\nThe Republic of Alpha and the Kingdom of Beta,\n\nHave agreed as follows:';
  const raw = { file: 't.txt', sha256: 'x', format: 'text' as const, text: body, html: null, hints: {}, charset: 'UTF-8', warnings: [] };
  assert.equal(extractMeta(raw, cleanDocument(raw)).title, 'TREATY BETWEEN THE REPUBLIC OF ALPHA AND THE KINGDOM OF BETA ON THE USE OF THE GAMMA RIVER');
});

test('title: a teaser bar or a date line above the headline is never the title', () => {
  const text =
    'Top headlines:  Grain exports rise  |  Parliament recess begins  |  Storm hits the coast\nTuesday, 4 March 2025\nCaspian Wire Service\n\nParliament approves the fisheries accord with its neighbour\n\nThe upper house on Tuesday approved the fisheries accord with its northern neighbour.';
  assert.equal(title(text), 'Parliament approves the fisheries accord with its neighbour');
});

test("title: a research paper's series masthead above the heading is not its title", () => {
  const text =
    'Policy Paper No. 12/2031 · Programme on River Law\nWhy the Kafue Basin Treaty still matters\n\nThe treaty signed in 2014 set up a joint commission.';
  assert.equal(title(text), 'Why the Kafue Basin Treaty still matters');
  const es =
    'Documento de trabajo 3/2030 · Área de Energía\nPor qué el gasoducto andino sigue dividiendo a Lima y La Paz\n\nEl acuerdo se firmó en 2029 en Lima.';
  assert.equal(findTitle(buildContext({ ...cleanText(es), hints: {} }, 'es')).value, 'Por qué el gasoducto andino sigue dividiendo a Lima y La Paz');
});
