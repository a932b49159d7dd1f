// Names of agreements of my own choosing (real ones outside the shared cases), and the kind each says it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nonAllianceKind } from './index.ts';

test('an agreement named for arms control, the environment, trade or peace is no alliance', () => {
  const cases: [string, string][] = [
    ['Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles', 'arms-control'],
    ['Treaty on the Non-Proliferation of Nuclear Weapons', 'arms-control'],
    ['Договор об ограничении систем противоракетной обороны', 'arms-control'],
    ['Convention on Biological Diversity', 'environment'],
    ['Übereinkommen über die biologische Vielfalt', 'environment'],
    ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership free trade pact', 'trade'],
    ['Accord de libre-échange entre le Canada et le Chili', 'trade'],
    ['Tratado de Libre Comercio de América del Norte', 'trade'],
    ['Treaty of Peace between Egypt and Israel', 'peace'],
    ['Acuerdo de paz entre el Gobierno y la guerrilla', 'peace'],
    ['Agreement regarding the Status of United States Armed Forces in Australia', 'forces'],
    ['Visiting Forces Agreement', 'forces'],
    ['Abkommen über den gegenseitigen Zugang der Streitkräfte', 'forces'],
    ['Treaty on the Delimitation of the Maritime Boundary in the Caribbean Sea', 'boundary'],
    ['Tratado de límites entre Chile y Argentina', 'boundary'],
    ['Договор о российско-китайской государственной границе', 'boundary'],
    // Water treaties, and treaties reforming the institutions of a union.
    ['Ganges Water Sharing Treaty', 'environment'],
    ['Mekong River Waters Agreement', 'environment'],
    ['Tratado de Aguas entre México y Estados Unidos', 'environment'],
    ['traité sur les eaux du fleuve Sénégal', 'environment'],
    ['Соглашение о совместном использовании вод трансграничных рек', 'environment'],
    ['Reform Treaty of the Andean Community', 'institutional'],
    ['Reformvertrag der Union', 'institutional'],
    ['le traité modificatif de la Communauté', 'institutional'],
    ['Tratado de Reforma de la Unión', 'institutional'],
    ['договор о реформе Союза', 'institutional'],
  ];
  for (const [name, kind] of cases) assert.equal(nonAllianceKind(name)?.kind, kind, name);
});

test('an alliance or partnership is named for no such kind', () => {
  for (const name of [
    'Treaty of Friendship, Cooperation and Mutual Assistance',
    'Treaty of Peace, Friendship and Cooperation',
    'Agreement on Strategic Partnership and Mutual Security',
    'Договор о союзных отношениях',
    'Tratado de Paz y Amistad',
  ])
    assert.equal(nonAllianceKind(name), null, name);
});
