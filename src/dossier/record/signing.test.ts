import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeClaim, makeDoc } from './claims.fixture.ts';
import { buildRecord } from './index.ts';
import { signsTheAgreement } from './signing.ts';

// Reports on an invented fisheries agreement, in our own wording: which sentences give its signature.
const pile = (extra: ReturnType<typeof makeClaim>[]) => {
  const docs = ['d1', 'd2', 'd3', 'd4'].map((id) => makeDoc(id));
  const claims = [
    makeClaim('c1', 'd1', 'The Coral Sea Fisheries Agreement was signed in Suva on 4 March 2022 by the two ministers.', {
      dates: [['4 March 2022', '2022-03-04']],
    }),
    makeClaim('c2', 'd2', 'Fiji and Vanuatu signed the Coral Sea Fisheries Agreement in Suva on 4 March 2022.', { dates: [['4 March 2022', '2022-03-04']] }),
    ...extra,
  ];
  return buildRecord(docs, claims)!;
};
const docsOf = (r: ReturnType<typeof pile>, date: string) => r.evidence.signedDate.find((v) => v.value === date)?.docs ?? [];

test('a signature told before the older instrument it replaces is named is this agreement’s', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'The agreement, signed by both ministers in Suva on 4 March 2022, replaces the 1987 Pacific Tuna Treaty.', {
      dates: [
        ['4 March 2022', '2022-03-04'],
        ['1987', '1987'],
      ],
    }),
    makeClaim('c4', 'd4', 'The 1987 Pacific Tuna Treaty, signed in Honiara on 2 April 1987, is superseded by the new text.', {
      dates: [['2 April 1987', '1987-04-02']],
    }),
  ]);
  assert.deepEqual(docsOf(r, '2022-03-04').sort(), ['d1', 'd2', 'd3']);
  assert.ok(!r.evidence.signedDate.some((v) => v.docs.includes('d4')), 'the older treaty’s own signature is not a vote');
});

test('the signature of a protocol amending the agreement is no vote for the agreement’s signing date', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'Negotiators signed an amending protocol in Port Vila on 9 May 2023, and both parliaments approved it in June.', {
      dates: [['9 May 2023', '2023-05-09']],
    }),
    makeClaim('c4', 'd4', "L'accord, signé à Suva le 4 mars 2022 et modifié par un protocole signé à Port-Vila le 9 mai 2023, reste en vigueur.", {
      dates: [
        ['4 mars 2022', '2022-03-04'],
        ['9 mai 2023', '2023-05-09'],
      ],
    }),
  ]);
  assert.deepEqual(docsOf(r, '2022-03-04').sort(), ['d1', 'd2', 'd4']);
  assert.deepEqual(docsOf(r, '2023-05-09'), []);
});

test('a protocol that is the agreement itself keeps its signature', () => {
  const docs = ['d1', 'd2'].map((id) => makeDoc(id));
  const r = buildRecord(docs, [
    makeClaim('c1', 'd1', 'The Lagoon Access Protocol, signed in Apia on 2 June 2021, sets fishing quotas.', { dates: [['2 June 2021', '2021-06-02']] }),
    makeClaim('c2', 'd2', 'Both governments signed the Lagoon Access Protocol in Apia on 2 June 2021.', { dates: [['2 June 2021', '2021-06-02']] }),
  ])!;
  assert.deepEqual(docsOf(r, '2021-06-02').sort(), ['d1', 'd2']);
});

test('where the reading dated each verb, a signature it left undated takes no other verb’s date', () => {
  const event = (step: 'signed' | 'entered-into-force', date: string | null) =>
    ({
      step,
      status: 'done',
      date,
      date_from: date ? 'relative' : null,
      party: null,
      body: null,
      ref: null,
      place: null,
      condition: null,
      cue: 't',
      text: '',
      start: 0,
      end: 0,
    }) as const;
  const late = makeClaim('c3', 'd3', 'The Coral Sea Fisheries Agreement entered into force on Friday, a year after it was signed.', {
    dates: [['Friday', '2023-03-10']],
  });
  late.events = [event('entered-into-force', '2023-03-10'), event('signed', null)];
  const r = pile([late]);
  assert.deepEqual(
    r.evidence.signedDate.map((v) => v.value),
    ['2022-03-04'],
  );
});

test('a signing place told after an idiom of signing, and before a German verb at the end of its clause', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'The two ministers put their names to the accord at Suva Harbour House, as protesters gathered outside.'),
    makeClaim(
      'c4',
      'd4',
      'Das Abkommen war am 4. März 2022 im fidschianischen Suva von den Fischereiministern beider Staaten nach langen Verhandlungen unterzeichnet worden.',
      { dates: [['4. März 2022', '2022-03-04']] },
    ),
  ]);
  const places = r.evidence.signedPlace.flatMap((v) => v.docs.map((d) => [d, v.value]));
  assert.deepEqual(places.filter(([d]) => d === 'd3' || d === 'd4').sort(), [
    ['d3', 'Suva Harbour House'],
    ['d4', 'Suva'],
  ]);
});

test('another document signed on the side (a memorandum, a joint communiqué) gives the agreement no signing place', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'The ministers also signed a memorandum of understanding on tuna quotas in Lautoka on Sunday.'),
    makeClaim('c4', 'd4', 'Fiyi firmó además el domingo en Nadi un comunicado conjunto con Tonga para abrir embajadas.'),
  ]);
  assert.deepEqual(
    r.evidence.signedPlace.map((v) => v.value),
    ['Suva'],
  );
});

test('a declaration or a road map the parties signed before the agreement is not its signature, unless the agreement is one', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'March 1, 2022 - The two ministers sign the Nadi Declaration on fisheries cooperation in Nadi.', {
      dates: [['March 1, 2022', '2022-03-01']],
    }),
    makeClaim('c4', 'd4', 'Les deux ministres avaient signé le 1er mars 2022 à Nadi une feuille de route sur la pêche, puis l’accord à Suva le 4 mars.', {
      dates: [
        ['1er mars 2022', '2022-03-01'],
        ['4 mars', '2022-03-04'],
      ],
    }),
  ]);
  assert.deepEqual(
    r.evidence.signedDate.map((v) => v.value),
    ['2022-03-04'],
  );
  assert.ok(!r.evidence.signedPlace.some((v) => v.value === 'Nadi'));
});

test('the protocol on the exchange of instruments, signed where they were exchanged, gives the agreement no signing place', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'Deputy ministers signed the protocol on the exchange of ratification instruments at a ceremony in Lautoka last week.'),
    makeClaim('c4', 'd4', 'Die Staatssekretäre unterzeichneten in Lautoka das Protokoll über den Austausch der Ratifikationsurkunden.'),
  ]);
  const more = pile([
    makeClaim('c3', 'd3', 'Los viceministros firmaron en Lautoka el protocolo de canje de los instrumentos de ratificación.'),
    makeClaim('c4', 'd4', 'Заместители министров подписали в Лаутоке протокол об обмене ратификационными грамотами.'),
  ]);
  for (const rec of [r, more])
    assert.deepEqual(
      rec.evidence.signedPlace.map((v) => v.value),
      ['Suva'],
    );
});

test('the noun of signing with its article or in German ("فتح باب التوقيع", "zur Unterzeichnung aufgelegt") reports the signature', () => {
  assert.ok(signsTheAgreement('3 يونيو 2013: فتح باب التوقيع على المعاهدة في نيويورك'));
  assert.ok(signsTheAgreement('Der Vertrag war am 3. Juni 2013 in New York zur Unterzeichnung aufgelegt worden.'));
  // The noun alone is no signature: the Council approved the signing, which came later.
  assert.ok(!signsTheAgreement('Der Rat hatte die Unterzeichnung am 27. Juni genehmigt.'));
});

test('the French present of a timeline line reports the signature; the noun "un signe" does not', () => {
  assert.ok(signsTheAgreement('8 avril 2010 — Les deux présidents signent le traité au château de Prague, à Prague.'));
  assert.ok(signsTheAgreement('Le ministre signe la convention à Oslo le 3 décembre 2008.'));
  assert.ok(!signsTheAgreement('C’est un signe de bonne volonté envoyé à Moscou le 3 mai.'));
});

test('an instrument of ratification in another clause leaves the signature reported', () => {
  assert.ok(signsTheAgreement('Договор был подписан в Суве 4 марта 2022 года и вступил в силу в мае после обмена ратификационными грамотами.'));
  assert.ok(!signsTheAgreement('The president signed the instrument of ratification on Monday.'));
  assert.ok(!signsTheAgreement('Parliament passed the law on Wednesday; the president signed it on Friday.'));
});

test('a village named after its kind is the signing place; a place signed weeks apart is another instrument’s', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'The ministers put their signatures to the agreement in a lakeside ceremony in the fishing village of Natadola.', {}),
    makeClaim('c4', 'd4', 'Министры подписали соглашение в прибрежной деревне Натадола 4 марта 2022 года.', { dates: [['4 марта 2022 года', '2022-03-04']] }),
    makeClaim('c5', 'd4', 'Parliament also approved the fisheries protocol, which the ministers signed in Nadi on 20 May 2022.', {
      dates: [['20 May 2022', '2022-05-20']],
    }),
  ]);
  const places = r.evidence.signedPlace.map((v) => [v.value, v.docs.sort()]);
  assert.deepEqual(places, [
    ['Suva', ['d1', 'd2']],
    ['Natadola', ['d3', 'd4']],
  ]);
});

test('an act or several agreements signed beside the agreement are other documents', () => {
  const r = pile([
    makeClaim('c3', 'd3', 'The signing came days after the ministers signed their Founding Act in Nadi.', {}),
    makeClaim('c4', 'd4', 'On Wednesday the prime ministers signed three agreements on the fleet in Lautoka.', {}),
  ]);
  assert.deepEqual(
    r.evidence.signedPlace.map((v) => v.value),
    ['Suva'],
  );
});
