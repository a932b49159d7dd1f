// Opinion classes that unseen columns use and that the first lexicons missed, in each language, against the
// reporting sentences that look like them. Wording of our own (Escazú, Kigali, the Nile declaration of principles).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type Segment, segment } from '../segment/index.ts';
import { classifyKind } from './index.ts';
import { sentence } from './testing.ts';
import { documentVoice } from './voice.ts';

const kindOf = (text: string, docKind: string, language: string, previousKind: string | null = null) =>
  classifyKind(sentence(text), { docKind, language, previous: previousKind ? sentence('…') : null, previousKind });

type Kind = 'opinion' | 'report';
/** [sentence, language, kind in a column, kind in a news report] */
type Case = [string, string, Kind, Kind];

/** Every case whose kind differs from the expected one, with the cues that decided it. */
function misses(cases: Case[], previousKind: string | null = null): string[] {
  const out: string[] = [];
  for (const [text, language, inColumn, inNews] of cases) {
    const column = kindOf(text, 'opinion', language, previousKind);
    if (column.kind !== inColumn) out.push(`column ${language}: ${text} → ${column.kind} ${JSON.stringify(column.features.map((f) => f.cue))}`);
    const news = kindOf(text, 'news', language, previousKind);
    if (news.kind !== inNews) out.push(`news ${language}: ${text} → ${news.kind} ${JSON.stringify(news.features.map((f) => f.cue))}`);
  }
  return out;
}

test('first-person belief, perception, wish, request and refusal, with or without the pronoun', () => {
  assert.deepEqual(
    misses([
      ['Me parece un error ratificarlo sin debate.', 'es', 'opinion', 'opinion'],
      ['Creo firmemente que el texto es equilibrado.', 'es', 'opinion', 'opinion'],
      ['Quiero que el Senado lo apruebe este año.', 'es', 'opinion', 'opinion'],
      ['Pido a los diputados que lean el anexo.', 'es', 'opinion', 'opinion'],
      ['Exijo una explicación al Gobierno.', 'es', 'opinion', 'opinion'],
      ['No acepto ese argumento.', 'es', 'opinion', 'opinion'],
      ['Rechazo que se trate a los defensores como enemigos.', 'es', 'opinion', 'opinion'],
      ['Yo no firmaría este acuerdo.', 'es', 'opinion', 'report'],
      ['أؤمن بأن الحوار هو الطريق الوحيد.', 'ar', 'opinion', 'opinion'],
      ['أرى أن البرلمان تسرع في التصديق.', 'ar', 'opinion', 'opinion'],
      ['أدعو النواب إلى رفض الاتفاق.', 'ar', 'opinion', 'opinion'],
      ['أطالب بنشر نص الاتفاق كاملا.', 'ar', 'opinion', 'opinion'],
      ['لا أقبل هذا المنطق.', 'ar', 'opinion', 'opinion'],
      ['أنا من جيل لم يعرف إلا المفاوضات.', 'ar', 'opinion', 'report'],
      ['I ask the senators to read the annex.', 'en', 'opinion', 'opinion'],
      ['I urge Congress to vote yes.', 'en', 'opinion', 'opinion'],
      ['I do not accept that argument.', 'en', 'opinion', 'opinion'],
      ['Je demande aux sénateurs de voter ce texte.', 'fr', 'opinion', 'opinion'],
      ["J'appelle les députés à rejeter l'accord.", 'fr', 'opinion', 'opinion'],
      ['Je refuse cette logique.', 'fr', 'opinion', 'opinion'],
      ['Ich fordere den Bundestag auf, das Abkommen zu ratifizieren.', 'de', 'opinion', 'opinion'],
      ['Ich bitte die Abgeordneten, den Anhang zu lesen.', 'de', 'opinion', 'opinion'],
      ['Я прошу сенаторов поддержать договор.', 'ru', 'opinion', 'opinion'],
      ['Прошу сенаторов поддержать договор.', 'ru', 'opinion', 'opinion'],
      ['Считаю, что договор заключён в спешке.', 'ru', 'opinion', 'opinion'],
      ['Призываю депутатов отклонить соглашение.', 'ru', 'opinion', 'opinion'],
      // Someone else's request or belief, told by the writer: a report.
      ['El rechazo del Senado sorprendió al Gobierno.', 'es', 'report', 'report'],
      ['La ministra pidió a los diputados que lean el anexo.', 'es', 'report', 'report'],
      ['Pidió a los diputados que lean el anexo con calma.', 'es', 'report', 'report'],
      ['دعا الوزير النواب إلى رفض الاتفاق.', 'ar', 'report', 'report'],
      ['ورأى الوزير أن البرلمان تسرع في التصديق.', 'ar', 'report', 'report'],
      ['وأضاف: أدعو النواب إلى رفض الاتفاق.', 'ar', 'report', 'report'],
      ['The minister urged Congress to vote yes.', 'en', 'report', 'report'],
      ['Le ministre a demandé aux sénateurs de voter ce texte.', 'fr', 'report', 'report'],
      ['Министр попросил сенаторов поддержать договор.', 'ru', 'report', 'report'],
    ]),
    [],
  );
});

test('"X is not Y; it is Z" and verdicts of worth, substitute and excuse', () => {
  assert.deepEqual(
    misses([
      ['The deal is not a shield, it is a leash.', 'en', 'opinion', 'report'],
      ['The review clause is no substitute for enforcement.', 'en', 'opinion', 'report'],
      ['A treaty without inspectors is not worth much.', 'en', 'opinion', 'report'],
      ['The consultation clause is an excuse for doing nothing.', 'en', 'opinion', 'report'],
      ['No es un impuesto, es un calendario.', 'es', 'opinion', 'report'],
      ['El acuerdo no es un escudo sino una correa.', 'es', 'opinion', 'report'],
      ['Sin inspectores, el tratado no vale gran cosa.', 'es', 'opinion', 'report'],
      ['La cláusula es una excusa para no hacer nada.', 'es', 'opinion', 'report'],
      ["Ce n'est pas une taxe, c'est un calendrier.", 'fr', 'opinion', 'report'],
      ['Cet accord ne vaut pas grand-chose.', 'fr', 'opinion', 'report'],
      ['Le dialogue ne remplace pas les inspections.', 'fr', 'opinion', 'report'],
      ['Das ist keine Steuer, es ist ein Zeitplan.', 'de', 'opinion', 'report'],
      ['Ohne Inspektoren ist der Vertrag wenig wert.', 'de', 'opinion', 'report'],
      ['Der Dialog ist kein Ersatz für Kontrollen.', 'de', 'opinion', 'report'],
      ['Это не налог, это график.', 'ru', 'opinion', 'report'],
      ['Без инспекторов такой договор немногого стоит.', 'ru', 'opinion', 'report'],
      ['Диалог не заменит проверок.', 'ru', 'opinion', 'report'],
      ['الإعلان ليس درعا بل قيد.', 'ar', 'opinion', 'report'],
      ['هذا الاتفاق لا يساوي شيئا.', 'ar', 'opinion', 'report'],
      ['الحوار لا يغني عن الرقابة.', 'ar', 'opinion', 'report'],
      // The same words credited to a source.
      ['Critics argue the amendment is not worth much without enforcement.', 'en', 'report', 'report'],
      ['Supporters replied that the amendment is not a tax, it is a timetable.', 'en', 'report', 'report'],
      ['El portavoz dijo que no es un impuesto, es un calendario.', 'es', 'report', 'report'],
      ['ويرى محللون أن الإعلان ليس اتفاقا ملزما، بل هو تعهد سياسي.', 'ar', 'report', 'report'],
    ]),
    [],
  );
});

test('third-person exhortations: let the Senate say, que el Senado diga, пусть, möge, فليقل', () => {
  assert.deepEqual(
    misses([
      ['Let the Senate say yes.', 'en', 'opinion', 'report'],
      ['Let Congress decide in the open.', 'en', 'opinion', 'report'],
      ['Que el Senado diga sí.', 'es', 'opinion', 'report'],
      ['¡Que lo digan claramente!', 'es', 'opinion', 'report'],
      ['Ojalá el Senado lo entienda a tiempo.', 'es', 'opinion', 'report'],
      ['Que le Sénat dise oui.', 'fr', 'opinion', 'report'],
      ["Qu'il le dise clairement.", 'fr', 'opinion', 'report'],
      ['Möge der Bundestag den Mut finden.', 'de', 'opinion', 'report'],
      ['Пусть Сенат скажет да.', 'ru', 'opinion', 'report'],
      ['Пусть скажут об этом прямо.', 'ru', 'opinion', 'report'],
      ['فليقل البرلمان كلمته.', 'ar', 'opinion', 'report'],
      ['ليكن واضحا أن الصمت ليس حيادا.', 'ar', 'opinion', 'report'],
      // Look-alikes that exhort nobody.
      ['Letters were sent to both capitals on Monday.', 'en', 'report', 'report'],
      ['Mögliche Sanktionen wurden am Montag nicht erörtert.', 'de', 'report', 'report'],
      ['Пустые танкеры вышли из порта 3 мая.', 'ru', 'report', 'report'],
      ['فلسطين ليست طرفا في الاتفاق منذ عام 2015.', 'ar', 'report', 'report'],
    ]),
    [],
  );
});

test('sweeping generalisations with a verdict of worth or duration', () => {
  assert.deepEqual(
    misses([
      ['Agreements signed in haste rarely last.', 'en', 'opinion', 'report'],
      ["Treaties that depend on one man's mood are not worth much.", 'en', 'opinion', 'report'],
      ['Los tratados que dependen del humor de un presidente no valen nada.', 'es', 'opinion', 'report'],
      ['Los acuerdos firmados con prisa rara vez perduran.', 'es', 'opinion', 'report'],
      ['Les accords signés à la hâte durent rarement.', 'fr', 'opinion', 'report'],
      ['Hastig unterzeichnete Abkommen halten selten lange.', 'de', 'opinion', 'report'],
      ['Договоры, подписанные в спешке, редко живут долго.', 'ru', 'opinion', 'report'],
      ['الاتفاقات التي توقع على عجل نادرا ما تصمد.', 'ar', 'opinion', 'report'],
      ['The Senate rarely rejects treaties, officials said.', 'en', 'report', 'report'],
    ]),
    [],
  );
});

test('aphorisms: two short clauses set against each other', () => {
  assert.deepEqual(
    misses([
      ['A treaty can survive a bad summer of talks; it cannot survive a government that has stopped believing in it.', 'en', 'opinion', 'report'],
      ['Un derecho en el papel se puede defender; una queja no se puede beber.', 'es', 'opinion', 'report'],
      ['Un droit sur le papier se défend ; une rancœur ne se boit pas.', 'fr', 'opinion', 'report'],
      ['Ein Recht auf dem Papier lässt sich verteidigen; einen Groll kann man nicht trinken.', 'de', 'opinion', 'report'],
      ['Право на бумаге можно защитить; обиду не выпьешь.', 'ru', 'opinion', 'report'],
      ['الحق المكتوب يمكن الدفاع عنه؛ أما العطش فلا يشرب.', 'ar', 'opinion', 'report'],
    ]),
    [],
  );
});

test('framing, "a promise, not a guarantee", vocatives, exclamations, first-person verbs, plain praise and blame', () => {
  assert.deepEqual(
    misses([
      ['Un tratado sin controles es una promesa, no una garantía.', 'es', 'opinion', 'report'],
      ['Ce texte est une promesse, pas une garantie.', 'fr', 'opinion', 'report'],
      ['Es ist ein Versprechen, keine Garantie.', 'de', 'opinion', 'report'],
      ['هذه ليست شراكة، إنها وصاية.', 'ar', 'opinion', 'report'],
      ['La verdad es que el acuerdo llega tarde y mal.', 'es', 'opinion', 'report'],
      ['Here is the uncomfortable truth: the treaty has no teeth.', 'en', 'opinion', 'report'],
      ['The problem is that nobody in the capital has read the annex closely.', 'en', 'opinion', 'report'],
      ['Le problème, c’est que personne ne lit les annexes de ces textes.', 'fr', 'opinion', 'report'],
      ['Die Wahrheit ist, dass niemand den Anhang gelesen hat.', 'de', 'opinion', 'report'],
      ['Проблема в том, что приложение к договору никто не читал.', 'ru', 'opinion', 'report'],
      ['والحقيقة أن الاتفاق لم يغير شيئا على الأرض.', 'ar', 'opinion', 'report'],
      ['Скажу прямо: договор ошибочен.', 'ru', 'opinion', 'report'],
      ['Señores senadores: lean el texto antes de votar.', 'es', 'opinion', 'report'],
      ['Estoy harto de tratados que se celebran con champán y se olvidan al día siguiente.', 'es', 'opinion', 'report'],
      ['لست متفائلا بهذا الاتفاق.', 'ar', 'opinion', 'report'],
      ['أقولها بصراحة: هذا الاتفاق خطأ.', 'ar', 'opinion', 'opinion'],
      ['أدعوكم إلى قراءة النص قبل التصفيق.', 'ar', 'opinion', 'opinion'],
      ['على الحكومة أن تتحمل مسؤوليتها كاملة.', 'ar', 'opinion', 'report'],
      ['What a waste of a rare moment of consensus!', 'en', 'opinion', 'report'],
      ['El acuerdo es bueno para las empresas y malo para los ríos.', 'es', 'opinion', 'report'],
      ['Ce traité ne protège ni les pêcheurs ni les côtes.', 'fr', 'opinion', 'report'],
      ['لن يحمي هذا الاتفاق نهرا ولا مزارعا.', 'ar', 'opinion', 'report'],
      ['Diesen Vertrag braucht niemand.', 'de', 'opinion', 'report'],
      ['Такой договор никому не нужен.', 'ru', 'opinion', 'report'],
      // Reports with the same words, a duty of the parties, a forecast.
      ['La oposición calificó el acuerdo de "rendición" y pidió un referéndum.', 'es', 'report', 'report'],
      ['El ministro insistió en que no hay alternativa.', 'es', 'report', 'report'],
      ['ويتعين على الطرفين تبادل المعلومات كل ستة أشهر.', 'ar', 'report', 'report'],
      ['وينبغي على الطرفين أن يتبادلا المعلومات.', 'ar', 'report', 'report'],
      ['وانتقدت المعارضة الاتفاق ووصفته بأنه تنازل عن السيادة.', 'ar', 'report', 'report'],
      ['وأعرب الوزير عن أمله في أن يدخل الاتفاق حيز التنفيذ قبل نهاية العام.', 'ar', 'report', 'report'],
      ['The opposition called the agreement a surrender and demanded a referendum.', 'en', 'report', 'report'],
      ['He said the deal was not worth the paper it was written on.', 'en', 'report', 'report'],
      ["L'opposition a qualifié l'accord de capitulation.", 'fr', 'report', 'report'],
      ['Die Opposition bezeichnete das Abkommen als Kapitulation.', 'de', 'report', 'report'],
      ['Оппозиция назвала соглашение капитуляцией.', 'ru', 'report', 'report'],
      ['El texto fija una comisión mixta que se reunirá cada año.', 'es', 'report', 'report'],
      ['Die Vertragsparteien müssen einander Hilfe leisten.', 'de', 'report', 'report'],
      // A body's remaining step of ratification is procedure, not advice.
      ['Der Bundesrat muss noch zustimmen.', 'de', 'report', 'report'],
      ['Der Präsident muss das Gesetz nach der Zustimmung des Rates an die Regierung zur Verkündung weiterleiten.', 'de', 'report', 'report'],
      ['Berlin muss im Rat auf einem verbindlichen Kontrollmechanismus bestehen.', 'de', 'opinion', 'report'],
      ['Conviene mirar los números con calma.', 'es', 'opinion', 'report'],
    ]),
    [],
  );
});

test('"only on paper": a weak verdict that carries a column sentence after an opinion', () => {
  const onPaper: Case[] = [
    ['The joint projects announced at each summit have remained on paper ever since.', 'en', 'opinion', 'report'],
    ['Совместные проекты остались на бумаге.', 'ru', 'opinion', 'report'],
    ['Les projets communs sont restés sur le papier depuis des années.', 'fr', 'opinion', 'report'],
    ['Die gemeinsamen Projekte stehen bis heute nur auf dem Papier.', 'de', 'opinion', 'report'],
    ['Los proyectos comunes se quedaron en papel durante años.', 'es', 'opinion', 'report'],
    ['وظلت المشاريع المشتركة على الورق منذ سنوات.', 'ar', 'opinion', 'report'],
  ];
  assert.deepEqual(misses(onPaper, 'opinion'), []);
});

test('in a column, a short assertion with no date, number, name or source leans opinion; in a report it does not', () => {
  const short: Case[] = [
    ['They can compete.', 'en', 'opinion', 'report'],
    ['It is not enough to vote blind.', 'en', 'opinion', 'report'],
    ['No es suficiente con votar a ciegas.', 'es', 'opinion', 'report'],
    ['Ils peuvent rivaliser.', 'fr', 'opinion', 'report'],
    ['Sie können mithalten.', 'de', 'opinion', 'report'],
    ['Они вполне могут конкурировать.', 'ru', 'opinion', 'report'],
    ['الوقت ينفد.', 'ar', 'opinion', 'report'],
    // A date, a number, a named actor or a source makes it a fact of the column.
    ['The vote is set for June.', 'en', 'report', 'report'],
    ['Fifteen countries have ratified it.', 'en', 'report', 'report'],
    ['The treaty has 26 articles.', 'en', 'report', 'report'],
    ['Senator Lee disagrees.', 'en', 'report', 'report'],
    ['He said so twice, officials recalled.', 'en', 'report', 'report'],
    ['Quince países lo han ratificado.', 'es', 'report', 'report'],
    ['La votación está prevista para junio.', 'es', 'report', 'report'],
    ['Das Abkommen hat zwölf Artikel.', 'de', 'report', 'report'],
    ['Le vote aura lieu en juin.', 'fr', 'report', 'report'],
    ['Договор состоит из 12 статей.', 'ru', 'report', 'report'],
    ['ويتضمن الإعلان عشرة مبادئ.', 'ar', 'report', 'report'],
  ];
  assert.deepEqual(misses(short), []);
  assert.deepEqual(misses(short, 'opinion'), []);
  // A longer plain sentence of a column stays a report.
  assert.equal(
    kindOf('The amendment took effect after twenty parties had ratified it and the depositary had notified the others.', 'opinion', 'en').kind,
    'report',
  );
});

test('in a report, a first-person sentence right after a credited one continues that speaker’s words', () => {
  for (const [said, next, language] of [
    ['وقال الوزير في كلمته أمام البرلمان إن الاتفاق تاريخي.', 'أطالب المجتمع الدولي بدعم هذا المسار.', 'ar'],
    ['La ministra habló ante el Senado durante una hora, según fuentes parlamentarias.', 'Pido a los senadores que voten sí.', 'es'],
    ['The minister told the committee the deal was balanced.', 'I ask the senators to read the annex.', 'en'],
  ]) {
    const r = classifyKind(sentence(next), { docKind: 'news', language, previous: sentence(said) });
    assert.equal(r.kind, 'quote', `${next} ${JSON.stringify(r.features)}`);
    assert.ok(r.speaker, next);
    // Without a speaker before it, the first person is the writer's stance.
    assert.equal(classifyKind(sentence(next), { docKind: 'news', language, previous: null }).kind, 'opinion', next);
  }
  // Speech opened by a colon without quotation marks continues even where the document is read as a column.
  const opened = sentence('وقال رئيس لجنة الطاقة في المجلس: أدعو الحكومة إلى الإسراع في التنفيذ.');
  assert.equal(classifyKind(sentence('أطالب بنشر تفاصيل الكلفة كاملة.'), { docKind: 'opinion', language: 'ar', previous: opened }).kind, 'quote');
  // A column's own "I" after a credited sentence stays the writer's.
  const credited = sentence('The minister told the committee the deal was balanced.');
  assert.equal(classifyKind(sentence('I ask the senators to read the annex.'), { docKind: 'opinion', language: 'en', previous: credited }).kind, 'opinion');
});

// ---- Whole pieces ----

const FIXTURES = join(import.meta.dirname, 'fixtures');

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

function fixtureMisses(file: string, language: string, opinion: string[], notOpinion: string[]): string[] {
  const claims = classifyFixture(file, 'opinion', language);
  const find = (snippet: string) => claims.find((c) => c.text.includes(snippet));
  const out: string[] = [];
  for (const s of [...opinion, ...notOpinion]) {
    const c = find(s);
    if (!c) out.push(`not found: ${s}`);
    else if ((c.kind === 'opinion') !== opinion.includes(s)) out.push(`${s} → ${c.kind} ${JSON.stringify(c.features.map((f) => f.cue))}`);
  }
  return out;
}

test('the voice of a quiet column: short assertions are counted apart from voiced sentences, a report has neither', () => {
  const column = documentVoice(readFileSync(join(FIXTURES, 'column-ar-afcfta.txt'), 'utf8'), 'ar');
  assert.ok(column.assertions.length >= 3, JSON.stringify(column.assertions.map((a) => a.text)));
  const wire = documentVoice(readFileSync(join(FIXTURES, 'wire-ar-nile.txt'), 'utf8'), 'ar');
  assert.deepEqual(
    [...wire.voiced, ...wire.assertions].map((a) => a.text),
    [],
  );
});

test('a Spanish column: first-person requests, contrasts, exhortations, short assertions and an aphorism', () => {
  assert.deepEqual(
    fixtureMisses(
      'column-es-senate.txt',
      'es',
      [
        'Me parece que los senadores',
        'No es una cesión de soberanía; es un compromiso',
        'Los tratados que se firman para la foto no valen nada.',
        'Este no lo es.',
        'Quiero que mis hijos',
        'Pido a los senadores',
        'Exijo, como ciudadana',
        'No acepto que se presente',
        'Que el Senado diga sí',
        'No es suficiente con votar a ciegas.',
        'Un derecho en el papel se puede defender',
      ],
      [
        'El Acuerdo de Escazú se adoptó',
        'Obliga a los Estados',
        'Quince países lo han ratificado.',
        'La votación en el Senado está prevista',
        'Dicen que el acuerdo cede soberanía.',
        'El ministro de Medio Ambiente dijo',
        'Según la oposición',
      ],
    ),
    [],
  );
});

test('an Arabic column: first-person stance and requests, contrasts, exhortations, a generalisation and an aphorism', () => {
  assert.deepEqual(
    fixtureMisses(
      'column-ar-nile.txt',
      'ar',
      [
        'أعتقد أن هذا الإعلان',
        'أنا أؤمن بأن الماء',
        'أرى أن المفاوض',
        'الإعلان ليس اتفاقا ملزما',
        'نادرا ما تصمد',
        'أدعو البرلمان',
        'أطالب الحكومة',
        'لا أقبل أن',
        'شعرت بالمرارة',
        'فليقل البرلمان',
        'ليكن واضحا',
        'الحق المكتوب على الورق',
        'الوقت ينفد',
      ],
      ['وقع قادة مصر والسودان', 'ويتضمن الإعلان عشرة مبادئ', 'وقال وزير الخارجية', 'وأضاف أن على إثيوبيا'],
    ),
    [],
  );
});

test('an English column: the same classes; its dated facts, names and credited views stay reports', () => {
  assert.deepEqual(
    fixtureMisses(
      'column-en-senate.txt',
      'en',
      [
        'It is not a tax; it is a timetable.',
        'I ask the senators',
        'They can compete.',
        'Let the Senate say yes',
        'are not worth much.',
        'rarely last',
        'A right on paper can be defended',
        'It is not enough to vote blind.',
      ],
      [
        'In October 2016, negotiators',
        'The amendment took effect',
        'Opponents call it a tax',
        'American firms hold most',
        'A Republican senator said',
        'Nora Whitcombe writes about',
      ],
    ),
    [],
  );
});

test('Spanish and Arabic editorials without a first person: verdicts, exhortations, short assertions, an aphorism', () => {
  assert.deepEqual(
    fixtureMisses(
      'editorial-es-canal.txt',
      'es',
      [
        'Los aplausos no bastan.',
        'no es un tratado de neutralidad',
        'rara vez sobreviven',
        'no vale gran cosa',
        'Que el Congreso',
        'Que nadie lo vote',
        'la soberanía no se alquila',
      ],
      ['se firmó la semana pasada', 'El texto fija una comisión mixta'],
    ),
    [],
  );
  assert.deepEqual(
    fixtureMisses(
      'editorial-ar-strait.txt',
      'ar',
      ['التصفيق لا يكفي', 'ليس معاهدة حياد', 'نادرا ما تصمد', 'لا تساوي شيئا', 'فليقل البرلمان', 'ليكن واضحا', 'أما السيادة فلا تؤجر'],
      ['وقعت الحكومة', 'وينص البروتوكول'],
    ),
    [],
  );
});

test('Spanish, Arabic and English wires with reported views and "should" paraphrase have no opinion claim', () => {
  for (const [file, language] of [
    ['wire-es-senate.txt', 'es'],
    ['wire-ar-nile.txt', 'ar'],
    ['wire-en-senate.txt', 'en'],
  ]) {
    const claims = classifyFixture(file, 'news', language);
    assert.deepEqual(
      claims.filter((c) => c.kind === 'opinion').map((c) => `${c.text} ${JSON.stringify(c.features.map((f) => f.cue))}`),
      [],
      file,
    );
  }
});
