import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textTopics } from './topics.ts';

test('tags report sentences in English, Russian and German with the clause they describe', () => {
  assert.deepEqual(textTopics('Both countries will refrain from the threat or use of force against each other (Article 2).'), ['nonaggression']);
  assert.deepEqual(textTopics('The two sides will consult without delay when either sees a threat to its security or to shipping in the strait (Article 4).'), [
    'consultation',
  ]);
  assert.deepEqual(textTopics('Neither side will let a third state use its territory, waters or ports for an attack on the other (Article 6).'), [
    'no-territory-use',
  ]);
  assert.deepEqual(textTopics('Joint naval exercises will be held at least once a year (Article 8).'), ['joint-exercises', 'military-cooperation']);
  assert.deepEqual(
    textTopics(
      'Согласно статье 5, в случае вооружённого нападения на территорию одной из сторон или на её государственные суда в зоне пролива другая сторона оказывает ей помощь, включая военную, в соответствии со статьёй 51 Устава ООН.',
    ),
    ['defense'],
  );
  assert.deepEqual(
    textTopics(
      'Nach Artikel 5 leisten die Vertragsparteien einander Hilfe, falls das Hoheitsgebiet einer Partei oder ihre Staatsschiffe in der Zone angegriffen werden.',
    ),
    ['defense'],
  );
  assert.ok(
    textTopics(
      'Договор предусматривает, что стороны незамедлительно проводят консультации, если одна из них считает, что возникла угроза её безопасности.',
    ).includes('consultation'),
  );
});

test('a threat of armed aggression announces consultations, not the defense clause', () => {
  const s =
    'Article 4 of the treaty states that in the event of an imminent threat of an act of armed aggression against one of the sides, the sides shall, at the request of one of the sides, immediately activate bilateral channels for consultations with a view to coordinating their positions and agreeing on possible practical measures to assist each other to help eliminate the threat.';
  assert.deepEqual(textTopics(s), ['consultation']);
  const attack =
    'In the event that one of the sides comes under an armed attack by any country or several countries and thus finds itself in a state of war, the other side will immediately provide military and other assistance by all means at its disposal.';
  assert.deepEqual(textTopics(attack), ['defense']);
});

test('"non-aggression" listed among principles is a principle, not a commitment', () => {
  const s =
    '– Develop a permanent partnership based on the principles of mutual respect for national sovereignty, non-aggression on territory, non-interference in internal affairs and equality, as well as other international legal principles.';
  assert.deepEqual(textTopics(s), ['principles']);
});

test('competing commitments and territory use are told apart', () => {
  const competing =
    'Apart from that, each side commits itself not to sign with third states any agreements aimed against the sovereignty, security, territorial integrity and other key interests of the other side.';
  assert.deepEqual(textTopics(competing), ['no-competing-commitments']);
  const both =
    '– Not sign any treaty with a third country that infringes on the other side’s core interests, or allow territories to be used by a third country seeking to violate the other’s security and sovereignty.';
  assert.deepEqual(textTopics(both).sort(), ['no-competing-commitments', 'no-territory-use']);
});

test('consultations to settle disputes are dispute settlement, and a treaty name is not a topic', () => {
  assert.deepEqual(
    textTopics(
      'Disputes concerning the interpretation or application of this Treaty shall be settled through consultations and negotiations between the Parties.',
    ),
    ['dispute-settlement'],
  );
  assert.deepEqual(
    textTopics(
      'Upon its entry into force, this Treaty shall replace the Agreement on Fisheries and Port Cooperation between the Parties signed on 22 September 2009.',
    ),
    ['supersedes'],
  );
  assert.deepEqual(
    textTopics('This Treaty does not affect the rights and obligations of the Parties under other international agreements to which they are parties.'),
    ['other-obligations'],
  );
});

test('a descriptive name says what the pact provides; a title does not', () => {
  assert.deepEqual(textTopics('The two countries signed a non-aggression pact in the capital.'), ['nonaggression']);
  assert.deepEqual(textTopics('The pact commits each side to come to the other’s defence if it is attacked.'), ['defense']);
  assert.deepEqual(textTopics('The Treaty of Friendship and Mutual Assistance was signed in 1961.'), []);
});

test('common treaty subjects beyond security: water sharing, bodies, pollution, registration, triggered consultations', () => {
  assert.deepEqual(textTopics('Each Party shall use the waters of the river in its territory in an equitable and reasonable manner.'), ['resource-sharing']);
  assert.deepEqual(textTopics('1. The Parties hereby establish a Joint Commission, composed of three members appointed by each Party.'), ['institutions']);
  assert.deepEqual(textTopics('The Parties shall prevent, reduce and control the pollution of the river.'), ['environment']);
  assert.deepEqual(
    textTopics(
      'This Treaty shall be registered with the Secretariat of the United Nations in accordance with Article 102 of the Charter of the United Nations.',
    ),
    ['registration'],
  );
  assert.deepEqual(
    textTopics('When the flow remains below sixty cubic metres per second for ten days, the Parties shall hold consultations within seven days.'),
    ['consultation'],
  );
  assert.deepEqual(textTopics('Nach Artikel 6 müssen beide Regierungen Konsultationen aufnehmen, wenn der Pegel zehn Tage lang unter der Dürregrenze liegt.'), [
    'consultation',
  ]);
  assert.deepEqual(textTopics('The Parties shall exchange daily data on the flow and the quality of the waters.'), ['information-exchange']);
  assert.deepEqual(textTopics('The Parties shall reduce customs duties on imports of agricultural goods.'), ['market-access', 'trade', 'economic-cooperation']);
  assert.deepEqual(textTopics('Done at Northport on 2 May 2030 in two originals, both texts being equally authentic.'), ['final-clauses']);
});

test('a title set aside leaves its neighbours side by side: the organization a treaty establishes', () => {
  assert.deepEqual(textTopics('Article VIII establishes the Chemical Weapons Convention Organization in The Hague.'), ['organization']);
});
