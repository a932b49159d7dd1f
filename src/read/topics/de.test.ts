// German sentences of my own, each with the topics it speaks of.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTopics } from './index.ts';

const has = (text: string, ...topics: string[]) => {
  const found = readTopics(text);
  for (const t of topics) assert.ok(found.includes(t), `${JSON.stringify(found)} lacks ${t}: ${text}`);
};

test('paraphrased security clauses (de)', () => {
  has('Wird eine Seite angegriffen, gibt es keine Hilfe für den Angreifer.', 'no-aid-to-aggressor');
  assert.ok(!readTopics('Wird eine Seite angegriffen, gibt es keine Hilfe für den Angreifer.').includes('defense'));
  has(
    'Beide Staaten verpflichten sich, zu verhindern, dass von ihrem Hoheitsgebiet aus feindselige Handlungen gegen den anderen ausgehen.',
    'no-territory-use',
  );
  has('Die Regierungen konsultieren einander sofort, wenn die Sicherheit eines Landes bedroht ist.', 'consultation');
  has('Die Staaten verzichten auf die Anwendung von Gewalt.', 'nonaggression');
  has('Die Nachrichtendienste beider Länder arbeiten gegen Terrorismus zusammen.', 'security-cooperation');
  assert.ok(!readTopics('Das Abkommen enthält kein Beistandsversprechen für den Kriegsfall.').includes('defense'));
});

test('arms control, trade, environment and final clauses (de)', () => {
  has('Jede Seite darf höchstens 500 Trägersysteme stationieren.', 'arms-limits');
  has('Die Zölle auf Industriegüter werden schrittweise abgeschafft.', 'market-access');
  has('Für Waren gelten strenge Ursprungsregeln.', 'rules-of-origin');
  has('Die Staaten richten neue Meeresschutzgebiete ein.', 'protected-areas');
  has('Vor jedem Bohrprojekt ist eine Umweltverträglichkeitsprüfung vorzunehmen.', 'impact-assessment');
  has('Der Vertrag tritt dreißig Tage nach dem Austausch der Ratifikationsurkunden in Kraft.', 'entry-into-force');
  has('Er ist unbefristet, kann aber mit einer Frist von einem Jahr gekündigt werden.', 'duration');
});

test('withdrawal told by its notice (de)', () => {
  has('Jede Vertragspartei kann durch schriftliche Notifikation zurücktreten.', 'withdrawal');
  has('Der Austritt wird sechs Monate nach Eingang der Notifikation wirksam.', 'withdrawal');
});

test('boundary, water, holy places, definitions, disarmament conventions (de)', () => {
  has('Artikel 1 legt die Seegrenze zwischen den beiden Staaten fest.', 'maritime-boundary', 'boundary');
  has('Nach Artikel 6 erhält das Nachbarland zusätzliches Wasser aus dem Fluss.', 'water');
  has('Artikel 9 sichert den freien Zugang zu den heiligen Stätten.', 'holy-sites');
  has('Artikel 1 enthält die Begriffsbestimmungen.', 'definitions');
  has('Artikel 6 verpflichtet die Vertragsstaaten, den Opfern zu helfen.', 'victim-assistance');
  has('Artikel 8 sieht regelmäßige Treffen der Vertragsstaaten vor.', 'meetings-of-states-parties');
});

test('no conflicting obligations (de)', () => {
  has(
    'Beide Seiten verpflichten sich, keine internationalen Verpflichtungen einzugehen, die im Widerspruch zu diesem Vertrag stehen.',
    'no-competing-commitments',
  );
});

test('organisations, security arrangements, navigation, boundaries (de)', () => {
  has('Artikel VIII gründet die Organisation für das Verbot chemischer Waffen.', 'organization');
  has('Artikel 4 schafft eine entmilitarisierte Zone mit UN-Beobachtern.', 'security-arrangements');
  has('Artikel 5 garantiert die freie Durchfahrt durch die Meerenge.', 'navigation');
});

test('the alliance formula (act against an attack) is a defense clause', () => {
  has('Artikel IV verpflichtet die Verbündeten, einander beizustehen, wenn einer von ihnen angegriffen wird.', 'defense');
});
