// The calendar export read back with ical.js (the parser behind Thunderbird's calendar): one event per dated
// step, all-day dates spanning the precision the sources give, projected dates tentative and labelled so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { toIcs } from './ics.ts';

interface Read {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  status: string;
  categories: string[];
  location: string | null;
}

function events(ics: string): Read[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.name, 'vcalendar');
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      status: String(v.getFirstPropertyValue('status')),
      categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      location: e.location,
    };
  });
}

/** The sample agreement with its entry into force projected from its rule, and the notice period's schedule. */
function withProjection(): Dossier {
  const d: Dossier = structuredClone(sampleDossier);
  const rule = {
    text: 'on the thirtieth day after the exchange of instruments of ratification',
    offset: '30 days after the exchange of instruments',
    claims: ['c7'],
    docs: ['d1'],
    rests_on: [{ step: 'instruments-exchanged' as const, date: '2031-01-15', party: null, claims: ['c22'] }],
  };
  d.agreements[0].lifecycle.push({
    step: 'entered-into-force',
    date: '2031-02-14',
    party: null,
    body: null,
    ref: null,
    claims: ['c7'],
    docs: ['d1'],
    projected: true,
    rule,
  });
  d.agreements[0].schedule = [{ what: 'notice-deadline', date: '2040-02-14', party: 'Aurelia', projected: true, rule }];
  return d;
}

test('one event per dated lifecycle step; the undated ratification has none', () => {
  const read = events(toIcs(sampleDossier));
  const dated = sampleDossier.agreements[0].lifecycle.filter((e) => e.date);
  assert.equal(read.length, dated.length);
  assert.equal(read.length, 6);
  assert.ok(read.every((e) => e.allDay && e.status === 'CONFIRMED' && e.categories.includes('Reported')));
  assert.ok(!read.some((e) => /Ratified by Brennmark/.test(e.summary)));
  assert.equal(new Set(read.map((e) => e.uid)).size, read.length, 'every event has its own UID');
});

test('a reported step: its day, its place, who did it and who reports it', () => {
  const read = events(toIcs(sampleDossier));
  const signed = read.find((e) => /: Signed$/.test(e.summary))!;
  assert.equal(signed.summary, 'mutual assistance pact: Signed');
  assert.equal(signed.start, '2030-09-12');
  assert.equal(signed.end, '2030-09-13');
  assert.equal(signed.location, 'Veltrava');
  assert.match(signed.description, /Reported by Northern Wire, Brennmark Today & Tonight\./);
  const ratified = read.find((e) => /Ratified by Aurelia \(President\)/.test(e.summary))!;
  assert.equal(ratified.start, '2030-11-28');
  assert.ok(ratified.categories.includes('Ratified') && ratified.categories.includes('Aurelia'));
});

test('a date known to the month spans that month and says so', () => {
  const submitted = events(toIcs(sampleDossier)).find((e) => /Submitted for ratification/.test(e.summary))!;
  assert.equal(submitted.start, '2030-10-01');
  assert.equal(submitted.end, '2030-11-01');
  assert.match(submitted.description, /month only \(Oct 2030\)/);
  assert.match(submitted.description, /Reference: 412-7\./);
});

test('projected dates, from the lifecycle and from the schedule, are tentative and marked in summary, description and categories', () => {
  const read = events(toIcs(withProjection()));
  assert.equal(read.length, 8);
  const projected = read.filter((e) => e.categories.includes('Projected'));
  assert.equal(projected.length, 2);
  for (const e of projected) {
    assert.match(e.summary, /^Projected: /);
    assert.match(e.description, /^Projected: /);
    assert.match(e.description, /Rule: 30 days after the exchange of instruments/);
    assert.equal(e.status, 'TENTATIVE');
    assert.ok(!e.categories.includes('Reported'));
  }
  const inForce = projected.find((e) => /Entered into force/.test(e.summary))!;
  assert.equal(inForce.start, '2031-02-14');
  const notice = projected.find((e) => /Last day for notice for Aurelia/.test(e.summary))!;
  assert.equal(notice.start, '2040-02-14');
  assert.ok(notice.categories.includes('Scheduled'));
  assert.equal(read.filter((e) => !e.categories.includes('Projected')).length, 6);
});

test('the same dossier gives the same file; text with iCalendar syntax in it stays text', () => {
  const d = withProjection();
  d.agreements[0].aliases = ['Pact; with, "syntax"\nand a line break'];
  const ics = toIcs(d);
  assert.equal(ics, toIcs(structuredClone(d)));
  const signed = events(ics).find((e) => e.start === '2030-09-12')!;
  assert.equal(signed.summary, 'Pact; with, "syntax"\nand a line break: Signed');
});

test('a pile with no dated event is still a calendar a program opens', () => {
  const d: Dossier = structuredClone(sampleDossier);
  d.agreements[0].lifecycle = [];
  assert.deepEqual(events(toIcs(d)), []);
});

test('each event links the first source with a web address; an address the calendar would refuse is left off, not fatal', () => {
  const d: Dossier = structuredClone(sampleDossier);
  const signedLink = (x: Dossier) => {
    const vevent = new ICAL.Component(ICAL.parse(toIcs(x)))
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('dtstart')?.toString() === '2030-09-12');
    return vevent?.getFirstPropertyValue('url') ?? null;
  };
  assert.equal(signedLink(d), 'https://northern-wire.example/2030/09/12/pact');
  d.documents[0].url = 'javascript:alert(1)';
  assert.equal(signedLink(d), 'https://brennmark-today.example/news/riksting?id=7&lang=en');
  d.documents[0].url = 'https://bad_host.example/x';
  d.documents[1].url = null;
  assert.equal(signedLink(d), null);
});
