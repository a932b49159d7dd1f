// Word material for the synthetic bench corpus: invented states, bodies and sentence templates, so the
// generated reports look like treaty coverage (articles, dates, parties, lifecycle verbs) without copying any.

export interface StatePair {
  a: string;
  b: string;
  capitalA: string;
  capitalB: string;
  legislatureA: string;
  legislatureB: string;
}

export const STATE_PAIRS: StatePair[] = [
  { a: 'Arvenia', b: 'Belmark', capitalA: 'Arvenport', capitalB: 'Belgrave', legislatureA: 'National Council', legislatureB: 'Chamber of Deputies' },
  { a: 'Corvania', b: 'Dresmoor', capitalA: 'Corvel', capitalB: 'Dresden Vale', legislatureA: 'Senate', legislatureB: 'People’s Assembly' },
  { a: 'Eskaland', b: 'Forsten', capitalA: 'Eskahavn', capitalB: 'Forstburg', legislatureA: 'Storting Council', legislatureB: 'Federal Assembly' },
  { a: 'Galvora', b: 'Hestria', capitalA: 'Galvin', capitalB: 'Hestborough', legislatureA: 'Grand Assembly', legislatureB: 'House of Delegates' },
];

export const TREATY_KINDS = [
  'Treaty on Water Sharing and Joint River Management',
  'Agreement on Border Demarcation and Good-Neighbourly Relations',
  'Treaty on Mutual Assistance and Security Cooperation',
  'Convention on Cross-Border Rail and Energy Links',
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentences of the report itself; {A} {B} {T} {N} {M} {D} {Y} {L} {CA} are filled in. */
export const REPORT_SENTENCES = [
  '{A} and {B} signed the {T} on {M} {D}, {Y}, in {CA}.',
  'Under Article {N} of the treaty, the two governments will hold consultations without delay if either side faces a threat to its security.',
  'The {L} of {A} approved a bill on the ratification of the treaty by a large majority.',
  'Article {N} provides that neither party will allow its territory to be used by a third state for an attack on the other.',
  'Officials in {CB} said the agreement would enter into force thirty days after the exchange of the instruments of ratification.',
  'The treaty will remain in force for ten years and will be extended automatically for successive five-year periods.',
  'Foreign ministers of both countries met in {CB} to prepare the exchange of instruments.',
  'The document replaces an earlier agreement on fisheries signed in {Y0}.',
  'Under the same article the parties agree to coordinate their positions in international organisations.',
  'The opposition in {B} criticised the speed with which the government submitted the bill.',
  'Trade between the two countries rose by {P} percent last year, according to the statistics office.',
  'The treaty has {K} articles and a protocol on the joint river commission.',
  'Both sides pledged to refrain from the threat or use of force against each other.',
  'A joint commission will meet at least once a year to review the implementation of the treaty.',
  'The President of {A} is expected to sign the ratification law next week.',
  'Analysts said the clause on mutual assistance was narrower than a general alliance.',
  'Fishing associations on both sides of the border welcomed the agreement on equal access to ports.',
  'The {L} of {B} will debate the treaty in its autumn session, the speaker said.',
  'Negotiators spent almost two years drafting the text, which runs to {W} pages.',
  'The parties shall exchange information on river levels and on pollution incidents.',
];

export const NAV_LINES = [
  'Home | News | World | Business | Sport | Opinion | Video',
  'Politics | Economy | Region | Culture | Science',
  'EN | FR | DE | RU',
  'Top stories  Latest  Most read  Newsletters',
];

export const BOILERPLATE_LINES = [
  'Subscribe now for unlimited access to all our journalism.',
  'We use cookies to improve your experience on our site.',
  'Share this article: Facebook | X | Email',
  'Reproduction only with a hyperlink to the source.',
  'Sign up for our morning briefing | Follow us',
  'All rights reserved.',
];

export const RELATED_HEADINGS = ['Related news', 'Most read', 'Read more'];
export const RELATED_ITEMS = [
  'Ferry timetable changes for the summer',
  'Storm warning for the northern coast',
  'Central bank holds rates steady',
  'Harvest festival draws record crowds',
];

export const OUTLETS = ['Northern Wire', 'The Valley Courier', 'Harbor Daily', 'Continental Press Agency', 'The Morning Ledger'];
export const AUTHORS = ['Anna Leclerc', 'Tomas Varga', 'Ines Moreau', 'Piotr Halm', 'Sara Lind'];
