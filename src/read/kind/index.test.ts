// Claim kind on real sentences of the eval reports and on hand-written ones in en, ru, de, fr.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type Segment, segment } from '../segment/index.ts';
import { classifyKind, LEXICONS } from './index.ts';
import { sentence } from './testing.ts';

const EVAL = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval');
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
  assert.deepEqual(
    r.features.find((f) => f.cue === 'first-person-stance:i believe'),
    { cue: 'first-person-stance:i believe', weight: 3, text: 'I believe' },
  );
  assert.ok(r.features.some((f) => f.cue === 'intensifier:far too' && f.weight === 1));
  const q = kindOf('Surely a decision of this weight should have been put to the voters?', 'opinion');
  assert.deepEqual(q.features.map((f) => f.cue).sort(), ['modal:should', 'rhetorical-question', 'stance-adverb:surely']);
});

test('plain facts inside an opinion piece stay reports', () => {
  assert.equal(kindOf('Miriam Castell is a former naval officer and a columnist for the Valdorian Review.', 'opinion').kind, 'report');
  assert.equal(kindOf('Good relations between Russia and the DPRK have been maintained for seven decades.', 'opinion').kind, 'report');
  assert.equal(
    kindOf('Should a direct threat of armed invasion arise, both countries will immediately initiate bilateral negotiations.', 'opinion').kind,
    'report',
  );
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
    [
      'Officials in Port Kestrel said the clause was narrower than a general alliance because it does not cover attacks elsewhere at sea.',
      'Officials in Port Kestrel',
    ],
    ['According to the Chancellor, Article 5 of the treaty requires the two countries to consult immediately.', 'the Chancellor'],
    [
      'Analysts at the Institute for Coastal Studies said the defence clause would be tested by frequent confrontations.',
      'Analysts at the Institute for Coastal Studies',
    ],
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
  ])
    assert.equal(kindOf(text, 'news').kind, 'report', text);
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

// ---- Opinion in the writer's voice, per language (wording of our own; see fixtures/ for whole pieces) ----

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Every segment of a fixture, classified as the reading stage does. */
function classifyFixture(file: string, docKind: string, language: string) {
  const body = readFileSync(join(FIXTURES, file), 'utf8');
  let previous: Segment | null = null;
  let previousSpeaker: string | null = null;
  let previousKind: string | null = null;
  return segment(body, language).map((seg) => {
    const result = classifyKind(seg, { docKind, language, previous, previousSpeaker, previousKind });
    previous = seg;
    previousSpeaker = result.speaker;
    previousKind = result.kind;
    return { ...result, text: seg.text };
  });
}

function assertKinds(file: string, docKind: string, language: string, opinion: string[], notOpinion: string[]) {
  const claims = classifyFixture(file, docKind, language);
  const find = (snippet: string) => claims.find((c) => c.text.includes(snippet));
  for (const s of opinion) assert.equal(find(s)?.kind, 'opinion', `${file}: «${s}» is ${find(s)?.kind} ${JSON.stringify(find(s)?.features)}`);
  for (const s of notOpinion) {
    assert.ok(find(s), `${file}: «${s}» not found`);
    assert.notEqual(find(s)?.kind, 'opinion', `${file}: «${s}» ${JSON.stringify(find(s)?.features)}`);
  }
  return claims;
}

test('an unlabelled English column: views, advocacy, verdicts and generalisations are opinion; its facts and sources are not', () => {
  assertKinds(
    'column-en.txt',
    'opinion',
    'en',
    [
      'That promise looks wildly premature.',
      'Nobody who has followed this river seriously believes',
      'The commission is a talking shop, not a regulator.',
      'My own reading is that both governments wanted a ceremony',
      'That is wishful thinking dressed up as law.',
      'is not a water treaty at all.',
      'Is anyone in either capital prepared to say so?',
      'Istrava should insist on a binding minimum flow',
      'Until then, the accord remains a hollow gesture.',
    ],
    [
      'The accord has 14 articles.',
      'Article 6 requires each party to notify',
      'Article 9 sets up a joint commission, which shall meet',
      'told parliament that the accord',
      'He said upstream states should consult',
      'The drought of 2029 showed',
      'Farmers in the lower valley lost half',
      'Elena Marsh teaches environmental law',
    ],
  );
});

test('an unlabelled German column: Ansicht, Symbolpolitik, sweeping claims and advice to Berlin are opinion', () => {
  assertKinds(
    'column-de.txt',
    'opinion',
    'de',
    [
      'Meiner Ansicht nach ist es vor allem ein Sieg der Verpackung.',
      'Das Nachhaltigkeitskapitel ist reine Symbolpolitik.',
      'Wer ernsthaft glaubt',
      'Berlin sollte im Rat',
      'Alles andere wäre Augenwischerei.',
    ],
    [
      'Es enthält keine Sanktionen',
      'Die Kommission erklärte am Freitag, die Vertragsparteien müssten',
      'Nach Artikel 8 sollen beide Seiten',
      'Die Landwirte in Frankreich und Irland protestieren',
      'Katrin Vogt ist Wirtschaftsjournalistin',
    ],
  );
});

test('unlabelled Russian, Spanish and French columns: the same classes in each language', () => {
  assertKinds(
    'column-ru.txt',
    'opinion',
    'ru',
    ['На мой взгляд', 'не более чем формальность', 'Никто всерьёз не верит', 'вовсе не водный договор', 'Парламенту Истравии следует', 'фиговым листком'],
    ['Статья 6 обязывает', 'Совместная комиссия', 'Министр Иво Драган заявил', 'Засуха 2029 года'],
  );
  assertKinds(
    'column-es.txt',
    'opinion',
    'es',
    ['En mi opinión', 'no es más que papel mojado', 'Nadie en su sano juicio', 'en absoluto', 'debería exigir', 'cortina de humo'],
    ['El artículo 6 obliga', 'Una comisión mixta', 'El ministro Ivo Dragan dijo', 'La sequía de 2029'],
  );
  assertKinds(
    'column-fr.txt',
    'opinion',
    'fr',
    ['À mes yeux', "n'est qu'un affichage", "Personne n'est dupe", 'pas du tout', 'devrait exiger', 'vœu pieux'],
    ["L'article 6 impose", 'Une commission mixte', 'Le ministre Ivo Dragan a affirmé', 'La sécheresse de 2029'],
  );
});

test('a wire story full of "should" and "shall" paraphrase has no opinion claim', () => {
  const claims = classifyFixture('wire-en.txt', 'news', 'en');
  assert.deepEqual(
    claims.filter((c) => c.kind === 'opinion').map((c) => c.text),
    [],
  );
  // Even read as a column, the treaty's content, forecasts and reported speech stay reports.
  const asColumn = classifyFixture('wire-en.txt', 'opinion', 'en')
    .filter((c) => c.kind === 'opinion')
    .map((c) => c.text);
  for (const s of [
    'Under the accord, each state shall',
    'Article 9 sets up',
    'Morlen should release',
    'should take place in May',
    'Dragan said upstream',
    'Environmental groups said',
    'the bank said',
  ])
    assert.ok(!asColumn.some((t) => t.includes(s)), s);
});

test('French and Russian wires full of forecast "devrait" / "должен" and the treaty\'s "doit" / "должна" have no opinion claim', () => {
  for (const [file, language] of [
    ['wire-fr.txt', 'fr'],
    ['wire-ru.txt', 'ru'],
  ]) {
    const claims = classifyFixture(file, 'news', language);
    assert.deepEqual(
      claims.filter((c) => c.kind === 'opinion').map((c) => c.text),
      [],
      file,
    );
  }
});

/** [sentence, language, kind in a column, kind in a news report] */
const VOICE_CASES: [string, string, 'opinion' | 'report', 'opinion' | 'report'][] = [
  // First-person views are opinion wherever they stand.
  ['I would argue that the moratorium has already failed.', 'en', 'opinion', 'opinion'],
  ['My own view is that the deadline was never realistic.', 'en', 'opinion', 'opinion'],
  ['Я считаю, что мораторий уже провалился.', 'ru', 'opinion', 'opinion'],
  ['Meiner Ansicht nach ist das Moratorium längst gescheitert.', 'de', 'opinion', 'opinion'],
  ['À mon sens, ce moratoire a déjà échoué.', 'fr', 'opinion', 'opinion'],
  ['En mi opinión, la moratoria ya ha fracasado.', 'es', 'opinion', 'opinion'],
  ['Creo que el acuerdo llega demasiado tarde.', 'es', 'opinion', 'opinion'],
  ['Se cumplen diez años del pacto y no encuentro nada que celebrar.', 'es', 'opinion', 'opinion'],
  ['Lamento que el Senado haya esperado tanto.', 'es', 'opinion', 'opinion'],
  // "encuentro" as a noun: a meeting.
  ['El encuentro de ministros terminó sin acuerdo.', 'es', 'report', 'report'],
  ['في رأيي، هذا الاتفاق مجرد حبر على ورق.', 'ar', 'opinion', 'opinion'],
  // Advocacy addressed to an actor: the column's voice, not a news report's.
  ['Brussels should respond in kind by suspending the tariff cuts.', 'en', 'opinion', 'report'],
  ['Москве следует ответить на это зеркально.', 'ru', 'opinion', 'report'],
  ['Berlin sollte die Zollsenkungen aussetzen.', 'de', 'opinion', 'report'],
  ['Paris devrait répondre en suspendant les baisses de droits de douane.', 'fr', 'opinion', 'report'],
  ['Washington debería responder con la misma moneda.', 'es', 'opinion', 'report'],
  // Evaluative verdicts.
  ['The promised savings look grossly exaggerated.', 'en', 'opinion', 'report'],
  // Two verdicts at once are the writer's judgement even in a news report.
  ['The review clause is a fig leaf, not a safeguard.', 'en', 'opinion', 'opinion'],
  ['A ceasefire that nobody monitors is not a ceasefire at all.', 'en', 'opinion', 'report'],
  ['The summit communique was a hollow gesture.', 'en', 'opinion', 'report'],
  ['Этот договор — пустая формальность, а не гарантия.', 'ru', 'opinion', 'report'],
  ['Такое перемирие вовсе не перемирие.', 'ru', 'opinion', 'report'],
  ['Die Überprüfungsklausel ist reine Symbolpolitik.', 'de', 'opinion', 'report'],
  ['Der Gipfel war alles andere als ein Erfolg.', 'de', 'opinion', 'report'],
  ['La clause de révision n’est qu’un affichage.', 'fr', 'opinion', 'report'],
  ['Ce sommet était loin d’être un succès.', 'fr', 'opinion', 'report'],
  ['La cláusula de revisión no es más que papel mojado.', 'es', 'opinion', 'report'],
  // Imperatives to the reader or an actor, verdict verbs, a judging "look", the writer's "we".
  ['Read the annex before you cheer.', 'en', 'opinion', 'report'],
  ['Ratify it, then fund the inspectors.', 'en', 'opinion', 'report'],
  ['Its defenders overstate the gains.', 'en', 'opinion', 'report'],
  ['The fishing towns deserve better.', 'en', 'opinion', 'report'],
  ['Another delay would make the pledge look hollow.', 'en', 'opinion', 'report'],
  ['We are giving away our leverage.', 'en', 'opinion', 'report'],
  ['Lesen Sie den Anhang, bevor Sie jubeln.', 'de', 'opinion', 'report'],
  ['Soyons clairs : ce texte ne protège personne.', 'fr', 'opinion', 'report'],
  ['No nos engañemos: el texto no protege a nadie.', 'es', 'opinion', 'report'],
  ['Посмотрим правде в глаза: текст никого не защищает.', 'ru', 'opinion', 'report'],
  ['Vote counting continued into the night.', 'en', 'report', 'report'],
  ['El acuerdo entra en vigor este miércoles.', 'es', 'report', 'report'],
  ['The currency looks set to weaken further.', 'en', 'report', 'report'],
  // Sweeping generalisation.
  ['Nobody seriously believes the quotas will be enforced.', 'en', 'opinion', 'report'],
  ['Tout le monde sait que ces quotas ne seront jamais respectés.', 'fr', 'opinion', 'report'],
  // Reported speech: the source's view, never the writer's.
  ['The minister said Brussels should respond in kind.', 'en', 'report', 'report'],
  ['Министр заявил, что Москве следует ответить зеркально.', 'ru', 'report', 'report'],
  ['Der Minister sagte, Berlin sollte die Zollsenkungen aussetzen.', 'de', 'report', 'report'],
  ['Le ministre a déclaré que Paris devrait répondre fermement.', 'fr', 'report', 'report'],
  ['El ministro dijo que Washington debería responder con firmeza.', 'es', 'report', 'report'],
  // The treaty's content and forecasts: "should" that advocates nothing.
  ['Under Article 12, each coastal state should report its catch every quarter.', 'en', 'report', 'report'],
  ['The vote should take place in June.', 'en', 'report', 'report'],
  ['Согласно статье 5, стороны должны проводить консультации.', 'ru', 'report', 'report'],
  ['Голосование должно состояться в июне.', 'ru', 'report', 'report'],
  ['Nach Artikel 12 sollten die Küstenstaaten ihre Fänge vierteljährlich melden.', 'de', 'report', 'report'],
  ['Die Abstimmung sollte im Juni stattfinden.', 'de', 'report', 'report'],
  ['Le vote devrait avoir lieu en juin.', 'fr', 'report', 'report'],
  ['Selon l’article 12, chaque État côtier devrait déclarer ses prises.', 'fr', 'report', 'report'],
  ['La votación debería celebrarse en junio.', 'es', 'report', 'report'],
  ['Según el artículo 12, cada Estado ribereño deberá informar de sus capturas.', 'es', 'report', 'report'],
];

test('the writer’s voice per language: views, advocacy and verdicts against reported speech, treaty content and forecasts', () => {
  for (const [text, language, inColumn, inNews] of VOICE_CASES) {
    const column = kindOf(text, 'opinion', language);
    assert.equal(column.kind, inColumn, `column ${language}: ${text} ${JSON.stringify(column.features)}`);
    const news = kindOf(text, 'news', language);
    assert.equal(news.kind, inNews, `news ${language}: ${text} ${JSON.stringify(news.features)}`);
  }
});

test('a source named in apposition before the verb is credited', () => {
  const fr = kindOf("Le ministre de l'Eau, Ivo Dragan, a déclaré que les États d'amont devraient consulter leurs voisins.", 'opinion', 'fr');
  assert.deepEqual([fr.kind, fr.speaker], ['report', 'Ivo Dragan']);
  const en = kindOf('The water minister, Ivo Dragan, said upstream states should consult their neighbours.', 'opinion', 'en');
  assert.deepEqual([en.kind, en.speaker], ['report', 'Ivo Dragan']);
});

test('in a column, a short denial of what came before is the writer’s rebuttal, in each language', () => {
  for (const [text, language] of [
    ['They do not.', 'en'],
    ['They are mistaken.', 'en'],
    ['Das stimmt nicht.', 'de'],
    ['Ils ont tort.', 'fr'],
    ['No es así.', 'es'],
    ['Это не так.', 'ru'],
  ]) {
    assert.equal(kindOf(text, 'opinion', language).kind, 'opinion', text);
    assert.equal(kindOf(text, 'news', language).kind, 'report', text);
  }
  // A longer sentence with a negation is the treaty's content, not a rebuttal.
  assert.equal(kindOf('It does not require either party to station troops on the other’s territory.', 'opinion').kind, 'report');
});

test('Spanish and Arabic sources are credited', () => {
  const es = kindOf('Según el ministro, el tratado entrará en vigor en julio.', 'news', 'es');
  assert.deepEqual([es.kind, es.speaker], ['report', 'el ministro']);
  const ar = kindOf('قال الوزير إن الاتفاق سيدخل حيز التنفيذ في يوليو.', 'news', 'ar');
  assert.equal(ar.kind, 'report');
  assert.ok(
    ar.features.some((f) => f.cue.startsWith('attribution:')),
    JSON.stringify(ar.features),
  );
});

test('in a column, a weakly evaluative sentence right after an opinion inherits the voice', () => {
  const previous = sentence('I think the accord was signed in haste.');
  const r = classifyKind(sentence('The monitoring chapter is merely a list of intentions.'), {
    docKind: 'opinion',
    language: 'en',
    previous,
    previousKind: 'opinion',
  });
  assert.equal(r.kind, 'opinion');
  assert.ok(r.features.some((f) => f.cue === 'context:after-opinion'));
  // Alone, a longer sentence with one weak cue stays a report (a short one is the column's assertion: classes.test.ts).
  const alone = classifyKind(sentence('The monitoring chapter is merely a list of intentions that both ministries drew up in a hurry.'), {
    docKind: 'opinion',
    language: 'en',
    previous: null,
    previousKind: 'report',
  });
  assert.equal(alone.kind, 'report');
  // Never in a news report, and never for a sentence without a cue of its own.
  assert.equal(
    classifyKind(sentence('The monitoring chapter is merely a list of intentions.'), { docKind: 'news', language: 'en', previous, previousKind: 'opinion' })
      .kind,
    'report',
  );
  assert.equal(
    classifyKind(sentence('The chapter has four articles.'), { docKind: 'opinion', language: 'en', previous, previousKind: 'opinion' }).kind,
    'report',
  );
});

test('en: advice to a group the writer names, and "ought to" whatever its subject, are the writer’s; the parties’ duties are not', () => {
  for (const text of ['Nordic governments should fund the inspectors themselves.', 'Countries that joined it ought to publish their stockpiles.'])
    assert.equal(kindOf(text, 'opinion').kind, 'opinion', text);
  for (const text of [
    'Both governments must notify the depositary within thirty days.',
    'Member States should designate a national contact point.',
    'Governments that ratify the convention must submit a report every four years.',
  ])
    assert.equal(kindOf(text, 'opinion').kind, 'report', text);
});

test('a publisher’s own appeal ("we call on", "wir fordern … auf", "nous appelons") is opinion even in a news release', () => {
  const cases: [string, string][] = [
    ['en', 'We call on the riparian states to ratify the protocol this year.'],
    ['de', 'Wir appellieren an die Anrainerstaaten, das Protokoll noch in diesem Jahr zu ratifizieren.'],
    ['fr', 'Nous appelons les États riverains à ratifier le protocole cette année.'],
    ['es', 'Instamos a los Estados ribereños a ratificar el protocolo este año.'],
    ['ru', 'Мы призываем прибрежные государства ратифицировать протокол в этом году.'],
    ['ar', 'ندعو الدول المتشاطئة إلى التصديق على البروتوكول هذا العام.'],
  ];
  for (const [language, text] of cases) assert.equal(kindOf(text, 'news', language).kind, 'opinion', text);
  // The same appeal credited to someone is their word, not the writer's.
  assert.notEqual(kindOf('“We call on the riparian states to ratify the protocol,” the minister said.', 'news').kind, 'opinion');
});

test('an editorial board’s "we believe", a damning name ("a disgrace", "eine Schande"), "is no X at all", in a column', () => {
  const cases: [string, string][] = [
    ['en', 'We believe the commission’s inspectors were the accord’s best safeguard.'],
    ['en', 'A ceasefire that either side may end by telephone is no ceasefire at all.'],
    ['en', 'The delay is a disgrace.'],
    ['de', 'Die Verzögerung ist eine Schande.'],
    ['fr', 'Ce retard est une honte.'],
    ['es', 'El retraso es, sencillamente, una vergüenza.'],
    ['ru', 'Эта задержка — позор для обеих столиц.'],
    ['ar', 'هذا التأخير عار على الحكومتين.'],
    ['es', 'Los dos gobiernos tienen que volver a la mesa antes del verano.'],
  ];
  for (const [language, text] of cases) assert.equal(kindOf(text, 'opinion', language).kind, 'opinion', text);
  // The parties' duty in the treaty's words, and a scandal reported as news, are not the writer's verdict.
  assert.equal(kindOf('Las partes tienen que notificar cualquier vertido en un plazo de 24 horas.', 'opinion', 'es').kind, 'report');
  assert.equal(kindOf('The minister resigned after a scandal over the tender in 2023.', 'news').kind, 'report');
});
