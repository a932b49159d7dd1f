// The lifecycle as an SVG timeline: one lane per party (plus one for joint acts), a time axis from the events'
// dates, one marker per dated event that opens its source sentences. The drawing is laid out for the width it
// gets (redrawn when that changes), so labels stay readable on a phone; a table below lists every event.

import { dayOf, ticks } from '../../src/export/html/timeline.ts';
import { describeEvent, formatDate, partyName, ruleLabel, SCHEDULE_LABELS, STEP_LABELS, stepLabel } from '../../src/export/view.ts';
import type { Agreement, LifecycleEvent, LifecycleStep } from '../../src/types.ts';
import type { Capped } from './api.ts';
import { cite } from './cite.ts';
import { h, s } from './dom.ts';
import type { Model } from './model.ts';
import { openFact } from './source-view.ts';
import { standingBadge } from './standing.ts';

type Event = LifecycleEvent & { reason?: string };

/** Short step names: a label has to fit between its neighbours. */
const SHORT: Record<LifecycleStep, string> = {
  ...STEP_LABELS,
  'submitted-for-ratification': 'Submitted',
  'approved-by-legislature': 'Approved',
  'instruments-exchanged': 'Instruments exchanged',
  'entered-into-force': 'In force',
  'provisionally-applied': 'Provisional',
};

/** Geometry in CSS pixels. Narrow drawings put lane names above their lane instead of in a left gutter. */
const NARROW = 600;
const GUTTER = 136;
const EDGE = 14;
const LANE_NAME_SPACE = 22; // narrow layout: the name line above the markers
const MARKER_Y = 20;
const FIRST_LABEL = 44;
const LABEL_ROW = 32;
const LABEL_GAP = 10;
const AXIS_SPACE = 34;
/** Approximate glyph widths of the label fonts (13px semibold, 12px), enough to keep labels apart. */
const STEP_CHAR = 7.4;
const DATE_CHAR = 6.4;
const TICK_CHAR = 6.2;

/** Lanes in reading order: joint acts first (when there are any), then the agreement's parties, then others. */
function lanes(a: Agreement, events: Event[]): (string | null)[] {
  const parties: string[] = [];
  for (const p of [...a.parties, ...events.map((e) => e.party)]) if (p && !parties.includes(p)) parties.push(p);
  return [...(events.some((e) => !e.party) ? [null] : []), ...parties];
}

/** Who acted: a party's name, or, for a joint act, both or all of them. */
function who(a: Agreement, party: string | null): string {
  return party ? partyName(party) : a.parties.length === 2 ? 'Both parties' : 'All parties';
}

/** The lane colour class: joint acts are lane-0, parties lane-1… in the summary's order. */
function laneClass(lanesList: (string | null)[], party: string | null): string {
  if (!party) return 'lane-0';
  const i = lanesList.filter(Boolean).indexOf(party);
  return `lane-${(i % 6) + 1}`;
}

function draw(m: Model, a: Agreement, width: number): SVGSVGElement | null {
  const disputed: Event[] = a.disputed_events ?? [];
  const all: Event[] = [...a.lifecycle, ...disputed];
  const points = all.flatMap((event) => {
    const at = dayOf(event.date);
    return at ? [{ event, ...at, disputed: disputed.includes(event) }] : [];
  });
  if (!points.length) return null;
  const narrow = width < NARROW;
  const left = narrow ? EDGE : GUTTER;
  const right = width - EDGE;
  const days = points.map((p) => p.day);
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const pad = Math.max((last - first) * 0.05, 15); // a lone event still gets an axis around it
  const [from, to] = [first - pad, last + pad];
  const x = (day: number) => left + ((day - from) / (to - from)) * (right - left);

  const laneList = lanes(a, all);
  const layers = { bg: [] as SVGElement[], grid: [] as SVGElement[], lanes: [] as SVGElement[] };
  let top = 0;
  laneList.forEach((party, i) => {
    const cls = laneClass(laneList, party);
    const name = who(a, party);
    const markerY = top + (narrow ? LANE_NAME_SPACE : 0) + MARKER_Y;
    const own = points.filter((p) => p.event.party === party).sort((p, q) => p.day - q.day);
    const rowEnds: number[] = [];
    const groups = own.map((p) => {
      const cx = x(p.day);
      const projected = p.event.projected === true;
      const step = SHORT[p.event.step] + (p.event.of === 'protocol' ? ' (protocol)' : '') + (p.disputed ? '?' : '');
      const date = (projected ? 'projected ' : '') + formatDate(p.event.date);
      const w = Math.max(step.length * STEP_CHAR, date.length * DATE_CHAR);
      const mid = Math.min(Math.max(cx, left + w / 2), right - w / 2);
      let row = rowEnds.findIndex((end) => end + LABEL_GAP <= mid - w / 2);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = mid + w / 2;
      const base = markerY - MARKER_Y + FIRST_LABEL + row * LABEL_ROW;
      const tip =
        `${describeEvent(p.event)}${p.disputed ? ` — disputed: ${p.event.reason ?? ''}` : ''}` +
        (projected ? ` — projected from the rule: ${ruleLabel(p.event.rule)}` : '');
      // A projected date has no report of its own: its evidence is the rule's.
      const open = () => (projected ? openFact(m, tip, p.event.rule?.claims ?? [], p.event.rule?.docs ?? []) : openFact(m, tip, p.event.claims, p.event.docs));
      const g = s(
        'g',
        { class: `tl-event ${cls}${p.disputed ? ' disputed' : ''}${projected ? ' projected' : ''}`, tabindex: 0, role: 'button', 'aria-label': tip },
        s('title', {}, tip),
        s('line', { class: 'leader', x1: cx, y1: markerY + 9, x2: cx, y2: base - 13 }),
        p.disputed
          ? s('circle', { class: 'marker-disputed', cx, cy: markerY, r: 10 })
          : s('circle', { class: `marker${p.approx ? ' approx' : ''}${projected ? ' projected' : ''}`, cx, cy: markerY, r: 7 }),
        s(
          'text',
          { class: 'tl-label', x: mid, y: base, 'text-anchor': 'middle' },
          s('tspan', { class: 'tl-step' }, step),
          s('tspan', { class: 'tl-date', x: mid, dy: 15 }, date),
        ),
      );
      g.addEventListener('click', open);
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      });
      return g;
    });
    const height = (narrow ? LANE_NAME_SPACE : 0) + FIRST_LABEL + Math.max(rowEnds.length, 1) * LABEL_ROW - 4;
    layers.bg.push(s('rect', { class: `lane-bg${i % 2 ? ' odd' : ''}`, x: 0, y: top, width, height }));
    layers.lanes.push(
      s(
        'g',
        { class: `lane ${cls}` },
        s('line', { class: 'lane-line', x1: left, y1: markerY, x2: right, y2: markerY }),
        narrow
          ? s('text', { class: 'lane-name', x: EDGE, y: top + 16 }, name)
          : s('text', { class: 'lane-name', x: 12, y: markerY + 4 }, name.length > 17 ? `${name.slice(0, 16)}…` : name, s('title', {}, name)),
        groups,
      ),
    );
    top += height;
  });
  const axisY = top + 8;
  for (const t of ticks(from, to)) {
    const tx = x(t.day);
    const half = (t.label.length * TICK_CHAR) / 2; // the label stays inside the drawing at either edge
    layers.grid.push(
      s('line', { class: 'grid', x1: tx, y1: 0, x2: tx, y2: top }),
      s('line', { class: 'tick', x1: tx, y1: axisY, x2: tx, y2: axisY + 5 }),
      s('text', { class: 'tick-label', x: Math.min(Math.max(tx, half + 2), width - half - 2), y: axisY + 20, 'text-anchor': 'middle' }, t.label),
    );
  }
  const height = axisY + AXIS_SPACE;
  return s(
    'svg',
    {
      class: 'timeline',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': `Lifecycle of ${a.title}: ${points.length} dated events`,
    },
    layers.bg,
    layers.grid,
    s('line', { class: 'axis', x1: left, y1: axisY, x2: right, y2: axisY }),
    layers.lanes,
  );
}

/** Dates the agreement's rules imply that no report tells of (the end of a term, the last day for notice). */
function scheduleList(m: Model, a: Agreement): HTMLElement | null {
  if (!a.schedule?.length) return null;
  return h(
    'div',
    'schedule',
    h('h3', null, 'Schedule ', h('span', 'muted', '(dates the agreement’s rules imply; projected, not reported)')),
    h(
      'ul',
      'schedule-list',
      a.schedule.map((x) =>
        h(
          'li',
          null,
          h('span', 'date', formatDate(x.date)),
          h('span', 'tag projected', 'projected'),
          h('strong', null, SCHEDULE_LABELS[x.what]),
          x.party ? ` for ${partyName(x.party)}` : null,
          h('span', 'rule', `Rule: ${ruleLabel(x.rule)}`),
          cite(m, `${SCHEDULE_LABELS[x.what]}: ${ruleLabel(x.rule)}`, x.rule.claims, x.rule.docs),
        ),
      ),
    ),
  );
}

function eventsTable(m: Model, a: Agreement): HTMLElement {
  const disputed: Event[] = a.disputed_events ?? [];
  const rows = [...a.lifecycle, ...disputed].sort((p, q) => (p.date ?? '9999').localeCompare(q.date ?? '9999'));
  return h(
    'table',
    'events',
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ['Date', 'Party', 'Step', 'Details', 'Sources', 'Status'].map((t) => h('th', { attrs: { scope: 'col' } }, t)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((e: Event) => {
        const isDisputed = disputed.includes(e);
        const details = [e.body, e.place ? `in ${e.place}` : null, e.ref ? `ref. ${e.ref}` : null].filter(Boolean).join(', ');
        return h(
          'tr',
          [isDisputed ? 'disputed' : '', e.projected ? 'projected' : ''].join(' ').trim() || null,
          h('td', 'date', formatDate(e.date)),
          h('td', null, who(a, e.party)),
          h(
            'td',
            null,
            h('strong', null, stepLabel(e)),
            isDisputed ? h('span', 'tag', 'disputed') : null,
            e.projected ? h('span', 'tag projected', 'projected') : null,
          ),
          h(
            'td',
            null,
            details,
            isDisputed && e.reason ? h('span', 'reason', e.reason) : null,
            e.projected ? h('span', 'rule', `Projected from the rule: ${ruleLabel(e.rule)}`) : null,
          ),
          h(
            'td',
            null,
            e.projected && e.rule
              ? cite(m, `Rule: ${ruleLabel(e.rule)}`, e.rule.claims, e.rule.docs)
              : cite(m, describeEvent(e), e.claims, e.docs, e as Capped),
          ),
          h('td', 'standing-cell', standingBadge(e)),
        );
      }),
    ),
  );
}

export function timelineSection(m: Model, a: Agreement): HTMLElement {
  const events = a.lifecycle.length + (a.disputed_events?.length ?? 0);
  const figure = h('div', 'timeline-box');
  const section = h(
    'section',
    { class: 'card', attrs: { id: `lifecycle-${a.id}`, 'aria-labelledby': `lifecycle-h-${a.id}` } },
    h('h2', { attrs: { id: `lifecycle-h-${a.id}` } }, 'Lifecycle'),
    events
      ? [
          h('p', 'intro', 'Signature, approval, ratification and entry into force, per party. Select an event to read its sources.'),
          figure,
          a.lifecycle.some((e) => e.projected)
            ? h('p', 'legend', h('span', 'key solid'), ' reported ', h('span', 'key projected'), ' projected from the agreement’s own rule, not reported')
            : null,
          eventsTable(m, a),
          scheduleList(m, a),
        ]
      : h('p', 'muted', 'No source reports a step after the agreement was drafted.'),
  );
  if (!events) return section;
  let drawnAt = 0;
  const redraw = () => {
    const width = Math.floor(figure.clientWidth);
    if (!width || Math.abs(width - drawnAt) < 16) return;
    drawnAt = width;
    figure.replaceChildren(draw(m, a, width) ?? h('p', 'muted', 'No event has a date to place on a timeline.'));
  };
  new ResizeObserver(redraw).observe(figure);
  return section;
}
