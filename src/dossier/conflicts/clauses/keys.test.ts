// What a clause says, as keys one language shares with another: the concepts its words name in each language
// (Arabic with or without its vowel marks), never the article it cites. Wording of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauseKeys } from './keys.ts';

/** The concept keys of a sentence in a language (nothing cited, dated or named masked). */
const concepts = (text: string, language: string) =>
  clauseKeys({ text, article_refs: [], foreign_refs: [], dates: [], party_mentions: [] }, language)
    .map((k) => k.key)
    .filter((k) => k.startsWith('@'));

function sharedByAll(want: string[], sentences: [string, string][]): void {
  for (const [language, text] of sentences) {
    const got = concepts(text, language);
    for (const key of want) assert.ok(got.includes(key), `${language}: ${key} not in ${got.join(' ')} («${text}»)`);
  }
}

test('a territory whose status changes only with the consent of a majority of its people, in six languages', () => {
  sharedByAll(
    ['@status', '@change', '@consent', '@majority', '@population'],
    [
      ['en', 'the status of the islands may change only with the consent of a majority of their people'],
      ['fr', 'tout changement du statut des îles exige le consentement d’une majorité de leur population'],
      ['es', 'el estatus de las islas solo cambiará si lo consiente una mayoría de sus habitantes'],
      ['de', 'der Status der Inseln darf sich nur mit Zustimmung einer Mehrheit ihrer Bevölkerung ändern'],
      ['ru', 'статус островов может быть изменен только с согласия большинства их населения'],
      ['ar', 'لا يتغير وضع الجزر إلا بموافقة أغلبية سكانها'],
    ],
  );
});

test('a mechanism that lets industrialised states fund projects in developing ones against emission cuts, in six languages', () => {
  sharedByAll(
    ['@mechanism', '@development', '@industrial', '@finance', '@projects', '@emissions'],
    [
      ['en', 'a development mechanism under which industrialised countries finance projects and count the emissions saved'],
      ['fr', 'un mécanisme de développement par lequel les pays industrialisés financent des projets et comptent les émissions évitées'],
      ['es', 'un mecanismo de desarrollo por el que los países industrializados financian proyectos y se atribuyen las emisiones evitadas'],
      ['de', 'ein Mechanismus für Entwicklung, über den Industriestaaten Vorhaben finanzieren und sich die Emissionen anrechnen'],
      ['ru', 'механизм развития, по которому промышленно развитые страны финансируют проекты и засчитывают сокращение выбросов'],
      ['ar', 'آلية للتنمية تتيح للدول الصناعية تمويل مشروعات واحتساب الانبعاثات التي تم تجنبها'],
    ],
  );
});

test('a treaty kept in force until a new treaty terminates it, Arabic written with and without vowel marks', () => {
  sharedByAll(
    ['@entry-into-force', '@termination', '@ratification'],
    [
      ['en', 'the treaty remains in force until it is terminated by a new treaty that both ratify'],
      ['fr', 'le traité demeure en vigueur jusqu’à ce qu’un nouveau traité ratifié par les deux y mette fin'],
      ['es', 'el tratado seguirá en vigor hasta que lo termine un nuevo tratado ratificado por ambos'],
      ['de', 'der Vertrag bleibt in Kraft, bis ein neuer, von beiden ratifizierter Vertrag ihn beendet'],
      ['ru', 'договор остается в силе до его прекращения новым договором, ратифицированным обеими сторонами'],
      ['ar', 'تظل المعاهدة نافذة إلى أن تنهى بمعاهدة جديدة يصادق عليها البلدان'],
      ['ar', 'تَظَلُّ المُعاهَدةُ نافِذةً إلى أن تُنهى بِمُعاهَدةٍ جَدِيدةٍ يُصادِقُ عَلَيها البَلَدان'],
    ],
  );
});
