import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { sampleDossier } from '../../../test/fixtures/export/sample-dossier.ts';
import type { Agreement, LifecycleEvent } from '../../types.ts';
import { dayOf, ticks, timelineSvg } from './timeline.ts';

const agreement = sampleDossier.agreements[0];
const href = (id: string) => `#${id}`;
const event = (step: LifecycleEvent['step'], date: string | null, party: string | null = null, claims: string[] = []): LifecycleEvent => ({
  step,
  date,
  party,
  body: null,
  ref: null,
  claims,
  docs: [],
});

function svgOf(a: Agreement) {
  const { svg, undated } = timelineSvg(a, href);
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return { document, undated, svg };
}

const cx = (el: Element) => Number(el.getAttribute('cx'));

test('dayOf places exact dates exactly and partial dates mid-period, flagged approximate', () => {
  assert.deepEqual(dayOf('1970-01-02'), { day: 1, approx: false });
  assert.deepEqual(dayOf('1970-01'), { day: 14, approx: true });
  assert.equal(dayOf('1971')?.approx, true);
  assert.equal(dayOf(null), null);
  assert.equal(dayOf('sometime'), null);
});

test('ticks pick a step that gives a readable axis', () => {
  const from = dayOf('2030-08-20')!.day;
  const months = ticks(from, dayOf('2031-02-05')!.day);
  assert.deepEqual(
    months.map((t) => t.label),
    ['Sep 2030', 'Oct', 'Nov', 'Dec', 'Jan 2031', 'Feb'],
  );
  const years = ticks(dayOf('1998-03-01')!.day, dayOf('2031-01-01')!.day);
  assert.ok(years.length >= 3 && years.length <= 7);
  assert.ok(years.every((t) => /^\d{4}$/.test(t.label)));
});

test('one marker per dated event, in date order, in its party lane; undated events are returned', () => {
  const { document, undated } = svgOf(agreement);
  const markers = Array.from(document.querySelectorAll('circle.marker'));
  const dated = agreement.lifecycle.filter((e) => e.date);
  assert.equal(markers.length, dated.length);
  assert.equal(document.querySelectorAll('circle.marker.approx').length, 1, 'Oct 2030 is month-only');
  assert.deepEqual(
    undated.map((e) => [e.step, e.party]),
    [['ratified', 'Brennmark']],
  );
  assert.equal(document.querySelectorAll('.disputed-marker').length, 1);
  assert.deepEqual(
    Array.from(document.querySelectorAll('.lane-name')).map((t) => t.firstChild!.textContent),
    ['Joint acts', 'Aurelia', 'Brennmark'],
  );
  // Aurelia's three events: submitted (Oct), approved (20 Nov), ratified (28 Nov) left to right.
  const aurelia = Array.from(document.querySelectorAll('.lane'))[1].querySelectorAll('circle.marker');
  const xs = Array.from(aurelia).map(cx);
  assert.deepEqual(
    xs,
    [...xs].sort((a, b) => a - b),
  );
  assert.ok(xs.every((x) => x >= 140 && x <= 960));
});

test('markers link to their first source sentence', () => {
  const { document } = svgOf(agreement);
  const links = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));
  assert.ok(links.includes('#c20') && links.includes('#c22') && links.includes('#c15'));
});

test('a single event still gets an axis and a marker inside it', () => {
  const { document } = svgOf({ ...agreement, lifecycle: [event('signed', '2024-06-19', null, ['c2'])], disputed_events: [] });
  const markers = document.querySelectorAll('circle.marker');
  assert.equal(markers.length, 1);
  assert.ok(cx(markers[0]) > 140 && cx(markers[0]) < 932);
  assert.ok(document.querySelectorAll('.tick-label').length >= 1);
});

test('no dated event: no drawing, every event listed as undated', () => {
  const lifecycle = [event('signed', null), event('ratified', null, 'Aurelia')];
  const { svg, undated } = timelineSvg({ ...agreement, lifecycle, disputed_events: [] }, href);
  assert.equal(svg, '');
  assert.equal(undated.length, 2);
});

test('labels of events close in time stack in separate rows instead of overlapping', () => {
  const lifecycle = [event('approved-by-legislature', '2030-11-20', 'Aurelia'), event('ratified', '2030-11-21', 'Aurelia')];
  const { document } = svgOf({ ...agreement, lifecycle, disputed_events: [] });
  const ys = Array.from(document.querySelectorAll('text.tl-label')).map((t) => t.getAttribute('y'));
  assert.equal(new Set(ys).size, 2);
});

test('lane names and labels are escaped', () => {
  const lifecycle = [event('signed', '2030-01-01', '<b>X</b>')];
  const { svg } = timelineSvg({ ...agreement, parties: [], lifecycle, disputed_events: [] }, href);
  assert.ok(!svg.includes('<b>') && svg.includes('&lt;b&gt;X&lt;/b&gt;'));
});
