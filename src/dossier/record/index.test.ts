import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeClaim, makeDoc } from './claims.fixture.ts';
import { buildRecord } from './index.ts';

// Sentences of five reports on one treaty (the seeds case): the record is rebuilt from reports alone.
const reports = () => {
  const docs = [
    makeDoc('d1', { published: '2024-11-06' }),
    makeDoc('d2'),
    makeDoc('d3', { kind: 'opinion' }),
    makeDoc('d4', { kind: 'factbox', published: '2024-06-20' }),
  ];
  const claims = [
    makeClaim(
      'c1',
      'd1',
      'Russia’s Federation Council has unanimously approved a bill on the ratification of the treaty on comprehensive strategic partnership between Russia and North Korea.',
      {
        parties: [
          ['Russia', 'RU'],
          ['North Korea', 'KP'],
        ],
      },
    ),
    makeClaim('c2', 'd1', 'The treaty was signed on June 19, 2024 during Russian President Vladimir Putin’s visit to Pyongyang.', {
      dates: [['June 19, 2024', '2024-06-19']],
      parties: [
        ['Russian', 'RU'],
        ['Pyongyang', 'KP'],
      ],
    }),
    makeClaim(
      'c3',
      'd1',
      'This treaty will supersede the treaty on friendship, good neighborly relations and cooperation between Russia and North Korea of February 9, 2000.',
      { dates: [['February 9, 2000', '2000-02-09']] },
    ),
    makeClaim(
      'c4',
      'd2',
      "The document provides for the ratification of the Comprehensive Strategic Partnership Agreement between the Russian Federation and the Democratic People's Republic of Korea, signed in Pyongyang on June 19, 2024.",
      {
        dates: [['June 19, 2024', '2024-06-19']],
        parties: [
          ['Russian Federation', 'RU'],
          ["Democratic People's Republic of Korea", 'KP'],
          ['Republic of Korea', 'KR'],
        ],
      },
    ),
    makeClaim(
      'c5',
      'd3',
      'The Treaty was signed by Russian President Vladimir Putin and DPRK Chairman of State Affairs Kim Jong Un on June 19, 2024, in Pyongyang, during the Russian President’s June 18-19 visit to North Korea.',
      {
        dates: [
          ['June 19, 2024', '2024-06-19'],
          ['June 18-19', '2024-06-18'],
        ],
      },
    ),
    makeClaim(
      'c6',
      'd3',
      'As Putin pointed out during a reception hosted by Kim, an international treaty was signed on March 17, 1949, in Moscow by the founder of the DPRK.',
      { dates: [['March 17, 1949', '1949-03-17']] },
    ),
    makeClaim(
      'c7',
      'd3',
      'The agreement builds upon previous agreements, including the Treaty of Friendship and Mutual Assistance in 1961; the Treaty of Friendship, Good Will and Cooperation of 2000, and the Declarations of Moscow and Pyongyang of 2000 and 2001.',
      {
        dates: [
          ['1961', '1961'],
          ['2000', '2000'],
        ],
      },
    ),
    makeClaim(
      'c8',
      'd3',
      'Kim Jong Un and Vladimir Putin signed the “Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation” on June 19.',
      { dates: [['June 19', '2024-06-19']] },
    ),
    makeClaim(
      'c9',
      'd4',
      'North Korea’s state media on Thursday unveiled the full text of a mutual defence pact signed a day ago by its leader Kim Jong Un and Russian President Vladimir Putin.',
      {
        dates: [
          ['Thursday', '2024-06-20'],
          ['a day ago', '2024-06-19'],
        ],
      },
    ),
    makeClaim(
      'c10',
      'd4',
      'Formally named “Treaty on the Comprehensive Strategic Partnership”, the pact takes effect upon ratification unless either side suspends it.',
    ),
  ];
  return { docs, claims };
};

test('the title joins the name most sources use to the fullest "between" clause; parties are read from it', () => {
  const { docs, claims } = reports();
  const r = buildRecord(docs, claims)!;
  assert.equal(r.agreement.title, "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea");
  assert.deepEqual(r.agreement.parties, ['KP', 'RU']);
  assert.ok(r.agreement.aliases.includes('Comprehensive Strategic Partnership Agreement'));
  assert.ok(r.agreement.aliases.includes('mutual defence pact'), 'a name used when reporting the signature');
  assert.ok(!r.agreement.aliases.some((a) => /Friendship/.test(a)), 'earlier treaties are not aliases');
});

test('signing date and place are voted; another treaty signed decades earlier is a related instrument', () => {
  const { docs, claims } = reports();
  const r = buildRecord(docs, claims)!;
  assert.deepEqual([r.agreement.signed.date, r.agreement.signed.place], ['2024-06-19', 'Pyongyang']);
  assert.deepEqual(
    r.evidence.signedDate.map((v) => v.value),
    ['2024-06-19'],
  );
  assert.ok(!r.agreement.signed.claims.includes('c6'));
  assert.deepEqual(
    r.agreement.supersedes.map((s) => s.date),
    ['2000-02-09'],
  );
  assert.deepEqual(
    r.agreement.related.map((s) => [s.title, s.date]),
    [
      ['international treaty signed in Moscow', '1949-03-17'],
      ['Treaty of Friendship and Mutual Assistance', '1961'],
      ['Declarations of Moscow and Pyongyang', '2000'],
    ],
  );
  assert.equal(r.agreement.article_count, null);
  assert.ok(r.otherInstrumentClaims.includes('c3') && r.otherInstrumentClaims.includes('c7'));
});

test('nicknames, translated titles, places in two scripts, article counts; ratification laws are not the signature', () => {
  const docs = [
    makeDoc('e1', { published: '2031-03-14' }),
    makeDoc('e2', { published: '2031-03-15' }),
    makeDoc('e3', { language: 'ru', published: '2031-06-11' }),
    makeDoc('e4', { language: 'de', published: '2031-05-27' }),
    makeDoc('e5', { published: '2031-03-15', near_duplicate_of: 'e1' }),
  ];
  const first =
    'Valdoria and Ostmark on Friday signed a treaty that commits each country to come to the other’s aid if its territory or state ships in the Kestrel Strait are attacked.';
  const claims = [
    makeClaim('k1', 'e1', first, {
      dates: [['Friday', '2031-03-14']],
      parties: [
        ['Valdoria', 'Valdoria'],
        ['Ostmark', 'Ostmark'],
      ],
    }),
    makeClaim(
      'k2',
      'e1',
      'President Elena Marsh and Federal Chancellor Johann Brecht signed the Treaty on Maritime Cooperation and Mutual Security at a ceremony in the port city’s old customs house.',
    ),
    makeClaim('k3', 'e1', 'Under Article 5 of the 12-article treaty, each side will provide assistance if the other is subjected to an armed attack.', {
      articles: [5],
    }),
    makeClaim(
      'k4',
      'e1',
      'The document, which diplomats have nicknamed the Harbour Treaty, must be ratified by both countries’ legislatures before it takes effect.',
    ),
    makeClaim('k5', 'e1', 'It will replace a 2009 agreement on fisheries and port cooperation.', { dates: [['2009', '2009']] }),
    makeClaim(
      'k6',
      'e2',
      'Federal Chancellor Johann Brecht has described the Treaty on Maritime Cooperation and Mutual Security with the Republic of Valdoria, signed in Port Kestrel on Friday, as a shield.',
      { dates: [['Friday', '2031-03-14']], parties: [['Republic of Valdoria', 'Valdoria']] },
    ),
    makeClaim('k7', 'e2', 'The treaty has twelve articles.'),
    makeClaim(
      'k8',
      'e3',
      'Федеральный сейм Остмарка в среду одобрил Договор о морском сотрудничестве и взаимной безопасности с Республикой Валдория, подписанный 14 марта в Порт-Кестреле.',
      {
        dates: [
          ['в среду', '2031-06-11'],
          ['14 марта', '2031-03-14'],
        ],
        parties: [['Остмарка', 'Ostmark']],
      },
    ),
    makeClaim('k9', 'e3', 'Парламент Валдории одобрил договор ещё 20 мая, а президент Валдории Елена Марш подписала закон о его ратификации 27 мая.', {
      dates: [
        ['20 мая', '2031-05-20'],
        ['27 мая', '2031-05-27'],
      ],
    }),
    makeClaim(
      'k10',
      'e4',
      'Die Präsidentin hat am Dienstag das Gesetz zur Ratifizierung des Vertrags über maritime Zusammenarbeit und gegenseitige Sicherheit mit der Föderalen Union Ostmark unterzeichnet.',
      { dates: [['am Dienstag', '2031-05-27']] },
    ),
    makeClaim('k11', 'e4', 'Er ersetzt das Abkommen über Fischerei und Hafenzusammenarbeit vom 22. September 2009.', {
      dates: [['22. September 2009', '2009-09-22']],
    }),
    makeClaim('k12', 'e5', first, { dates: [['Friday', '2031-03-14']] }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.equal(r.agreement.title, 'Treaty on Maritime Cooperation and Mutual Security');
  for (const alias of [
    'Harbour Treaty',
    'Договор о морском сотрудничестве и взаимной безопасности',
    'Vertrag über maritime Zusammenarbeit und gegenseitige Sicherheit',
  ]) {
    assert.ok(r.agreement.aliases.includes(alias), alias);
  }
  assert.deepEqual(r.agreement.parties, ['Ostmark', 'Valdoria']);
  assert.deepEqual(r.agreement.signed.date, '2031-03-14');
  assert.deepEqual(
    r.evidence.signedPlace.map((v) => [v.value, v.sources]),
    [['Port Kestrel', 2]],
  );
  assert.ok(!r.agreement.signed.claims.includes('k9') && !r.agreement.signed.claims.includes('k10'));
  assert.deepEqual(
    r.evidence.signedDate.map((v) => [v.value, v.sources]),
    [['2031-03-14', 3]],
    'the syndicated copy counts once',
  );
  assert.equal(r.agreement.article_count, 12);
  assert.deepEqual(
    r.agreement.supersedes.map((s) => [s.title, s.date]),
    [['agreement on fisheries and port cooperation', '2009-09-22']],
  );
});

test('no agreement when no source names one or reports a signature', () => {
  assert.equal(buildRecord([makeDoc('d1')], [makeClaim('c1', 'd1', 'Fishing associations welcomed the news.')]), null);
});

test('an untitled replaced treaty is known by its date; languages of the originals are not the place', () => {
  const docs = [makeDoc('d1', { published: '2030-05-03' }), makeDoc('d2', { language: 'de', published: '2030-05-10' })];
  const claims = [
    makeClaim('c1', 'd1', 'The Treaty on Friendship and Cooperation between Arvenia and Belmark was signed on 2 May 2030.', {
      dates: [['2 May 2030', '2030-05-02']],
    }),
    makeClaim('c2', 'd1', 'It replaces a 1961 treaty that both governments had long called outdated.', { dates: [['1961', '1961']] }),
    makeClaim('c3', 'd1', 'Done at Northport on 2 May 2030, in duplicate, in the Arvenian and Belmarkian languages.', {
      dates: [['2 May 2030', '2030-05-02']],
    }),
    makeClaim('c4', 'd2', 'Der Präsident unterzeichnete am Montag das Ratifikationsgesetz in Belgrave.', { dates: [['am Montag', '2030-05-09']] }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.deepEqual(
    r.agreement.supersedes.map((s) => [s.title, s.date]),
    [['1961 treaty', '1961']],
  );
  assert.deepEqual([r.agreement.signed.date, r.agreement.signed.place], ['2030-05-02', 'Northport']);
  assert.deepEqual(r.agreement.parties, ['Arvenia', 'Belmark']);
});

test('the title is the most complete form of the name most sources use', () => {
  const docs = ['d1', 'd2', 'd3'].map((id) => makeDoc(id));
  const claims = [
    makeClaim('c1', 'd1', 'Arvenia and Belmark: Convention on Cross-Border Rail (report 1)', { kind: 'heading' }),
    makeClaim('c2', 'd2', 'Arvenia and Belmark: Convention on Cross-Border Rail (report 2)', { kind: 'heading' }),
    makeClaim('c3', 'd3', 'Arvenia and Belmark signed the Convention on Cross-Border Rail and Energy Links on March 15, 2034, in Arvenport.', {
      dates: [['March 15, 2034', '2034-03-15']],
    }),
  ];
  assert.equal(buildRecord(docs, claims)!.agreement.title, 'Convention on Cross-Border Rail and Energy Links');
});

// A multilateral agreement made under a convention (invented wording, a real kind of instrument): the title is the
// agreement's, the convention it is made under is related, not an alias, and no two states become its parties.
test('an agreement made "under" a convention keeps its own title; the convention is related, and a multilateral pile has no pair of parties', () => {
  const docs = [makeDoc('d1', { published: '2025-09-20' }), makeDoc('d2', { published: '2025-02-14' }), makeDoc('d3', { published: '2025-09-21' })];
  const claims = [
    makeClaim(
      'c1',
      'd1',
      'Morocco and Peru deposited their instruments of ratification of the Agreement on Marine Biodiversity of Areas beyond National Jurisdiction on Friday.',
      {
        parties: [
          ['Morocco', 'MA'],
          ['Peru', 'PE'],
        ],
      },
    ),
    makeClaim(
      'c2',
      'd1',
      'The agreement, adopted in June 2023 under the United Nations Convention on the Law of the Sea, enters into force 120 days after the deposit of the sixtieth instrument.',
      { dates: [['June 2023', '2023-06']] },
    ),
    makeClaim(
      'c3',
      'd2',
      'The Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction was adopted on 19 June 2023.',
      { dates: [['19 June 2023', '2023-06-19']] },
    ),
    makeClaim('c4', 'd2', 'France deposited its instrument of ratification with the depositary on 14 February 2025.', {
      dates: [['14 February 2025', '2025-02-14']],
      parties: [['France', 'FR']],
    }),
    makeClaim('c5', 'd3', 'Peru and France welcomed the 60th ratification of the Agreement on Marine Biodiversity of Areas beyond National Jurisdiction.', {
      parties: [
        ['Peru', 'PE'],
        ['France', 'FR'],
      ],
    }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.match(r.agreement.title, /^Agreement (?:under|on Marine)/);
  assert.ok(!r.agreement.title.startsWith('United Nations Convention'), r.agreement.title);
  assert.ok(!r.agreement.aliases.some((a) => /^United Nations Convention/.test(a)), `aliases: ${r.agreement.aliases}`);
  assert.ok(r.agreement.related.some((x) => x.title === 'United Nations Convention on the Law of the Sea'));
  assert.equal(r.agreement.multilateral, true);
  assert.deepEqual(r.agreement.parties, []);
});

// Invented wording: one city written as a landmark, in Russian and in Spanish; an organisation is no place.
test('the signing place is the city the gazetteer knows, whatever landmark, language or case names it', () => {
  const docs = [makeDoc('d1'), makeDoc('d2', { language: 'ru' }), makeDoc('d3', { language: 'es' })];
  const claims = [
    makeClaim('c1', 'd1', 'The Treaty of Amity between Chile and Peru was signed at the U.N. in Vienna on 3 May 2021.', {
      dates: [['3 May 2021', '2021-05-03']],
      parties: [
        ['Chile', 'CL'],
        ['Peru', 'PE'],
      ],
    }),
    makeClaim('c2', 'd2', 'Договор о дружбе между Чили и Перу был подписан 3 мая 2021 года в Вене.', { dates: [['3 мая 2021 года', '2021-05-03']] }),
    makeClaim('c3', 'd3', 'El Tratado de Amistad entre Chile y Perú se firmó el 3 de mayo de 2021 en Viena.', { dates: [['3 de mayo de 2021', '2021-05-03']] }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.equal(r.agreement.signed.place, 'Vienna');
  assert.equal(r.evidence.signedPlace.length, 1, JSON.stringify(r.evidence.signedPlace));
});

// Invented wording: three reports of the time and one written fourteen years later.
test('an anniversary report written years later does not make the agreement the others cover an earlier one', () => {
  const docs = [
    makeDoc('d1', { published: '2031-03-04' }),
    makeDoc('d2', { published: '2031-04-02' }),
    makeDoc('d3', { published: '2031-05-11' }),
    makeDoc('d4', { published: '2045-03-03' }),
  ];
  const claims = [
    makeClaim('c1', 'd1', 'Norvane and Castellia signed the Treaty of Good Neighbourhood on March 3, 2031.', { dates: [['March 3, 2031', '2031-03-03']] }),
    makeClaim('c2', 'd2', 'The Treaty of Good Neighbourhood, signed on March 3, 2031, went to parliament.', { dates: [['March 3, 2031', '2031-03-03']] }),
    makeClaim('c3', 'd3', 'Parliament approved the Treaty of Good Neighbourhood of 2031 and the Border Declaration.', { dates: [['2031', '2031']] }),
    makeClaim('c4', 'd4', 'Fourteen years ago the Treaty of Good Neighbourhood of March 3, 2031 ended a long quarrel; the Border Declaration came first.', {
      dates: [['March 3, 2031', '2031-03-03']],
    }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.equal(r.agreement.title, 'Treaty of Good Neighbourhood');
  assert.equal(r.agreement.related.length, 0, JSON.stringify(r.agreement.related));
});

// Invented wording: a trilateral agreement named by its states joined with dashes, signed in a fourth state's capital.
test('states a name joins by dashes are the parties, and a capital where it was signed is a venue, not a party', () => {
  const docs = [makeDoc('d1'), makeDoc('d2'), makeDoc('d3')];
  const claims = [
    makeClaim('c1', 'd1', 'Leaders signed the Chile-Peru-Bolivia Agreement in Quito on May 2, 2031.', {
      dates: [['May 2, 2031', '2031-05-02']],
      parties: [
        ['Chile', 'CL'],
        ['Peru', 'PE'],
        ['Bolivia', 'BO'],
        ['Quito', 'EC'],
      ],
    }),
    makeClaim('c2', 'd2', 'The Chile-Peru-Bolivia Agreement, signed in Quito, goes to three parliaments.', {
      parties: [
        ['Chile', 'CL'],
        ['Peru', 'PE'],
        ['Bolivia', 'BO'],
        ['Quito', 'EC'],
      ],
    }),
    makeClaim('c3', 'd3', 'Peru’s Congress approved the Chile-Peru-Bolivia Agreement signed in Quito.', {
      parties: [
        ['Peru', 'PE'],
        ['Chile', 'CL'],
        ['Peru', 'PE'],
        ['Bolivia', 'BO'],
        ['Quito', 'EC'],
      ],
    }),
  ];
  for (const c of claims) for (const m of c.party_mentions) if (m.text === 'Quito') m.form = 'capital';
  assert.deepEqual(buildRecord(docs, claims)!.agreement.parties, ['BO', 'CL', 'PE']);
  // Without the dashed name, the co-mention count leaves the venue's state out.
  const plain = claims.map((c) => {
    const text = c.text.replace('Chile-Peru-Bolivia Agreement', 'Andean Transit Agreement');
    const spec = { parties: c.party_mentions.map((m): [string, string] => [m.text, m.code]), dates: c.dates.map((d): [string, string] => [d.text, d.value]) };
    const fresh = makeClaim(c.id, c.doc, text, spec);
    for (const m of fresh.party_mentions) if (m.text === 'Quito') m.form = 'capital';
    return fresh;
  });
  assert.ok(!buildRecord(docs, plain)!.agreement.parties.includes('EC'));
});

test('a replaced instrument is dated by its signing, told of it by its initials in any language; no date after the new signing', () => {
  const docs = [
    makeDoc('d1', { published: '2031-03-04' }),
    makeDoc('d2', { published: '2031-03-05' }),
    makeDoc('d3', { language: 'es', published: '2031-03-06' }),
  ];
  const claims = [
    makeClaim('c1', 'd1', 'The Coral Sea Compact was signed in Suva on March 3, 2031.', { dates: [['March 3, 2031', '2031-03-03']] }),
    makeClaim('c2', 'd1', 'It will replace the 1999 Southern Ocean Fisheries Convention.', { dates: [['1999', '1999']] }),
    makeClaim('c3', 'd2', 'The Coral Sea Compact, signed on March 3, 2031, supersedes the Southern Ocean Fisheries Convention after 32 years.', {
      dates: [
        ['March 3, 2031', '2031-03-03'],
        ['after 32 years', '2063'],
      ],
    }),
    makeClaim('c4', 'd2', 'SOFC, signed on 14 May 1998, stays in force until the compact takes effect.', { dates: [['14 May 1998', '1998-05-14']] }),
    makeClaim('c5', 'd3', 'Hasta entonces rige la Convención de Pesca del Océano Austral (CPOA), firmada el 14 de mayo de 1998.', {
      dates: [['14 de mayo de 1998', '1998-05-14']],
    }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.deepEqual(
    r.agreement.supersedes.map((s) => [s.title, s.date]),
    [['Southern Ocean Fisheries Convention', '1998-05-14']],
  );
  assert.ok(!r.agreement.related.some((x) => x.date === '1998-05-14'), JSON.stringify(r.agreement.related));
});

test('a treaty that ceases to be in force, with nothing taking its place, is the agreement the pile is about', () => {
  const docs = [makeDoc('d1', { published: '2031-04-01' }), makeDoc('d2', { published: '2031-04-02' })];
  const claims = [
    makeClaim('c1', 'd1', 'The Treaty on Friendship and Good Neighbourliness between Ostmark and Valdoria ceases to be in force today.', {}),
    makeClaim('c2', 'd2', 'The Treaty on Friendship and Good Neighbourliness between Ostmark and Valdoria, signed in Suva on 4 March 2011, has lapsed.', {
      dates: [['4 March 2011', '2011-03-04']],
    }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.deepEqual(r.agreement.supersedes, []);
  assert.match(r.agreement.title, /Friendship and Good Neighbourliness/);
});

test('"the new security pact" is the agreement, though the pact it replaces shares its name', () => {
  const docs = [makeDoc('d1', { published: '2031-05-21' }), makeDoc('d2', { published: '2031-06-24' })];
  const claims = [
    makeClaim('c1', 'd1', 'The Lagoon Treaty of Mutual Security, signed in Suva on 19 January 2031, replaces the Security Pact of 1991.', {
      dates: [
        ['19 January 2031', '2031-01-19'],
        ['1991', '1991'],
      ],
    }),
    makeClaim('c2', 'd2', 'Fiji’s parliament approved the new security pact with Tonga on 20 May 2031.', { dates: [['20 May 2031', '2031-05-20']] }),
    makeClaim('c3', 'd2', 'The old security pact of 1991 lapsed the same day.', { dates: [['1991', '1991']] }),
  ];
  const r = buildRecord(docs, claims)!;
  assert.ok(!(r.otherInstrumentClaims ?? []).includes('c2'), JSON.stringify(r.otherInstrumentClaims));
  assert.ok((r.otherInstrumentClaims ?? []).includes('c3'), JSON.stringify(r.otherInstrumentClaims));
});
