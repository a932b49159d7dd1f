import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLifecycle } from './index.ts';
import { makeDoc, makeRecord } from './testing.ts';

// An invented trade agreement amended by a protocol, in our own wording: the protocol's steps are not the
// agreement's own; the signature of an amending protocol is the agreement's amendment.
function pile(title: string) {
  const parts = [
    makeDoc('a', { published: '2031-06-12' }, [
      {
        text: 'Chile’s Senate approved the agreement on 10 June 2031.',
        dates: [['10 June 2031', '2031-06-10']],
        parties: [['Chile', 'CL']],
        bodies: [['Senate', 'Senate', 'upper-house', 'CL']],
      },
    ]),
    makeDoc('b', { published: '2031-12-20' }, [
      {
        text: 'Negotiators signed a protocol of amendment in Lima on 2 December 2031, and Chile’s Senate approved the protocol on 9 December 2031.',
        dates: [
          ['2 December 2031', '2031-12-02'],
          ['9 December 2031', '2031-12-09'],
        ],
        parties: [['Chile', 'CL']],
        bodies: [['Senate', 'Senate', 'upper-house', 'CL']],
      },
    ]),
    makeDoc('c', { kind: 'factbox', published: '2032-01-05' }, [
      {
        text: 'Dec. 12, 2031: Peru’s Congress approves the protocol.',
        dates: [['Dec. 12, 2031', '2031-12-12']],
        parties: [['Peru', 'PE']],
        bodies: [['Congress', 'Congress', 'legislature', 'PE']],
      },
    ]),
  ];
  const docs = parts.map((p) => p.doc);
  const record = makeRecord(docs, { parties: ['CL', 'PE', 'EC'], signed: { date: '2031-03-03', place: null } });
  record.agreement.title = title;
  return buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    record,
  );
}

test("a protocol's approval is an event apart from the agreement's; signing an amending protocol amends it", () => {
  const r = pile('Pacific Trade Agreement');
  const approvals = r.lifecycle.filter((e) => e.step === 'approved-by-legislature');
  assert.deepEqual(
    approvals.map((e) => [e.date, e.party, e.docs, e.of ?? null]),
    [
      ['2031-06-10', 'CL', ['a'], null],
      ['2031-12-09', 'CL', ['b'], 'protocol'],
      ['2031-12-12', 'PE', ['c'], 'protocol'],
    ],
  );
  assert.deepEqual(
    r.lifecycle.filter((e) => e.step === 'amended').map((e) => e.date),
    ['2031-12-02'],
  );
});

test('an agreement that is itself a protocol keeps the steps told of "the protocol"', () => {
  const r = pile('Protocol on Pacific Fisheries');
  assert.deepEqual(
    r.lifecycle.filter((e) => e.step === 'approved-by-legislature').map((e) => [e.party, e.docs]),
    [
      ['CL', ['a', 'b']],
      ['PE', ['c']],
    ],
  );
});

test("a protocol to a treaty named otherwise is no step of this agreement; the agreement's own protocol is its", () => {
  const parts = [
    makeDoc('a', { published: '2032-05-10' }, [
      {
        text: 'Peru’s Congress also approved the Protocol to the Andean Defence Treaty on the accession of Ecuador on 8 May 2032.',
        dates: [['8 May 2032', '2032-05-08']],
        parties: [['Peru', 'PE']],
        bodies: [['Congress', 'Congress', 'legislature', 'PE']],
      },
      {
        text: 'Peru’s Congress approved the protocol to the agreement on 9 May 2032.',
        dates: [['9 May 2032', '2032-05-09']],
        parties: [['Peru', 'PE']],
        bodies: [['Congress', 'Congress', 'legislature', 'PE']],
      },
    ]),
  ];
  const docs = parts.map((p) => p.doc);
  const record = makeRecord(docs, { parties: ['CL', 'PE', 'EC'], signed: { date: '2031-03-03', place: null } });
  record.agreement.title = 'Pacific Trade Agreement';
  const r = buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    record,
  );
  assert.deepEqual(
    r.lifecycle.filter((e) => e.step === 'approved-by-legislature').map((e) => [e.date, e.of ?? null]),
    [['2032-05-09', 'protocol']],
  );
});

test('a protocol signed to prolong or to end the agreement is its extension or its termination', () => {
  const parts = [
    makeDoc('a', { published: '2052-01-01', kind: 'factbox' }, [
      { text: '- 26 April 2041 – The leaders sign in Suva a protocol that prolongs the pact by twenty years.', dates: [['26 April 2041', '2041-04-26']] },
      { text: '- 1 July 2051 – The last six members sign in Apia the protocol that ends the pact.', dates: [['1 July 2051', '2051-07-01']] },
    ]),
  ];
  const docs = parts.map((p) => p.doc);
  const record = makeRecord(docs, { parties: ['FJ', 'WS', 'TO'], signed: { date: '2021-05-14', place: null } });
  record.agreement.title = 'Pacific Mutual Assistance Pact';
  const r = buildLifecycle(
    docs,
    parts.flatMap((p) => p.claims),
    record,
  );
  assert.deepEqual(
    r.lifecycle.filter((e) => e.step !== 'signed').map((e) => [e.step, e.date, e.of ?? null]),
    [
      ['extended', '2041-04-26', null],
      ['terminated', '2051-07-01', null],
    ],
  );
});
