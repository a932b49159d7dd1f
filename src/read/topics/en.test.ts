// English sentences of my own, about treaties outside the shared cases, each with the topics it speaks of.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTopics } from './index.ts';

const has = (text: string, ...topics: string[]) => {
  const found = readTopics(text);
  for (const t of topics) assert.ok(found.includes(t), `${JSON.stringify(found)} lacks ${t}: ${text}`);
};
const lacks = (text: string, ...topics: string[]) => {
  const found = readTopics(text);
  for (const t of topics) assert.ok(!found.includes(t), `${JSON.stringify(found)} has ${t}: ${text}`);
};

test('paraphrased security clauses (en)', () => {
  has('Should either country be invaded, the other will not help the aggressor in any way.', 'no-aid-to-aggressor');
  has('Neither signatory shall lend support of any kind to an attacking state.', 'no-aid-to-aggressor');
  lacks('Should either country be invaded, the other will not help the aggressor in any way.', 'defense');
  has('Each government undertakes that it will not let its territory be used against the other.', 'no-territory-use');
  has('The accord obliges both capitals to stop hostile groups from operating against the neighbour from their territory.', 'no-territory-use');
  has('If either side feels threatened, the two will consult immediately.', 'consultation');
  has('Article 4 obliges the two governments to consult immediately.', 'consultation');
  has('They agreed to immediately activate channels for consultations should a military threat emerge.', 'consultation');
  has("The pact's third article says each party shall come to the other's defence if it is attacked.", 'defense');
  has('Each side will render military assistance to the other if it becomes the victim of aggression.', 'defense');
  has('The allies pledge to jointly repel any aggression against the union.', 'defense');
  has('The police and intelligence services of the two states will work together to counter threats from organised crime.', 'security-cooperation');
  has('Relations between the two monarchies shall rest on respect for each other’s sovereignty and non-interference.', 'principles');
  has('Both armies will draw up joint defence measures for the border region.', 'joint-defense-measures');
  has('Both states renounce the use of force in their relations.', 'nonaggression');
});

test('a denied defence clause is not a defence clause, and a news caveat is no verification clause', () => {
  lacks('The accord does not include a mutual defence clause.', 'defense');
  lacks('Officials stressed that the agreement stops short of a collective defence commitment.', 'defense');
  lacks('The text does not oblige either side to help the other against an aggressor.', 'no-aid-to-aggressor');
  lacks('The casualty figures could not be independently verified.', 'verification');
});

test('arms control: limits, inspections, verification, missile defence', () => {
  has('Each party may keep no more than 420 deployed launchers for intercontinental missiles.', 'arms-limits');
  has('The protocol caps the number of warheads each side may field at 1,100.', 'arms-limits');
  lacks('The rebels fired rockets from mobile launchers near the city.', 'arms-limits');
  has('Inspectors may visit declared storage sites on 48 hours’ notice.', 'inspections', 'verification');
  has('Compliance will be checked by national technical means of verification.', 'verification');
  has('The sides must exchange data twice a year on the location of their missiles.', 'verification');
  has('Neither party may deploy interceptors for missile defence outside its national territory.', 'missile-defense');
});

test('beyond security: forces abroad, environment, trade, peace, climate and final clauses', () => {
  has('The agreement sets out the status of visiting forces, including criminal jurisdiction over their members.', 'status-of-forces');
  has('It lays down rules for troops visiting each other’s bases, such as who tries crimes committed by soldiers off duty.', 'status-of-forces');
  has('Coastal states shall designate marine protected areas covering a third of their waters.', 'protected-areas');
  has('Users of the samples must ensure the fair and equitable sharing of benefits with the communities that hold them.', 'benefit-sharing');
  has('Any planned mining operation requires an environmental impact assessment before a licence is issued.', 'impact-assessment');
  has('Tariffs on dairy and beef will be eliminated over seven years.', 'market-access', 'trade');
  has('Cars qualify only if they meet the rules of origin on regional content.', 'rules-of-origin');
  has('A ceasefire takes effect at midnight along the entire line of contact.', 'ceasefire');
  has('Both sides will withdraw their troops to positions held before the clashes.', 'withdrawal-of-forces');
  has('The parties will exchange all prisoners of war within thirty days.', 'prisoner-exchange');
  has('A joint commission will complete the demarcation of the land boundary.', 'boundary');
  has('The two states establish full diplomatic relations and will open embassies within ninety days.', 'diplomatic-relations');
  has('Each party shall cut its greenhouse gas emissions by half by 2035.', 'mitigation');
  has('Richer members shall provide financial resources to poorer ones.', 'finance');
  has('The convention will be open for signature at the depositary’s headquarters for one year.', 'signature');
  has('Any party may withdraw from this Convention by written notification to the depositary.', 'withdrawal');
  has('The objective of this Agreement is to conserve the fish stocks of the gulf.', 'purpose');
  has('Gas deliveries through the new pipeline will start in winter.', 'energy');
  lacks('Emissions of greenhouse gas have risen.', 'energy');
});

test('entry into force, duration and termination', () => {
  has('The pact takes effect on the date the instruments of ratification are exchanged.', 'entry-into-force');
  has('It shall remain in force for fifteen years and may be extended by mutual consent.', 'duration');
  lacks('Upon its entry into force, this agreement shall replace the fisheries accord of 1998.', 'entry-into-force');
});

test('withdrawal told by its notice, principles by name, force ruled out between the parties; a neutral expert is no neutrality (en)', () => {
  has('Under Article 21 a member may leave the pact on six months’ notice.', 'withdrawal');
  has('Article 40 makes a withdrawal effective one year after the depositary receives the notification.', 'withdrawal');
  has('Any party may withdraw by written notification to the depositary.', 'withdrawal');
  has('Article 3 grounds ties between the two kingdoms on the Five Principles of Peaceful Coexistence.', 'principles');
  has('Article 5 rules out the threat or the use of force between the two republics.', 'nonaggression');
  has('Article 5 rules out the use of force or the threat of force between them.', 'nonaggression');
  lacks('Disputes over the dam go to a neutral expert or to a court of arbitration.', 'neutrality');
  lacks('Talks were held at a neutral venue in a third country.', 'neutrality');
  has('Each party shall remain neutral should the other be drawn into a war with a third state.', 'neutrality');
});

test('clauses of boundary, water, holy places, definitions and humanitarian disarmament conventions (en)', () => {
  has('Article 2 fixes the maritime boundary between the two archipelagos along an equidistance line.', 'maritime-boundary', 'boundary');
  lacks('Article 2 fixes the land boundary along the watershed.', 'maritime-boundary');
  has('Under Article 5 each state receives an agreed allocation of the waters of the lake and its tributaries.', 'water-allocation', 'water');
  has('Article 4 gives the upstream state unrestricted use of the northern rivers.', 'water-allocation');
  has('Article 4 deals with water.', 'water');
  lacks('Article 4 deals with fisheries in territorial waters.', 'water');
  has('Article 11 guarantees pilgrims free access to the holy sites of both faiths.', 'holy-sites');
  has('Article 1 defines the terms used in the agreement, such as "dependant" and "civilian component".', 'definitions');
  lacks('Article 1 defines the boundary line by its coordinates.', 'definitions');
  has('Article 5 obliges each state to assist survivors and other victims of cluster munitions.', 'victim-assistance');
  has('Article 5 also requires parties to remediate contaminated areas under their jurisdiction.', 'environmental-remediation');
  has('Article 6 provides for international cooperation and assistance to affected states.', 'international-cooperation');
  has('Article 11 provides for regular meetings of states parties and review conferences.', 'meetings-of-states-parties');
  has('Article 21 asks every party to encourage states not party to join the convention.', 'universality');
  has('Article 3 requires each state to destroy all stockpiled mines within four years.', 'elimination');
});

test('no obligations that conflict with the treaty are no competing commitments (en)', () => {
  has('Article 9 bars each side from assuming international obligations that would conflict with the accord.', 'no-competing-commitments');
  has('Neither party shall enter into commitments inconsistent with this Treaty.', 'no-competing-commitments');
  lacks('The treaty does not affect obligations under other agreements and does not conflict with them.', 'no-competing-commitments');
});

test('organisations, security arrangements, navigation, boundaries (en)', () => {
  has('Article VIII establishes the Organisation for the Prohibition of Chemical Weapons in The Hague.', 'organization');
  has('Article II sets up the Preparatory Organization of the treaty in Geneva.', 'organization');
  has('Article 4 provides for the International Monitoring System and on-site inspections.', 'verification');
  has('Article 3 obliges each side to ensure that acts of belligerency or violence do not originate from its territory.', 'nonaggression', 'no-territory-use');
  has('Article 5 recognises the Bab el-Mandeb strait as an international waterway open to the shipping of all nations.', 'navigation');
  has('Article 6 sets up demilitarized zones on both sides, patrolled by UN observers.', 'security-arrangements');
  has('Article 2 recognises the permanent boundary between the two states.', 'boundary');
});

test('forces withdrawn behind a boundary: no boundary clause', () => {
  assert.ok(!readTopics('Under Article 1, Armenia will withdraw all its forces from the district behind the international boundary.').includes('boundary'));
  assert.ok(!readTopics('Según el artículo 1, el ejército se retirará detrás de la frontera internacional.').includes('boundary'));
  assert.ok(readTopics('Article 2 recognises the international boundary between the two states.').includes('boundary'));
});

test('amendment clauses told by their procedure (en, es, fr, de, ru)', () => {
  has('Article 11 sets out the amendment procedure: any State Party may propose changes.', 'amendment');
  has('Either party may propose amendments to the agreement under Article 9.', 'amendment');
  has('Article 20 distinguishes amendments to the Convention itself from changes to its annexes.', 'amendment');
  has('El artículo 14 permitía proponer enmiendas y preveía un examen conjunto cada cinco años.', 'amendment');
  has("L'article 12 organise la procédure d'amendement du traité.", 'amendment');
  has('Artikel 12 regelt das Änderungsverfahren des Übereinkommens.', 'amendment');
  has('Статья 12 устанавливает порядок внесения поправок к конвенции.', 'amendment');
  lacks('The parliament amended the ratification bill before the vote.', 'amendment');
});

test('the alliance formula "act to meet the common danger" is a defense clause', () => {
  has(
    'Each party recognizes that an armed attack against the other would endanger its own security and declares that it would act to meet the common danger.',
    'defense',
  );
  has('Article IV commits the allies to take action to meet an armed attack on any of them in the Pacific.', 'defense');
});
