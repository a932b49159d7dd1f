// Agency copy credited in its own dateline by an acronym ("LIMA, 4 mar (AAN).-", "LYON, 3 mars (ARP) –", "Kiel
// (ndp) -"), written for these tests: invented agencies, agreements outside the eval cases. With no masthead of a
// page around it, the copy is the agency's: a wire, or state media when a national frame says so. A byline that
// spells the acronym out gives the outlet its full name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../../clean/index.ts';
import type { DocumentMeta, MetaHints, RawDocument } from '../../types.ts';
import { extractMeta } from '../index.ts';
import { retypeSource } from './index.ts';

function metaOf(text: string, hints: MetaHints = {}): DocumentMeta {
  const raw: RawDocument = { file: 'x.txt', sha256: 'x', format: 'text', text, html: null, hints, charset: 'UTF-8', warnings: [] };
  const cleaned = cleanDocument(raw);
  const meta = extractMeta(raw, cleaned);
  const found = retypeSource({ ...meta, url: null, body: cleaned.body, removed: cleaned.removed }, { register: { outlets: [], defaults: false } });
  return { ...meta, source_type: found.source_type, source_state: found.source_state };
}

test('es: «(AAN).-» in the dateline and a byline «Agencia Andina de Noticias (AAN)»: the agency, a wire', () => {
  const m = metaOf(
    'LIMA, 4 mar (AAN).- El Congreso aprobó este jueves el acuerdo de libre comercio con Corea del Sur, que elimina los aranceles de la mayoría de los productos agrícolas en un plazo de diez años.\n\nEl acuerdo entrará en vigor sesenta días después del canje de notas.',
    { author: 'Agencia Andina de Noticias (AAN)', published: '2021-03-04' },
  );
  assert.ok(m.outlet?.startsWith('Agencia Andina de Noticias'), `outlet ${m.outlet}`);
  assert.equal(m.source_type, 'wire');
});

test('fr: « (ARP) – » in the dateline with the agency named in the byline is a wire', () => {
  const m = metaOf(
    [
      "Le Sénat ratifie l'accord sur le Rhin",
      '',
      'Par Agence Rhône Presse (ARP)',
      '',
      'LYON, 3 mars (ARP) – Le Sénat a ratifié jeudi la convention sur la protection du Rhin, qui oblige les États riverains à réduire leurs rejets de chlorures et à publier chaque année leurs mesures.',
      '',
      'La convention entrera en vigueur après le dépôt du dernier instrument de ratification.',
    ].join('\n'),
  );
  assert.ok(m.outlet?.startsWith('Agence Rhône Presse'), `outlet ${m.outlet}`);
  assert.equal(m.source_type, 'wire');
});

test('de: an agency credited by its lowercase acronym «(ndp) -» and nothing else is a wire', () => {
  const m = metaOf(
    'Kiel (ndp) - Der Landtag hat am Mittwoch dem Staatsvertrag über die gemeinsame Fischereiaufsicht in der Ostsee zugestimmt, der im Sommer in Kraft treten soll.\n\nDer Vertrag sieht eine gemeinsame Kontrollbehörde vor.',
  );
  assert.equal(m.source_type, 'wire');
});

test('en: an agency credited by its acronym under a national menu is state media', () => {
  const m = metaOf(
    [
      'Home | Nation | Regions | Royal Court | World',
      '',
      'Majlis approves the fisheries agreement',
      '',
      'MUSCAT, March 4 (ONA) - The Majlis Al Shura on Wednesday approved the fisheries cooperation agreement signed with Yemen, which enters into force after the exchange of instruments of ratification.',
      '',
      'The agreement sets up a joint committee that meets every year.',
    ].join('\n'),
  );
  assert.equal(m.source_type, 'state-media');
  assert.equal(m.source_state, 'OM');
});

test('an acronym the outlet register lists as a state agency keeps the register’s type', () => {
  const raw: RawDocument = {
    file: 'x.txt',
    sha256: 'x',
    format: 'text',
    text: 'BRIDGETOWN, March 3 (CWA) - The House of Assembly on Tuesday approved the fisheries agreement with Guyana, which sets shared quotas for flying fish and a joint patrol.\n\nIt enters into force on signature.',
    html: null,
    hints: {},
    charset: 'UTF-8',
    warnings: [],
  };
  const cleaned = cleanDocument(raw);
  const meta = extractMeta(raw, cleaned);
  const register = { outlets: [{ names: ['Coral Wave Agency', 'CWA'], type: 'state-media' as const, state: 'BB' }], defaults: false };
  const found = retypeSource({ ...meta, url: null, body: cleaned.body, removed: cleaned.removed }, { register });
  assert.deepEqual([found.source_type, found.source_state], ['state-media', 'BB']);
});

test('es: an agency whose dateline stands on a line of its own in its capital is no state agency for that', () => {
  const m = metaOf(
    [
      'CRONOLOGÍA-El Tratado de Tlatelolco, de la firma a la adhesión de Cuba',
      '',
      'Agencia Pampeana de Noticias (APN)',
      'Buenos Aires, 3 de mayo de 2022',
      '',
      'El Tratado para la Proscripción de las Armas Nucleares en la América Latina y el Caribe se firmó en Ciudad de México en 1967 y entró en vigor para todos los Estados de la región con la ratificación de Cuba en 2002.',
      '',
      '(Redacción: Marta Ibáñez; edición: Pablo Ruiz)',
      '',
      '© 2022 Agencia Pampeana de Noticias. Todos los derechos reservados.',
    ].join('\n'),
  );
  assert.equal(m.source_type, 'wire');
});

test('ru: «/Государственное информационное агентство «X»/» in the lead is a state agency’s slug', () => {
  const m = metaOf(
    [
      'ГЛАВНАЯ | НОВОСТИ | ПОЛИТИКА | В МИРЕ',
      '',
      'Совет Федерации одобрил соглашение о Каспии',
      '',
      'МОСКВА, 5 марта. /Государственное информационное агентство «Волга-пресс»/. Совет Федерации в среду одобрил закон о ратификации соглашения о сохранении и рациональном использовании водных биоресурсов Каспийского моря.',
      '',
      'Соглашение вступит в силу после сдачи последней ратификационной грамоты.',
      '',
      'При использовании материалов агентства «Волга-пресс» гиперссылка обязательна.',
    ].join('\n'),
  );
  assert.equal(m.outlet, 'Волга-пресс');
  assert.deepEqual([m.source_type, m.source_state], ['state-media', 'RU']);
});

test('ru: a correspondent’s dateline abroad does not give the agency its state, and the agency is named without its correspondent', () => {
  const m = metaOf(
    [
      'ОСЛО, 4 марта. /Корр. Северинформ/. Министры рыболовства Норвегии и Исландии подписали в среду договор о совместном промысле.',
      '',
      'Договор вступит в силу после обмена ратификационными грамотами.',
    ].join('\n'),
  );
  assert.equal(m.outlet, 'Северинформ');
  assert.equal(m.source_state, null);
});
