import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeClaim } from './claims.fixture.ts';
import { findBetween, findNames } from './names.ts';

const names = (text: string, dates: [string, string][] = []) => findNames(makeClaim('c1', 'd1', text, { dates }));

test('a formal title with its parties, ended by what the sentence says next', () => {
  const [n] = names(
    "The document provides for the ratification of the Comprehensive Strategic Partnership Agreement between the Russian Federation and the Democratic People's Republic of Korea, signed in Pyongyang on June 19, 2024.",
  );
  assert.equal(n.text, "Comprehensive Strategic Partnership Agreement between the Russian Federation and the Democratic People's Republic of Korea");
  assert.equal(n.core, 'Comprehensive Strategic Partnership Agreement');
  assert.equal(n.between?.text, "between the Russian Federation and the Democratic People's Republic of Korea");
  assert.equal(n.form, 'formal');
  assert.equal(n.headFirst, false);
});

test('a lower-case title keeps its list of subjects and takes the date written after it', () => {
  const [n] = names(
    'This treaty will supersede the treaty on friendship, good neighborly relations and cooperation between Russia and North Korea of February 9, 2000.',
    [['February 9, 2000', '2000-02-09']],
  );
  assert.equal(n.text, 'treaty on friendship, good neighborly relations and cooperation between Russia and North Korea');
  assert.equal(n.form, 'lower');
  assert.equal(n.date, '2000-02-09');
});

test('a Title Case name stops at the first lower-case word; capitalized words inside it stay', () => {
  const found = names(
    'The agreement builds upon previous agreements, including the Treaty of Friendship and Mutual Assistance in 1961; the Treaty of Friendship, Good Will and Cooperation of 2000, and the Declarations of Moscow and Pyongyang of 2000 and 2001.',
  );
  assert.deepEqual(
    found.map((n) => [n.text, n.date]),
    [
      ['Treaty of Friendship and Mutual Assistance', '1961'],
      ['Treaty of Friendship, Good Will and Cooperation', '2000'],
      ['Declarations of Moscow and Pyongyang', '2000'],
    ],
  );
  const [t] = names('The text of the DPRK-Russia Treaty on Comprehensive Strategic Partnership expresses the desire to build relations.');
  assert.equal(t.text, 'DPRK-Russia Treaty on Comprehensive Strategic Partnership');
  assert.equal(t.core, 'Treaty on Comprehensive Strategic Partnership');
});

test('Russian and German titles, descriptive names and a year before the name', () => {
  const [ru] = names('Федеральный сейм в среду одобрил Договор о морском сотрудничестве и взаимной безопасности с Республикой, подписанный 14 марта.');
  assert.equal(ru.text, 'Договор о морском сотрудничестве и взаимной безопасности');
  assert.equal(ru.form, 'formal');
  const [de] = names(
    'Die Präsidentin hat das Gesetz zur Ratifizierung des Vertrags über maritime Zusammenarbeit und gegenseitige Sicherheit mit der Union unterzeichnet.',
  );
  assert.equal(de.text, 'Vertrags über maritime Zusammenarbeit und gegenseitige Sicherheit');
  const [pact] = names('North Korea’s state media unveiled the full text of a mutual defence pact signed a day ago.');
  assert.deepEqual([pact.text, pact.form], ['mutual defence pact', 'descriptive']);
  const [old] = names('It will replace a 2009 agreement on fisheries and port cooperation.');
  assert.deepEqual([old.text, old.date], ['agreement on fisheries and port cooperation', '2009']);
});

test('general words and sentence-initial heads name nothing', () => {
  assert.deepEqual(names('The Treaty was signed by the two presidents.'), []);
  assert.deepEqual(names('This Treaty does not affect obligations under other international agreements to which they are parties.'), []);
  assert.deepEqual(names('In accordance with Article 51 of the UN Charter.'), []);
});

test('"between A and B" may sit mid-title; the subject after it stays in the core', () => {
  const [n] = names(
    'The Agreement between Japan and the Republic of the Philippines Concerning the Facilitation of Reciprocal Access and Cooperation between the Self-Defense Forces of Japan and the Armed Forces of the Philippines was signed in Manila.',
  );
  assert.equal(n.between?.text, 'between Japan and the Republic of the Philippines');
  assert.equal(
    n.core,
    'Agreement Concerning the Facilitation of Reciprocal Access and Cooperation between the Self-Defense Forces of Japan and the Armed Forces of the Philippines',
  );
  assert.ok(n.text.endsWith('Armed Forces of the Philippines'));
});

test('a lower-case title ends at the verb that says what happened to the treaty', () => {
  const text = 'The treaty between Ardania and Belmora on the sharing and protection of the waters of the Long River entered into force on Wednesday.';
  const [n] = names(text);
  assert.equal(n.text, 'treaty between Ardania and Belmora on the sharing and protection of the waters of the Long River');
});

test('"between A and B" ends where the subject starts, in a title of capitals or title case too', () => {
  const title = 'Treaty Between the Republic of Orvenia and the Federal Republic of Kastria on the Sharing and Protection of the Waters of the Velna River';
  assert.equal(findBetween(title)?.text, 'Between the Republic of Orvenia and the Federal Republic of Kastria');
  assert.equal(findBetween(title.toUpperCase())?.text, 'BETWEEN THE REPUBLIC OF ORVENIA AND THE FEDERAL REPUBLIC OF KASTRIA');
  assert.equal(findBetween('Treaty on Friendship between Arvenia and Belmark')?.text, 'between Arvenia and Belmark');
});

test('Spanish titles, capitalized only at their head, ended by what the sentence says next', () => {
  const [t] = names('El Senado aprobó el Tratado sobre la Cooperación Fluvial entre Chile y Perú, firmado en Lima el 3 de mayo.');
  assert.equal(t.text, 'Tratado sobre la Cooperación Fluvial entre Chile y Perú');
  assert.equal(t.form, 'formal');
  const [a] = names('El Acuerdo de libre comercio con el bloque entró en vigor el lunes.');
  assert.equal(a.text, 'Acuerdo de libre comercio');
  assert.equal(a.form, 'formal');
});
