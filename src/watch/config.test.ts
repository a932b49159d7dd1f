import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectionSlug, configJson, parseConfig } from './config.ts';

test('a config names agreements with aliases, parties and a collection (by default from the name)', () => {
  const config = parseConfig({
    agreements: [
      { name: 'Treaty on the Lumen Strait', aliases: ['Lumen Strait treaty', 'traité sur le détroit de Lumen'], parties: ['Varnessa', 'Tollund'] },
      { name: 'Accord on Herring Fisheries', parties: ['Norhaven', 'Brevland'], collection: 'herring' },
    ],
    sources: ['https://courier.example/feed.xml', 'inbox'],
    interval: 600,
  });
  assert.deepEqual(
    config.agreements.map((a) => a.collection),
    ['treaty-on-the-lumen-strait', 'herring'],
  );
  assert.deepEqual(config.agreements[1].aliases, []);
  assert.deepEqual([config.interval, config.unsorted, config.hostInterval], [600, 'unsorted', null]);
  assert.equal(parseConfig({ host_interval: 2.5 }).hostInterval, 2.5);
  assert.deepEqual(config.sources, ['https://courier.example/feed.xml', 'inbox']);
});

test('a collection name is ASCII: accents folded; a name with no Latin letters needs one given', () => {
  assert.equal(collectionSlug('Traité sur le détroit de Lumen (2031)'), 'traite-sur-le-detroit-de-lumen-2031');
  assert.equal(collectionSlug('Договор о проливе'), '');
  assert.throws(() => parseConfig({ agreements: [{ name: 'Договор о проливе' }] }), /agreements\[0\]\.collection/);
  assert.equal(parseConfig({ agreements: [{ name: 'Договор о проливе', collection: 'proliv' }] }).agreements[0].collection, 'proliv');
});

test('a faulty config fails with one sentence naming the field', () => {
  assert.throws(() => parseConfig([]), /JSON object/);
  assert.throws(() => parseConfig({ agreement: [] }), /unknown field\(s\) "agreement"/);
  assert.throws(() => parseConfig({ agreements: [{ aliases: ['x'] }] }), /agreements\[0\]\.name/);
  assert.throws(() => parseConfig({ agreements: [{ name: 'A', parties: 'Varnessa' }] }), /agreements\[0\]\.parties must be a list/);
  assert.throws(() => parseConfig({ interval: -5 }), /interval/);
  assert.throws(() => parseConfig({ agreements: [{ name: 'Lumen' }, { name: 'LUMEN' }] }), /share the collection "lumen"/);
  assert.throws(() => parseConfig({ unsorted: 'a b' }), /unsorted/);
  assert.throws(() => parseConfig({ host_interval: '1s' }), /host_interval/);
});

test("a config's JSON form reads back as the same config", () => {
  const config = parseConfig({
    agreements: [{ name: 'Pact of the Orvane Delta', aliases: ['Pacto del delta del Orvane'], parties: ['Kestria'] }],
    sources: ['https://gazette.example/atom.xml'],
    unsorted: 'triage',
    host_interval: 0,
  });
  assert.deepEqual(parseConfig(configJson(config)), config);
  assert.deepEqual(parseConfig(configJson(parseConfig({}))), parseConfig({}));
});
