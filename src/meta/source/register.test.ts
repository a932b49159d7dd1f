import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_REGISTER } from './defaults.ts';
import { sourceOf } from './index.ts';
import { lookupDomain, lookupName, mergeRegisters, registerProblems } from './register.ts';
import type { OutletRegister, SourceInput } from './types.ts';

const USER: OutletRegister = { outlets: [{ names: ['Harbour Gazette', 'HG'], domains: ['harbourgazette.example'], type: 'state-media', state: 'NO' }] };
const bare = (over: Partial<SourceInput>): SourceInput => ({ outlet: null, kind: 'news', language: 'en', url: null, body: 'A report.', removed: [], ...over });

test('register: names match in any case, without punctuation or a leading article', () => {
  assert.equal(lookupName(USER, 'the harbour-gazette')?.state, 'NO');
  assert.equal(lookupName(DEFAULT_REGISTER, 'ТАСС')?.state, 'RU');
  assert.equal(lookupName(USER, 'Harbour Herald'), null);
});

test('register: a domain matches its subdomains', () => {
  assert.equal(lookupDomain(USER, 'https://news.harbourgazette.example/a/1')?.entry.names[0], 'Harbour Gazette');
  assert.equal(lookupDomain(USER, 'https://harbourgazette.example.org/a'), null);
});

test('register: the user\'s entries replace defaults with a shared name; "defaults": false drops the bundled set', () => {
  const mine: OutletRegister = { outlets: [{ names: ['Reuters'], type: 'press' }] };
  assert.equal(lookupName(mergeRegisters(DEFAULT_REGISTER, mine), 'Reuters')?.type, 'press');
  assert.ok(lookupName(mergeRegisters(DEFAULT_REGISTER, mine), 'Xinhua'));
  assert.equal(lookupName(mergeRegisters(DEFAULT_REGISTER, { ...mine, defaults: false }), 'Xinhua'), null);
});

test('register: a malformed file is told line by line', () => {
  assert.deepEqual(registerProblems({ outlets: [{ names: [], type: 'tabloid', state: 'norway' }] }), [
    'outlets[0]: "names" is a non-empty list of names',
    'outlets[0]: "type" is one of state-media, government, wire, press, research',
    'outlets[0]: "state" is an ISO 3166-1 alpha-2 code or null',
  ]);
  assert.deepEqual(registerProblems(DEFAULT_REGISTER), []);
  assert.equal(registerProblems([]).length, 1);
});

test('register: the default set fills only what the report leaves open', () => {
  // Nothing in the frame: the register's entry by the page's address.
  assert.deepEqual(sourceOf(bare({ url: 'https://www.xinhuanet.com/english/2031/1.htm' }), { register: DEFAULT_REGISTER }).state, 'CN');
  // A wire's own credit line decides; the register has nothing to add.
  const wire = bare({ outlet: 'Harbour Gazette', removed: [{ text: '(Reporting by Ann Lee; Editing by Bo Ek)', why: 'credit' }] });
  assert.equal(sourceOf(wire, { register: USER }).type, 'wire');
});

test("register: a user's entry decides over the evidence", () => {
  const wire = bare({ outlet: 'Harbour Gazette', removed: [{ text: '(Reporting by Ann Lee; Editing by Bo Ek)', why: 'credit' }] });
  const found = sourceOf(wire, { register: USER, overrides: USER });
  assert.deepEqual([found.type, found.state], ['state-media', 'NO']);
  assert.match(found.evidence, /user's register/);
});

test('register: an empty register leaves an unframed report untyped', () => {
  assert.equal(sourceOf(bare({ url: 'https://harbourgazette.example/x' }), { register: { outlets: [] } }).type, null);
  assert.equal(sourceOf(bare({ url: 'https://harbourgazette.example/x' }), { register: USER }).type, 'state-media');
});
