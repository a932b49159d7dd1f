// The lifecycle of both eval cases from their real sentences, with the claims the reading stage gives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLifecycle } from './index.ts';
import { makeDoc, makeRecord } from './testing.ts';

function seeds() {
  const d0 = makeDoc('d0', { published: '2024-11-06' }, [
    { text: 'MOSCOW, November 6. /TASS/.', dates: [['November 6', '2024-11-06']] },
    {
      text: 'Russia’s Federation Council, or upper house of parliament, has unanimously approved a bill on the ratification of the treaty on comprehensive strategic partnership between Russia and North Korea.',
      parties: [
        ['Russia', 'RU'],
        ['North Korea', 'KP'],
      ],
      bodies: [['Federation Council', 'Federation Council', 'upper-house', 'RU']],
    },
    {
      text: 'The treaty was signed on June 19, 2024 during Russian President Vladimir Putin’s visit to Pyongyang.',
      dates: [['June 19, 2024', '2024-06-19']],
      parties: [
        ['Russian', 'RU'],
        ['Pyongyang', 'KP'],
      ],
      bodies: [['President', 'President', 'head-of-state', 'RU']],
    },
    {
      text: 'Article 4 of the treaty states that in the event of an imminent threat of an act of armed aggression against one of the sides, the sides shall, at the request of one of the sides, immediately activate bilateral channels for consultations.',
      articles: [4],
    },
    { text: 'The open-ended treaty will come into force after the sides exchange ratification documents.' },
    {
      text: 'This treaty will supersede the treaty on friendship, good neighborly relations and cooperation between Russia and North Korea of February 9, 2000.',
      dates: [['February 9, 2000', '2000-02-09']],
      parties: [
        ['Russia', 'RU'],
        ['North Korea', 'KP'],
      ],
    },
  ]);
  const d1 = makeDoc('d1', { published: '2024-06-23' }, [
    {
      text: 'N. Korea & Russia Sign Treaty for Strategic Stability and Cooperation',
      unit: 'heading',
      parties: [
        ['N. Korea', 'KP'],
        ['Russia', 'RU'],
      ],
    },
    {
      text: 'Kim Jong Un, President of the Democratic People\'s Republic of Korea (DPRK), and Vladimir Putin, President of the Russian Federation, signed the "Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation" on June 19.',
      dates: [['June 19', '2024-06-19']],
      parties: [
        ['DPRK', 'KP'],
        ['Russian Federation', 'RU'],
      ],
    },
    {
      text: 'Economic cooperation is another key area, with both nations committed to increasing mutual trade, improving economic cooperation conditions, and supporting investments as per the DPRK-Russia intergovernmental agreement on investment promotion and protection adopted on November 28, 1996.',
      dates: [['November 28, 1996', '1996-11-28']],
    },
    'This treaty is effective indefinitely, marking a new era of comprehensive cooperation between the DPRK and Russia.',
  ]);
  const d2 = makeDoc('d2', { published: null }, [
    {
      text: 'Russia is preparing to ratify the strategic partnership agreement with the DPRK',
      unit: 'heading',
      parties: [
        ['Russia', 'RU'],
        ['DPRK', 'KP'],
      ],
    },
    {
      text: 'Russian President Vladimir Putin introduces a bill to ratify the Comprehensive Strategic Partnership Agreement with the DPRK.',
      parties: [
        ['Russian', 'RU'],
        ['DPRK', 'KP'],
      ],
      bodies: [['President', 'President', 'head-of-state', 'RU']],
    },
    {
      text: "Draft law No. 740196-8 was posted on the official website of the Russian Federation's State Duma.",
      parties: [['Russian Federation', 'RU']],
      bodies: [['State Duma', 'State Duma', 'lower-house', 'RU']],
    },
    {
      text: "The document provides for the ratification of the Comprehensive Strategic Partnership Agreement between the Russian Federation and the Democratic People's Republic of Korea, signed in Pyongyang on June 19, 2024.",
      dates: [['June 19, 2024', '2024-06-19']],
      parties: [['Russian Federation', 'RU']],
    },
    {
      text: 'Thus, the fourth article of the treaty states that in the event that one of the parties is subjected to an armed attack, the other party will immediately provide military and other assistance.',
      articles: [4],
    },
    {
      text: 'In addition, the amendment added a third article, which states that in the event of an imminent threat of an act of armed aggression against one of the parties, the parties shall immediately use bilateral channels for consultations.',
      articles: [3],
    },
    "Despite officially signing a cooperation agreement between the two countries, the DPRK's assistance was noticed long before the Russian president visited Pyongyang.",
  ]);
  const d3 = makeDoc('d3', { kind: 'factbox', published: '2024-06-20' }, [
    {
      text: 'SEOUL (Reuters) – North Korea’s state media on Thursday unveiled the full text of a mutual defence pact signed a day ago by its leader Kim Jong Un and Russian President Vladimir Putin.',
      dates: [['Thursday', '2024-06-20', true]],
      parties: [
        ['North Korea', 'KP'],
        ['Russian', 'RU'],
      ],
    },
    'Formally named “Treaty on the Comprehensive Strategic Partnership”, the pact takes effect upon ratification unless either side suspends it.',
  ]);
  const d4 = makeDoc('d4', { kind: 'opinion', published: null }, [
    {
      text: 'The Treaty was signed by Russian President Vladimir Putin and DPRK Chairman of State Affairs Kim Jong Un on June 19, 2024, in Pyongyang, during the Russian President’s June 18-19 visit to North Korea.',
      dates: [
        ['June 19, 2024', '2024-06-19'],
        ['June 18-19', '2024-06-18'],
      ],
    },
    {
      text: 'As Putin pointed out during a reception hosted by Kim, an international treaty was signed on March 17, 1949, in Moscow by the founder of the Democratic People’s Republic of Korea, Kim Il Sung.',
      dates: [['March 17, 1949', '1949-03-17']],
    },
    { text: 'Articles Three and Four formulate the terms of agreement of mutual defense.', articles: [3, 4] },
    {
      text: 'Article Three asserts that “in the event of an immediate threat of an act of armed aggression against one of the Parties, the Parties shall immediately use bilateral channels for consultations.”',
      articles: [3],
    },
    'In addition to the Treaty on Comprehensive Strategic Partnership, the two nations also signed separate intergovernmental agreements of cooperation with respect to scientific research.',
  ]);
  const parts = [d0, d1, d2, d3, d4];
  const docs = parts.map((p) => p.doc);
  const claims = parts.flatMap((p) => p.claims);
  const record = makeRecord(docs, { parties: ['KP', 'RU'], signed: { date: '2024-06-19', place: 'Pyongyang' } }, { otherInstrumentClaims: [d0.claims[5].id] });
  return { docs, claims, record };
}

test('seeds: signed, submitted (State Duma, bill ref), approved by the Federation Council — and nothing else', () => {
  const { docs, claims, record } = seeds();
  const r = buildLifecycle(docs, claims, record);
  assert.deepEqual(
    r.lifecycle.map((e) => [e.step, e.date, e.party, e.body, e.ref]),
    [
      ['signed', '2024-06-19', null, null, null],
      ['submitted-for-ratification', null, 'RU', 'State Duma', '740196-8'],
      ['approved-by-legislature', '2024-11-06', 'RU', 'Federation Council', null],
    ],
  );
  const signed = r.lifecycle[0];
  assert.equal(signed.place, 'Pyongyang');
  assert.deepEqual(signed.docs.sort(), ['d0', 'd1', 'd2', 'd3', 'd4']);
  assert.deepEqual(r.lifecycle[1].docs, ['d2']);
});

test('seeds: "the amendment added a third article" is disputed, not an event', () => {
  const { docs, claims, record } = seeds();
  const r = buildLifecycle(docs, claims, record);
  assert.ok(!r.lifecycle.some((e) => e.step === 'amended'));
  assert.equal(r.disputed.length, 1);
  assert.equal(r.disputed[0].step, 'amended');
  assert.deepEqual(r.disputed[0].docs, ['d2']);
  assert.match(r.disputed[0].reason, /Article 3 is cited by 1 other independent source/);
  assert.deepEqual(r.disputed[0].against.docs, ['d4']);
});

test('seeds: entry into force is expected on the exchange of ratification documents; the treaty is open-ended', () => {
  const { docs, claims, record } = seeds();
  const r = buildLifecycle(docs, claims, record);
  const eif = r.expected.find((x) => x.step === 'entered-into-force');
  assert.equal(eif?.condition, 'after the sides exchange ratification documents');
  assert.ok(!r.lifecycle.some((e) => e.step === 'suspended'), '"unless either side suspends it" is no suspension');
  assert.equal(r.duration.kind, 'indefinite');
  assert.equal(r.duration.claims.length, 2);
});

function practice() {
  const d1 = makeDoc('p1', { kind: 'official', published: null }, [
    { text: 'Article 12', unit: 'heading', kind: 'heading', articles: [12] },
    { text: '1. This Treaty is subject to ratification.', inherited: [12] },
    { text: 'It shall enter into force on the thirtieth day after the date of the exchange of the instruments of ratification.', inherited: [12] },
    { text: '2. This Treaty shall remain in force for ten years.', inherited: [12] },
    {
      text: 'It shall be automatically extended for successive periods of five years unless either Party notifies the other in writing of its intention to terminate it at least six months before the expiry of the current period.',
      inherited: [12],
    },
    {
      text: '3. Upon its entry into force, this Treaty shall replace the Agreement on Fisheries and Port Cooperation between the Parties signed on 22 September 2009.',
      dates: [['22 September 2009', '2009-09-22']],
      inherited: [12],
    },
    {
      text: 'Done at Port Kestrel on 14 March 2031, in two originals, each in the Valdorian and Ostmarkian languages, both texts being equally authentic.',
      dates: [['14 March 2031', '2031-03-14']],
      parties: [['Port Kestrel', 'Valdoria']],
    },
  ]);
  const d2 = makeDoc('p2', { published: '2031-03-14' }, [
    {
      text: "PORT KESTREL, March 14 (Meridian Press) - Valdoria and Ostmark on Friday signed a treaty that commits each country to come to the other's aid if its territory or state ships in the Kestrel Strait are attacked.",
      dates: [
        ['March 14', '2031-03-14'],
        ['Friday', '2031-03-14', true],
      ],
      parties: [
        ['Valdoria', 'Valdoria'],
        ['Ostmark', 'Ostmark'],
      ],
    },
    "The document, which diplomats have nicknamed the Harbour Treaty, must be ratified by both countries' legislatures before it takes effect.",
  ]);
  const d3 = makeDoc('p3', { published: '2031-03-15' }, [
    {
      text: "Speaking to the Federal Diet's foreign affairs committee on his return, the Chancellor said the treaty consolidated three decades of friendship between the two maritime nations and would be submitted to the Diet for approval without delay.",
      bodies: [
        ['Federal Diet', 'Federal Diet', 'legislature', null],
        ['Chancellor', 'Federal Chancellor', 'head-of-government', null],
      ],
    },
    'The treaty has twelve articles. It will be valid for ten years and will be extended automatically for five-year periods.',
  ]);
  const d4 = makeDoc('p4', { language: 'ru', published: '2031-06-11' }, [
    {
      text: 'Парламент Остмарка одобрил договор о морском сотрудничестве с Валдорией',
      unit: 'heading',
      parties: [
        ['Остмарка', 'Остмарк'],
        ['Валдорией', 'Валдория'],
      ],
    },
    {
      text: 'ЛИНДЕНБУРГ, 11 июня 2031 года. Федеральный сейм Остмарка в среду одобрил Договор о морском сотрудничестве и взаимной безопасности с Республикой Валдория, подписанный 14 марта в Порт-Кестреле.',
      dates: [
        ['11 июня 2031 года', '2031-06-11'],
        ['в среду', '2031-06-11', true],
        ['14 марта', '2031-03-14'],
      ],
      parties: [
        ['Остмарка', 'Остмарк'],
        ['Валдория', 'Валдория'],
      ],
    },
    {
      text: 'Парламент Валдории одобрил договор ещё 20 мая, а президент Валдории Елена Марш подписала закон о его ратификации 27 мая.',
      dates: [
        ['20 мая', '2031-05-20'],
        ['27 мая', '2031-05-27'],
      ],
      parties: [
        ['Валдории', 'Валдория'],
        ['Валдории', 'Валдория'],
      ],
    },
    {
      text: 'Теперь документ должен подписать федеральный канцлер Остмарка, после чего стороны обменяются ратификационными грамотами.',
      parties: [['Остмарка', 'Остмарк']],
    },
    'Договор вступит в силу на тридцатый день после обмена ратификационными грамотами и будет действовать десять лет с автоматическим продлением на пятилетние периоды.',
  ]);
  const d5 = makeDoc('p5', { language: 'de', published: '2031-05-27' }, [
    {
      text: 'Valdoria ratifiziert Seesicherheitsvertrag mit Ostmark',
      unit: 'heading',
      parties: [
        ['Valdoria', 'Valdoria'],
        ['Ostmark', 'Ostmark'],
      ],
    },
    {
      text: 'Port Kestrel, 27. Mai 2031 – Die Präsidentin der Republik Valdoria, Elena Marsh, hat am Dienstag das Gesetz zur Ratifizierung des Vertrags über maritime Zusammenarbeit und gegenseitige Sicherheit mit der Föderalen Union Ostmark unterzeichnet.',
      dates: [
        ['27. Mai 2031', '2031-05-27'],
        ['am Dienstag', '2031-05-27', true],
      ],
      parties: [
        ['Valdoria', 'Valdoria'],
        ['Ostmark', 'Ostmark'],
      ],
    },
    {
      text: 'Die Versammlung der Republik hatte den Vertrag eine Woche zuvor, am 20. Mai, mit großer Mehrheit gebilligt.',
      dates: [
        ['eine Woche zuvor', '2031-05-20', true],
        ['20. Mai', '2031-05-20'],
      ],
    },
    { text: 'Die Regierung hatte den Gesetzentwurf Nr. 31/118 am 2. April in die Versammlung eingebracht.', dates: [['2. April', '2031-04-02']] },
    'Oppositionsabgeordnete kritisierten, dass der Vertrag nach Artikel 12 automatisch um jeweils fünf Jahre verlängert wird, sofern keine Seite ihn spätestens sechs Monate vor Ablauf schriftlich kündigt.',
    'Die Regierung entgegnete, die Laufzeit von zehn Jahren gebe beiden Ländern Planungssicherheit.',
    'Der Vertrag tritt am dreißigsten Tag nach dem Austausch der Ratifikationsurkunden in Kraft.',
    {
      text: 'In Ostmark steht die Abstimmung im Föderalen Landtag noch aus; sie wird für Juni erwartet.',
      dates: [['Juni', '2031-06']],
      parties: [['Ostmark', 'Ostmark']],
    },
  ]);
  const d6 = makeDoc('p6', { kind: 'opinion', published: '2031-06-20' }, [
    {
      text: 'When President Marsh signed the maritime pact with Ostmark in March, the mood in Port Kestrel was one of celebration.',
      dates: [['March', '2031-03']],
      parties: [['Ostmark', 'Ostmark']],
    },
    {
      text: 'Officials insist it has been provisionally applied since the day it was signed, as if the ratification votes were a mere formality.',
      kind: 'report',
    },
    { text: 'I believe the Assembly moved far too quickly.', kind: 'opinion' },
    { text: 'A ten-year commitment that renews itself automatically deserved more than two afternoons of debate.', kind: 'opinion' },
    { text: 'But the answer should be better coast guard cooperation, not an open-ended military guarantee.', kind: 'opinion' },
  ]);
  const d7 = makeDoc('p7', { published: '2031-07-31' }, [
    {
      text: 'Harbour Treaty enters into force as Valdoria and Ostmark open joint maritime centre',
      unit: 'heading',
      parties: [
        ['Valdoria', 'Valdoria'],
        ['Ostmark', 'Ostmark'],
      ],
    },
    {
      text: 'The Treaty on Maritime Cooperation and Mutual Security between Valdoria and Ostmark entered into force on Thursday, thirty days after the two governments exchanged their instruments of ratification in Lindenburg on 1 July.',
      dates: [
        ['Thursday', '2031-07-31', true],
        ['1 July', '2031-07-01'],
      ],
      parties: [
        ['Valdoria', 'Valdoria'],
        ['Ostmark', 'Ostmark'],
      ],
    },
    {
      text: "Ostmark's Federal Chancellor Johann Brecht had signed his country's instrument of ratification on 18 June, a week after the Federal Diet approved the treaty.",
      dates: [['18 June', '2031-06-18']],
      parties: [['Ostmark', 'Ostmark']],
      bodies: [
        ['Federal Chancellor', 'Federal Chancellor', 'head-of-government', 'Ostmark'],
        ['Federal Diet', 'Federal Diet', 'legislature', 'Ostmark'],
      ],
    },
    'Valdoria completed its own procedure in May.',
    'With its entry into force, the 2009 Agreement on Fisheries and Port Cooperation has ceased to apply.',
  ]);
  const d8 = makeDoc('p8', { kind: 'factbox', published: '2031-03-15' }, [
    {
      text: 'March 15 (Meridian Press) - Valdoria and Ostmark signed a Treaty on Maritime Cooperation and Mutual Security on Friday.',
      dates: [
        ['March 15', '2031-03-15'],
        ['Friday', '2031-03-14', true],
      ],
    },
    {
      text: "* DURATION: The treaty is valid for 10 years and renews automatically for five-year periods unless terminated with six months' notice (Article 12).",
      unit: 'list-item',
      articles: [12],
    },
  ]);
  const parts = [d1, d2, d3, d4, d5, d6, d7, d8];
  const docs = parts.map((p) => p.doc);
  const claims = parts.flatMap((p) => p.claims);
  const record = makeRecord(
    docs,
    { parties: ['Valdoria', 'Ostmark'], signed: { date: '2031-03-14', place: 'Port Kestrel' } },
    { partyNames: { Valdoria: ['Valdoria', 'Валдория', 'Port Kestrel'], Ostmark: ['Ostmark', 'Остмарк', 'Lindenburg'] } },
  );
  return { docs, claims, record };
}

test('practice: every step of both parties, in time order, from four languages of reports', () => {
  const { docs, claims, record } = practice();
  const r = buildLifecycle(docs, claims, record);
  assert.deepEqual(
    r.lifecycle.map((e) => [e.step, e.date, e.party]),
    [
      ['signed', '2031-03-14', null],
      ['submitted-for-ratification', '2031-04-02', 'Valdoria'],
      ['approved-by-legislature', '2031-05-20', 'Valdoria'],
      ['ratified', '2031-05-27', 'Valdoria'],
      ['approved-by-legislature', '2031-06-11', 'Ostmark'],
      ['ratified', '2031-06-18', 'Ostmark'],
      ['instruments-exchanged', '2031-07-01', null],
      ['entered-into-force', '2031-07-31', null],
    ],
  );
  const byStep = (step: string, party: string | null = null) => r.lifecycle.find((e) => e.step === step && e.party === party)!;
  assert.equal(byStep('submitted-for-ratification', 'Valdoria').ref, '31/118');
  assert.equal(byStep('instruments-exchanged').place, 'Lindenburg');
  assert.deepEqual(byStep('approved-by-legislature', 'Ostmark').docs.sort(), ['p4', 'p7']);
  assert.deepEqual(byStep('ratified', 'Valdoria').docs.sort(), ['p4', 'p5']);
  assert.deepEqual(byStep('approved-by-legislature', 'Valdoria').docs.sort(), ['p4', 'p5']);
  assert.equal(byStep('signed').docs.length, 5);
  assert.ok(!r.lifecycle.some((e) => e.step === 'terminated'), 'the 2009 agreement ceasing to apply is not this treaty terminated');
});

test('practice: "officials insist it has been provisionally applied" (one opinion column) is disputed', () => {
  const { docs, claims, record } = practice();
  const r = buildLifecycle(docs, claims, record);
  assert.ok(!r.lifecycle.some((e) => e.step === 'provisionally-applied'));
  assert.deepEqual(
    r.disputed.map((e) => [e.step, e.docs]),
    [['provisionally-applied', ['p6']]],
  );
  assert.match(r.disputed[0].reason, /official text/);
  assert.match(r.disputed[0].reason, /insist/);
  assert.ok(r.disputed[0].against.docs.includes('p1'));
});

test("practice: duration from the official text: ten years, renewed for five, six months' notice", () => {
  const { docs, claims, record } = practice();
  const r = buildLifecycle(docs, claims, record);
  assert.equal(r.duration.kind, 'fixed');
  assert.equal(r.duration.years, 10);
  assert.equal(r.duration.renewal_years, 5);
  assert.equal(r.duration.notice, 'six months before the expiry of the current period');
});

test('practice: expectations before the events are not events; fulfilled expectations are not listed', () => {
  const { docs, claims, record } = practice();
  const early = new Set(['p1', 'p2', 'p3']);
  const r = buildLifecycle(
    docs.filter((d) => early.has(d.id)),
    claims.filter((c) => early.has(c.doc)),
    record,
  );
  assert.deepEqual(
    r.lifecycle.map((e) => e.step),
    ['signed'],
  );
  assert.deepEqual(
    r.expected.map((x) => x.step),
    ['submitted-for-ratification', 'approved-by-legislature', 'ratified', 'entered-into-force'],
  );
  assert.equal(
    r.expected.find((x) => x.step === 'entered-into-force')?.condition,
    'on the thirtieth day after the date of the exchange of the instruments of ratification',
  );
  const all = buildLifecycle(docs, claims, record);
  assert.ok(!all.expected.some((x) => x.step === 'entered-into-force'));
});
