// A research paper's masthead line (publisher · series label · date), written for these tests: invented institutes,
// real agreements outside the eval cases. Read through the clean and meta stages as a report goes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../clean/index.ts';
import { ingestBytes } from '../ingest/index.ts';
import type { DocumentMeta } from '../types.ts';
import { extractMeta } from './index.ts';
import { retypeSource } from './source/index.ts';

async function metaOf(text: string): Promise<DocumentMeta> {
  const [raw] = (await ingestBytes('x.md', new TextEncoder().encode(text))).docs;
  const cleaned = cleanDocument(raw);
  const meta = extractMeta(raw, cleaned);
  const typed = retypeSource({ ...meta, url: null, body: cleaned.body, removed: cleaned.removed }, { register: { outlets: [], defaults: false } });
  return { ...meta, source_type: typed.source_type, source_state: typed.source_state };
}

const paper = (title: string, masthead: string, heading: string, prose: string, note = '') =>
  [`# ${title}`, '', masthead, '', `## ${heading}`, '', prose, '', prose, ...(note ? ['', '---', note] : [])].join('\n');

const CASES: { lang: string; text: string; outlet: string; published: string }[] = [
  {
    lang: 'en',
    text: paper(
      'The Mekong agreement at thirty',
      '*Baltic Maritime Institute · Working Paper 7/2024 · 14 February 2024*',
      'Summary',
      'The 1995 agreement set up a commission of four riparian states that meets once a year and reviews the use of the river by each member; it has no binding procedure for disputes.',
    ),
    outlet: 'Baltic Maritime Institute',
    published: '2024-02-14',
  },
  {
    lang: 'de',
    text: paper(
      'Das Nordsee-Fischereiabkommen nach dem Brexit',
      '*Hamburger Stiftung für Meerespolitik und Küstenschutz (HSMK) · Kurzanalyse 3/2022 · 9. Mai 2022*',
      'Zusammenfassung',
      'Das Abkommen regelt die Fangquoten der Vertragsparteien für fünf Jahre und sieht jährliche Konsultationen vor, in denen die Kommission die Bestände neu bewertet und die Mengen anpasst.',
    ),
    outlet: 'Hamburger Stiftung für Meerespolitik und Küstenschutz',
    published: '2022-05-09',
  },
  {
    lang: 'fr',
    text: paper(
      "L'accord de Cotonou vingt ans après",
      "**Observatoire des mers du Sud** · Note d'analyse n° 31 · 5 mars 2022",
      'Résumé',
      "L'accord de partenariat liait les États d'Afrique, des Caraïbes et du Pacifique à l'Union européenne pour vingt ans, avec une clause de révision tous les cinq ans et un dialogue politique régulier.",
    ),
    outlet: 'Observatoire des mers du Sud',
    published: '2022-03-05',
  },
  {
    lang: 'es',
    text: paper(
      'El Tratado de Tlatelolco y sus protocolos',
      '*Fundación Andina de Estudios Estratégicos · Documento de trabajo 12/2021 · 3 de mayo de 2021*',
      'Resumen',
      'El tratado prohíbe los ensayos, el uso y la fabricación de armas nucleares en la región y creó un organismo propio que verifica su cumplimiento con informes semestrales de cada Estado parte.',
    ),
    outlet: 'Fundación Andina de Estudios Estratégicos',
    published: '2021-05-03',
  },
  {
    lang: 'ru',
    text: paper(
      'Договор о Шпицбергене: сто лет спустя',
      '*Северный центр арктических исследований · Аналитическая записка № 18 · 12 марта 2021 г.*',
      'Основные выводы',
      'Договор признал суверенитет Норвегии над архипелагом и предоставил гражданам всех участников равный доступ к промыслу и добыче полезных ископаемых на его территории и в территориальных водах.',
    ),
    outlet: 'Северный центр арктических исследований',
    published: '2021-03-12',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a research paper's masthead line gives its publisher, its date and the type research`, async () => {
    const m = await metaOf(c.text);
    assert.ok(m.outlet?.startsWith(c.outlet), `outlet ${m.outlet}`);
    assert.equal(m.published, c.published);
    assert.equal(m.source_type, 'research');
    assert.equal(m.kind, 'other');
  });
}

test('a news page whose bar names a section and a date has no series: no research type, no outlet from it', async () => {
  const m = await metaOf(
    paper(
      'Ministers extend the Danube shipping pact',
      'World · Analysis · 14 February 2024',
      'What changes',
      'The ministers agreed in Vienna on Tuesday to extend the shipping pact by five years and to add two ports on the lower river to the list of harbours open to every member state.',
    ),
  );
  assert.notEqual(m.source_type, 'research');
  assert.equal(m.outlet, null);
});

test('de: a report whose last line says the institute is an independent research institute is research', async () => {
  const m = await metaOf(
    [
      '# Was vom Wassenaar-Abkommen bleibt',
      '',
      'Das Abkommen verpflichtet die Teilnehmerstaaten, Ausfuhren von Rüstungsgütern und Gütern mit doppeltem Verwendungszweck zu melden, ohne ihnen Genehmigungen vorzuschreiben, und wird im Konsens geführt.',
      '',
      '---',
      'Das ZIKS ist ein unabhängiges Forschungsinstitut. [Studie herunterladen]',
    ].join('\n'),
  );
  assert.equal(m.source_type, 'research');
});

test('en: a note at the foot that the publisher is an independent, non-profit research organisation is research', async () => {
  const m = await metaOf(
    [
      '# The Antarctic Treaty at sixty',
      '',
      'The treaty freezes territorial claims south of sixty degrees and opens every station to inspection by observers of any consultative party at any time, a rule still without parallel.',
      '',
      '---',
      'The Polar Policy Group is an independent, non-profit research organisation based in Oslo.',
    ].join('\n'),
  );
  assert.equal(m.source_type, 'research');
});

test('a publisher without a research word in its name is research when its masthead carries a series label', async () => {
  const m = await metaOf(
    paper(
      'Why the Montreal Protocol still works',
      'Nordic Ocean Group · Policy Brief No. 4 · 2 June 2023',
      'Key points',
      'The protocol phased out the production of the main ozone-depleting substances on a fixed schedule, with a multilateral fund that pays the extra costs of developing countries and a trade ban on non-parties.',
    ),
  );
  assert.equal(m.outlet, 'Nordic Ocean Group');
  assert.equal(m.source_type, 'research');
});

test('a research institute’s commentary is an analysis (kind other), not a column', async () => {
  const m = await metaOf(
    [
      'Tallinn Institute for Maritime Studies | Research | Commentary',
      '',
      '# Why the Baltic fisheries convention should be renegotiated',
      '',
      'By Dr. Mari Kask, Senior Fellow',
      '',
      '3 May 2022',
      '',
      'In my view the convention no longer fits the stocks it was written for. The parties should agree a new quota formula before the herring collapses, and they should do it this year.',
      '',
      'The commission meets in Gdańsk in September; a draft exists, and it deserves support.',
    ].join('\n'),
  );
  assert.equal(m.source_type, 'research');
  assert.equal(m.kind, 'other');
});
