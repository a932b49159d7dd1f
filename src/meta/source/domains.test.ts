import assert from 'node:assert/strict';
import { test } from 'node:test';
import { domainSource } from './domains.ts';

const of = (url: string | null) => {
  const d = domainSource(url);
  return d ? [d.type, d.state] : null;
};

test('domains: government hosts under a country code, alone or with a ministry before them', () => {
  assert.deepEqual(of('https://www.gov.uk/government/news/treaty'), ['government', 'GB']);
  assert.deepEqual(of('https://www.mofa.go.jp/press/release'), ['government', 'JP']);
  assert.deepEqual(of('https://www.international.gc.ca/news'), ['government', 'CA']);
  assert.deepEqual(of('https://www.argentina.gob.ar/noticias'), ['government', 'AR']);
});

test('domains: .gov and .mil are the United States; .int and the UN belong to no one state', () => {
  assert.deepEqual(of('https://www.state.gov/treaty'), ['government', 'US']);
  assert.deepEqual(of('https://www.defense.mil/x'), ['government', 'US']);
  assert.deepEqual(of('https://www.nato.int/cps/en'), ['government', null]);
  assert.deepEqual(of('https://news.un.org/en/story'), ['government', null]);
});

test('domains: hosts of parliaments and ministries without a government label', () => {
  assert.deepEqual(of('https://www.bundestag.de/dokumente'), ['government', 'DE']);
  assert.deepEqual(of('https://www.senado.es/web/actividad'), ['government', 'ES']);
});

test("domains: a newspaper's host, a malformed address or none says nothing", () => {
  assert.equal(of('https://www.lakesideledger.com/world/pact'), null);
  assert.equal(of('https://govtrack-news.example/x'), null);
  assert.equal(of('not a url'), null);
  assert.equal(of(null), null);
});
