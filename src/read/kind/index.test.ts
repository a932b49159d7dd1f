// Claim kind on real sentences of the eval reports and on hand-written ones in en, ru, de, fr.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { segment, type Segment } from '../segment/index.ts';
import { classifyKind, LEXICONS } from './index.ts';

const EVAL = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval');
const sentence = (text: string): Segment => ({ start: 0, end: text.length, text, unit: 'sentence' });
const kindOf = (text: string, docKind = 'news', language = 'en', previousSpeaker: string | null = null) =>
  classifyKind(sentence(text), { docKind, language, previous: null, previousSpeaker });

/** Segments a whole eval report and classifies each segment as the reading stage does. */
function classifyReport(dir: string, file: string, docKind: string, language: string) {
  const body = readFileSync(join(EVAL, dir, 'docs', file), 'utf8');
  let previous: Segment | null = null;
  let previousSpeaker: string | null = null;
  return segment(body, language).map((seg) => {
    const result = classifyKind(seg, { docKind, language, previous, previousSpeaker });
    previous = seg;
    previousSpeaker = result.speaker;
    return { ...result, text: seg.text };
  });
}

test('eval reports: every opinion snippet is opinion, no reporting document has an opinion claim', () => {
  for (const dir of ['seeds', 'practice-harbour']) {
    const gold = JSON.parse(readFileSync(join(EVAL, dir, 'gold.json'), 'utf8'));
    for (const [file, g] of Object.entries<{ kind: string; language: string; opinion_snippets: string[] }>(gold.documents)) {
      if (file.endsWith('.html')) continue;
      const claims = classifyReport(dir, file, g.kind, g.language);
      for (const snippet of g.opinion_snippets) {
        const claim = claims.find((c) => c.text.replace(/\s+/g, ' ').includes(snippet));
        assert.equal(claim?.kind, 'opinion', `${file}: «${snippet}» is ${claim?.kind}`);
      }
      if (g.opinion_snippets.length === 0) {
        const wrong = claims.filter((c) => c.kind === 'opinion').map((c) => c.text);
        assert.deepEqual(wrong, [], file);
      }
    }
  }
});

test('opinion features name each cue with its weight and words', () => {
  const r = kindOf('I believe the Assembly moved far too quickly.', 'opinion');
  assert.equal(r.kind, 'opinion');
  assert.deepEqual(r.features.find((f) => f.cue === 'first-person-stance:i believe'), { cue: 'first-person-stance:i believe', weight: 3, text: 'I believe' });
  assert.ok(r.features.some((f) => f.cue === 'intensifier:far too' && f.weight === 1));
  const q = kindOf('Surely a decision of this weight should have been put to the voters?', 'opinion');
  assert.deepEqual(q.features.map((f) => f.cue).sort(), ['modal:should', 'rhetorical-question', 'stance-adverb:surely']);
});

test('plain facts inside an opinion piece stay reports', () => {
  assert.equal(kindOf('Miriam Castell is a former naval officer and a columnist for the Valdorian Review.', 'opinion').kind, 'report');
  assert.equal(kindOf('Good relations between Russia and the DPRK have been maintained for seven decades.', 'opinion').kind, 'report');
  assert.equal(kindOf('Should a direct threat of armed invasion arise, both countries will immediately initiate bilateral negotiations.', 'opinion').kind, 'report');
  assert.equal(kindOf('The Parties shall also take steps to limit the dissemination of information.', 'opinion').kind, 'report');
});

test('treaty content with obligation words is a report, never advocacy', () => {
  for (const text of [
    "The document, which diplomats have nicknamed the Harbour Treaty, must be ratified by both countries' legislatures before it takes effect.",
    'In addition, the agreement states that the parties should not enter into any treaties and agreements with countries that pose a threat to the signatory country and should not cooperate with them.',
    'Article Three asserts that “in the event of an immediate threat of an act of armed aggression against one of the Parties, the Parties shall immediately use bilateral channels for consultations.”',
    'Under Article 5 of the 12-article treaty, each side will provide assistance, "including military assistance", if the other is subjected to an armed attack.',
  ]) {
    const r = kindOf(text, 'opinion');
    assert.equal(r.kind, 'report', text);
    assert.equal(r.speaker, null, text);
  }
});

test('a statement credited to a named source is a report with its speaker', () => {
  const cases: [string, string][] = [
    ['Officials in Port Kestrel said the clause was narrower than a general alliance because it does not cover attacks elsewhere at sea.', 'Officials in Port Kestrel'],
    ['According to the Chancellor, Article 5 of the treaty requires the two countries to consult immediately.', 'the Chancellor'],
    ['Analysts at the Institute for Coastal Studies said the defence clause would be tested by frequent confrontations.', 'Analysts at the Institute for Coastal Studies'],
    ["Ostmark's foreign ministry said the agreement would also open both countries' ports to each other's merchant fleets.", "Ostmark's foreign ministry"],
    ['Putin described it as a new innovative partnership, heralding a new age in relations between the two nations.', 'Putin'],
    ['The Washington Post previously reported that several thousand DPRK soldiers are undergoing training in Russia.', 'The Washington Post'],
    ['Officials insist it has been provisionally applied since the day it was signed, as if the ratification votes were a mere formality.', 'Officials'],
  ];
  for (const [text, speaker] of cases) {
    const r = kindOf(text, 'opinion');
    assert.equal(r.kind, 'report', text);
    assert.equal(r.speaker, speaker, text);
  }
});

test('"…, he said" takes the speaker of the sentence before', () => {
  const r = kindOf('Under the same article the parties will agree on joint measures to remove such a threat, he said.', 'news', 'en', 'the Chancellor');
  assert.equal(r.kind, 'report');
  assert.equal(r.speaker, 'the Chancellor');
  assert.equal(kindOf('It is binding, she said.').speaker, 'she');
  // Without a tracked speaker, the sentence before is read again.
  const previous = sentence('Foreign Minister Jane Doe said the treaty was signed.');
  assert.equal(classifyKind(sentence('It is binding, she said.'), { docKind: 'news', language: 'en', previous }).speaker, 'Foreign Minister Jane Doe');
});

test('direct speech is a quote with its speaker; a term in quotes is not', () => {
  const r = kindOf('"From today, an attack on one of our coasts is an attack on both," Marsh told reporters after the signing.');
  assert.equal(r.kind, 'quote');
  assert.equal(r.speaker, 'Marsh');
  assert.ok(r.features.some((f) => f.cue === 'direct-speech'));
  assert.equal(kindOf('"It changes nothing," said Dr. Lee.').speaker, 'Dr. Lee');
  const british = kindOf('‘I believe we won’t need it,’ the minister said.', 'opinion');
  assert.deepEqual([british.kind, british.speaker], ['quote', 'the minister']);
  assert.equal(kindOf('“We will never accept it. Never.”', 'news', 'en', 'the minister').speaker, 'the minister');
  const term = kindOf('North Korea’s state media unveiled the pact, which Kim said would elevate bilateral ties to something akin to an “alliance”.');
  assert.equal(term.kind, 'report');
  assert.equal(term.speaker, 'Kim');
});

test('news reports stay reports: modals, superlatives and the writer-free question', () => {
  for (const text of [
    'Valdoria and Ostmark on Friday signed a treaty, the most far-reaching security arrangement the two neighbours have concluded.',
    'FACTBOX - What is in the Valdoria-Ostmark Harbour Treaty?',
    'The vote should take place in June, officials said.',
    'Article I of the treaty sets out its principles.',
  ]) assert.equal(kindOf(text, 'news').kind, 'report', text);
  assert.equal(kindOf('It shall enter into force on the thirtieth day after the exchange of the instruments of ratification.', 'official').kind, 'report');
  assert.equal(kindOf('In addition, there is a possibility that the ratification of this treaty will allow public reporting.', 'news').kind, 'opinion');
  assert.equal(kindOf('I think this treaty is a grave mistake.', 'news').kind, 'opinion');
});

test('Russian, German and French cues and sources', () => {
  assert.equal(kindOf('На мой взгляд, парламент поступил опрометчиво.', 'opinion', 'ru').kind, 'opinion');
  const ru = kindOf('По словам министра, договор вступит в силу в июле.', 'news', 'ru');
  assert.deepEqual([ru.kind, ru.speaker], ['report', 'министра']);
  assert.equal(kindOf('Теперь документ должен подписать федеральный канцлер Остмарка.', 'opinion', 'ru').kind, 'report');
  assert.equal(kindOf('Ich glaube, der Vertrag ist ein Fehler.', 'opinion', 'de').kind, 'opinion');
  const de = kindOf('Die Regierung entgegnete, die Laufzeit von zehn Jahren gebe beiden Ländern Planungssicherheit.', 'news', 'de');
  assert.deepEqual([de.kind, de.speaker], ['report', 'Die Regierung']);
  assert.equal(kindOf('Die Vertragsparteien müssen einander Hilfe leisten.', 'opinion', 'de').kind, 'report');
  assert.equal(kindOf('À mon avis, ce traité est une erreur.', 'opinion', 'fr').kind, 'opinion');
  assert.equal(kindOf('Selon M. Durand, le texte renforce la sécurité.', 'news', 'fr').speaker, 'M. Durand');
  const dialogue = kindOf('— Мы подписали договор, — сказал министр.', 'news', 'ru');
  assert.deepEqual([dialogue.kind, dialogue.speaker], ['quote', 'министр']);
});

test('a heading is a heading', () => {
  const r = classifyKind({ start: 0, end: 9, text: 'Article 4', unit: 'heading' }, { docKind: 'official', language: 'en', previous: null });
  assert.equal(r.kind, 'heading');
});

test('every cue and speech pattern is global (the scanners loop over matches)', () => {
  for (const [language, lex] of Object.entries(LEXICONS)) {
    for (const rule of lex.opinion) assert.ok(rule.pattern.global, `${language} ${rule.cue}`);
    assert.ok(lex.speech.global && lex.sourceFirst.global, language);
  }
});
