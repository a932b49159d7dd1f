// What each topic means. A topic names what a clause obliges or regulates; the rule ids key every language's
// cues (./en.ts, ./ru.ts, …). Two rules may tag one topic (a defence clause told by its trigger, or named as
// such). Order is the order topics are listed in. Names are stable: conflicts group article numbers by them.

export interface TopicInfo {
  topic: string;
  /** What a clause on this topic says. */
  about: string;
  /** A broader topic this one is a kind of (joint exercises are military cooperation): tagged along with it. */
  broader?: string;
  /** Rules whose match means this one's cue words say something else here: a sentence that will "not help
   *  the aggressor" is no defence clause, though it names an attack and help. */
  yieldsTo?: string[];
}

export const CATALOGUE = {
  // Relations and security.
  principles: { topic: 'principles', about: 'relations rest on sovereignty, territorial integrity, non-interference, equality, mutual respect' },
  nonaggression: { topic: 'nonaggression', about: 'the parties refrain from the threat or use of force against each other' },
  consultation: { topic: 'consultation', about: 'the parties consult (activate channels, agree on measures) when a threat or another stated condition arises' },
  'consultation-urgent': { topic: 'consultation', about: 'the parties consult immediately, whatever the occasion the sentence leaves unsaid' },
  defense: { topic: 'defense', about: 'if one party is attacked, the other provides (military) assistance', yieldsTo: ['no-aid-to-aggressor'] },
  'defense-named': { topic: 'defense', about: 'mutual (collective) defence named as such' },
  'no-aid-to-aggressor': { topic: 'no-aid-to-aggressor', about: 'if one party is attacked, the other gives the aggressor no military or other help' },
  neutrality: { topic: 'neutrality', about: 'a party stays neutral when the other is at war with a third state' },
  'no-territory-use': { topic: 'no-territory-use', about: 'neither party lets its territory be used (by a third state, for hostile acts) against the other' },
  'no-competing-commitments': {
    topic: 'no-competing-commitments',
    about: 'neither party enters agreements or alliances with third states directed against the other',
  },
  'other-obligations': { topic: 'other-obligations', about: "the treaty does not affect the parties' rights and obligations under other agreements" },
  'coercive-measures': { topic: 'coercive-measures', about: 'the parties oppose unilateral coercive measures (sanctions) and do not apply them to each other' },
  'joint-defense-measures': {
    topic: 'joint-defense-measures',
    about: "joint measures or mechanisms to strengthen the parties' defense capabilities",
    broader: 'military-cooperation',
  },
  'military-cooperation': { topic: 'military-cooperation', about: 'military and military-technical cooperation: arms supplies, training, defence industry' },
  'joint-exercises': { topic: 'joint-exercises', about: 'joint military or naval exercises', broader: 'military-cooperation' },
  'information-exchange': { topic: 'information-exchange', about: 'exchange of information or data; joint information centres' },
  'maritime-security': {
    topic: 'maritime-security',
    about: 'safety of navigation, coast guard patrols, piracy and smuggling at sea',
    broader: 'security-cooperation',
  },
  'security-cooperation': {
    topic: 'security-cooperation',
    about: 'cooperation of security and intelligence services against terrorism, crime and common threats',
  },
  'information-security': { topic: 'information-security', about: 'cooperation on information and communication security (cyber)' },
  'status-of-forces': { topic: 'status-of-forces', about: "the status of one party's forces on the other's territory: entry, jurisdiction, facilities" },
  // Arms control.
  'arms-limits': { topic: 'arms-limits', about: 'ceilings on or reductions of weapons: warheads, launchers, missiles, bombers' },
  'missile-defense': { topic: 'missile-defense', about: 'missile defence: interceptors, anti-ballistic missile systems and limits on them' },
  inspections: { topic: 'inspections', about: 'on-site inspections of weapons and facilities', broader: 'verification' },
  verification: { topic: 'verification', about: 'verification of compliance: inspections, national technical means, monitoring' },
  'verification-notices': { topic: 'verification', about: 'notifications and data exchanges on weapons and forces that let compliance be verified' },
  // Peace and relations.
  ceasefire: { topic: 'ceasefire', about: 'a ceasefire, truce or cessation of hostilities' },
  'withdrawal-of-forces': { topic: 'withdrawal-of-forces', about: 'troops or forces are withdrawn or disengaged' },
  'security-arrangements': {
    topic: 'security-arrangements',
    about: 'security arrangements between former belligerents: zones of limited forces, demilitarised or buffer zones, UN forces and observers',
  },
  navigation: {
    topic: 'navigation',
    about: 'free passage of ships through canals, straits and international waterways; freedom of navigation',
  },
  'prisoner-exchange': { topic: 'prisoner-exchange', about: 'prisoners of war, detainees or hostages are exchanged or released' },
  borders: { topic: 'boundary', about: 'the boundary between the parties: delimitation, demarcation, recognition, inviolability' },
  'maritime-boundary': {
    topic: 'maritime-boundary',
    about: 'the boundary at sea: maritime boundary lines, territorial sea, continental shelf, exclusive economic zone',
    broader: 'boundary',
  },
  'holy-sites': { topic: 'holy-sites', about: 'holy places and shrines: access, custody, the role of a state or its monarch' },
  'diplomatic-relations': { topic: 'diplomatic-relations', about: 'diplomatic relations are established or normalised (embassies, ambassadors, recognition)' },
  // Economy.
  'market-access': { topic: 'market-access', about: 'tariffs eliminated or cut, duty-free access to markets', broader: 'trade' },
  'rules-of-origin': { topic: 'rules-of-origin', about: 'which goods count as originating and qualify for preferences', broader: 'trade' },
  trade: { topic: 'trade', about: 'trade in goods: tariffs, customs duties, imports and exports', broader: 'economic-cooperation' },
  'economic-cooperation': { topic: 'economic-cooperation', about: 'trade, investment, economic and port/fisheries cooperation' },
  'humanitarian-cooperation': { topic: 'humanitarian-cooperation', about: 'cooperation in science, education, health, culture, tourism, sport' },
  energy: { topic: 'energy', about: 'energy: oil, gas, electricity, pipelines, nuclear power, renewables' },
  transport: { topic: 'transport', about: 'transport links and transit: rail, road, air services, navigation on rivers and canals' },
  // Environment and shared resources.
  'protected-areas': {
    topic: 'protected-areas',
    about: 'protected areas (marine protected areas, reserves) and area-based management',
    broader: 'environment',
  },
  'impact-assessment': { topic: 'impact-assessment', about: 'environmental impact assessment of planned activities', broader: 'environment' },
  environment: { topic: 'environment', about: 'prevention of pollution and protection of the environment' },
  'benefit-sharing': { topic: 'benefit-sharing', about: 'fair and equitable sharing of the benefits of (genetic) resources' },
  'capacity-building': { topic: 'capacity-building', about: 'capacity building and transfer of technology' },
  'resource-sharing': {
    topic: 'resource-sharing',
    about: 'use and sharing of a common resource (river water, flow, fish stocks): shares, quotas, withdrawals, minimum flow',
  },
  water: { topic: 'water', about: 'water: rivers, lakes, groundwater, their use, allocation and quality' },
  'water-allocation': {
    topic: 'water-allocation',
    about: "each party's share or use of the waters of rivers, lakes or aquifers",
    broader: 'water',
  },
  'planned-measures': {
    topic: 'planned-measures',
    about: 'a party notifies the other before works or measures that may affect it (dams, diversions, projects)',
  },
  // Climate.
  mitigation: { topic: 'mitigation', about: 'cutting greenhouse gas emissions: targets, nationally determined contributions' },
  adaptation: { topic: 'adaptation', about: 'adaptation to the effects of climate change, resilience' },
  finance: { topic: 'finance', about: 'financial resources and mechanisms: funds, support from developed to developing parties' },
  transparency: { topic: 'transparency', about: 'transparency of implementation: reporting and review of what parties do' },
  // Humanitarian disarmament conventions.
  elimination: { topic: 'elimination', about: 'destruction or elimination of weapons and stockpiles, on a deadline' },
  'victim-assistance': { topic: 'victim-assistance', about: 'assistance to victims and survivors of the weapons' },
  'environmental-remediation': { topic: 'environmental-remediation', about: 'clearance or remediation of contaminated areas' },
  'international-cooperation': {
    topic: 'international-cooperation',
    about: 'international cooperation and assistance among parties to meet their obligations',
  },
  'meetings-of-states-parties': { topic: 'meetings-of-states-parties', about: 'regular meetings of states parties and review conferences' },
  universality: { topic: 'universality', about: 'parties encourage states outside the agreement to join it' },
  // Institutions and final clauses.
  definitions: { topic: 'definitions', about: 'the meaning of terms used in the agreement' },
  purpose: { topic: 'purpose', about: 'the objective or purpose of the agreement' },
  institutions: { topic: 'institutions', about: 'a joint body (commission, committee, council) is established, with its composition and procedure' },
  organization: {
    topic: 'organization',
    about: 'an international organization is established to carry out the agreement: its organs, seat and secretariat',
  },
  'dispute-settlement': { topic: 'dispute-settlement', about: 'how disputes over interpreting or applying the treaty are settled' },
  amendment: { topic: 'amendment', about: 'how the treaty is amended (protocols, mutual written agreement)' },
  'entry-into-force': { topic: 'entry-into-force', about: 'ratification and when the treaty enters into force' },
  signature: { topic: 'signature', about: 'the agreement is open for signature' },
  duration: { topic: 'duration', about: 'how long the treaty remains in force, renewal and termination' },
  withdrawal: { topic: 'withdrawal', about: 'a party may withdraw from the agreement, by notice and after a period' },
  supersedes: { topic: 'supersedes', about: 'the treaty replaces an earlier agreement' },
  registration: { topic: 'registration', about: 'registration with the UN Secretariat (Article 102 of the UN Charter) and the depositary' },
  'final-clauses': { topic: 'final-clauses', about: 'the closing formula: place and date, originals, authentic languages' },
} satisfies Record<string, TopicInfo>;

export type RuleId = keyof typeof CATALOGUE;
