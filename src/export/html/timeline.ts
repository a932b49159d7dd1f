// The lifecycle as an SVG timeline: one lane per party (plus one for joint acts), a time axis computed from the
// events' dates, one marker per dated event linking to its source sentence. Undated events cannot be placed and
// are returned for a list beside the drawing; disputed events are drawn in their lane with a distinct marker.
import type { Agreement, LifecycleEvent, LifecycleStep } from '../../types.ts';
import { formatDate, partyName, ruleLabel, STEP_LABELS, stepLabel } from '../view.ts';
import { escapeHtml as h } from './escape.ts';

/** Drawing geometry in SVG user units; the viewBox scales it to the page width. */
const WIDTH = 960;
const GUTTER = 140; // lane names on the left
const RIGHT = 28;
const MARKER_Y = 20; // marker line, from a lane's top
const FIRST_LABEL = 44; // first label baseline, from a lane's top
const LABEL_ROW = 32; // a label is two lines (step, date); rows stack when labels would overlap
const LABEL_GAP = 12;
const AXIS_SPACE = 28; // under the axis line, for the tick labels
/** Approximate glyph widths (px) of the label fonts, enough to keep labels from overlapping. */
const TITLE_CHAR = 7.1;
const SUB_CHAR = 6.2;
const DAY = 86_400_000;
/** Lane colours: joint acts in slate, then one hue per party, chosen to stay distinct for colour-blind readers. */
const LANE_COLORS = ['#475569', '#1d4ed8', '#c2410c', '#047857', '#7c3aed', '#be123c', '#0e7490'];

/** Short step names: a timeline label has to fit between its neighbours. */
const SHORT: Record<LifecycleStep, string> = {
  ...STEP_LABELS,
  'submitted-for-ratification': 'Submitted',
  'approved-by-legislature': 'Approved',
  'entered-into-force': 'In force',
  'provisionally-applied': 'Provisional',
};

type Event = LifecycleEvent & { reason?: string };

interface Point {
  event: Event;
  day: number;
  approx: boolean;
  disputed: boolean;
}

/** ISO date → days since 1970; a month or a year alone sits mid-period and is drawn as approximate. */
export function dayOf(iso: string | null): { day: number; approx: boolean } | null {
  const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo && d) return { day: Date.UTC(y, mo - 1, d) / DAY, approx: false };
  if (mo) return { day: Date.UTC(y, mo - 1, 15) / DAY, approx: true };
  return { day: Date.UTC(y, 6, 1) / DAY, approx: true };
}

/** Axis ticks: the finest of these steps that gives at most 7 ticks over the domain. */
const TICK_STEPS: ({ days: number } | { months: number })[] = [
  { days: 7 },
  { days: 14 },
  { months: 1 },
  { months: 2 },
  { months: 3 },
  { months: 6 },
  { months: 12 },
  { months: 24 },
  { months: 60 },
  { months: 120 },
  { months: 300 },
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ticks(from: number, to: number): { day: number; label: string }[] {
  for (const step of TICK_STEPS) {
    const out: { day: number; label: string }[] = [];
    if ('days' in step) {
      for (let day = Math.ceil(from); day <= to; day += step.days) {
        const t = new Date(day * DAY);
        out.push({ day, label: `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}` });
      }
    } else {
      const start = new Date(from * DAY);
      let months = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1; // first whole month inside the domain
      months = Math.ceil(months / step.months) * step.months;
      for (; Date.UTC(Math.floor(months / 12), months % 12, 1) / DAY <= to; months += step.months) {
        const [y, mo] = [Math.floor(months / 12), months % 12];
        // Year steps name the year; month steps name the month, with the year at January and at the first tick.
        const label = step.months >= 12 ? String(y) : mo === 0 || !out.length ? `${MONTHS[mo]} ${y}` : MONTHS[mo];
        out.push({ day: Date.UTC(y, mo, 1) / DAY, label });
      }
    }
    if (out.length <= 7) return out;
  }
  return [];
}

/** Parties in lane order: the agreement's parties, then anyone else an event names. */
function partiesOf(a: Agreement, events: Event[]): string[] {
  const out: string[] = [];
  for (const p of [...a.parties, ...events.map((e) => e.party)]) if (p && !out.includes(p)) out.push(p);
  return out;
}

/** A party's colour, the same in the timeline and the summary; joint acts (null) are slate. */
export function laneColor(a: Agreement, party: string | null): string {
  if (!party) return LANE_COLORS[0];
  const events: Event[] = [...a.lifecycle, ...(a.disputed_events ?? [])];
  return LANE_COLORS[1 + (partiesOf(a, events).indexOf(party) % (LANE_COLORS.length - 1))];
}

/** Lanes in reading order: joint acts first (when there are any), then the parties. */
function lanes(a: Agreement, events: Event[]): (string | null)[] {
  return [...(events.some((e) => !e.party) ? [null] : []), ...partiesOf(a, events)];
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface Timeline {
  svg: string;
  /** Lifecycle events without a usable date: listed beside the drawing. */
  undated: LifecycleEvent[];
}

export function timelineSvg(a: Agreement, href: (claimId: string) => string): Timeline {
  const disputed: Event[] = a.disputed_events ?? [];
  const points: Point[] = [];
  const undated: LifecycleEvent[] = [];
  for (const event of [...a.lifecycle, ...disputed]) {
    const at = dayOf(event.date);
    if (at) points.push({ event, ...at, disputed: disputed.includes(event) });
    else if (!disputed.includes(event)) undated.push(event);
  }
  if (!points.length) return { svg: '', undated };

  const days = points.map((p) => p.day);
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const pad = Math.max((last - first) * 0.06, 20); // a lone event still gets a readable axis around it
  const [from, to] = [first - pad, last + pad];
  const x = (day: number) => GUTTER + ((day - from) / (to - from)) * (WIDTH - GUTTER - RIGHT);

  const laneList = lanes(a, [...a.lifecycle, ...disputed]);
  const backgrounds: string[] = [];
  const body: string[] = [];
  let top = 0;
  laneList.forEach((party, i) => {
    const color = laneColor(a, party);
    const own = points.filter((p) => p.event.party === party).sort((p, q) => p.day - q.day);
    const rowEnds: number[] = [];
    const labels: string[] = [];
    const markers: string[] = [];
    for (const p of own) {
      const cx = x(p.day);
      const projected = p.event.projected === true;
      const title = SHORT[p.event.step] + (p.event.of === 'protocol' ? ' (protocol)' : '') + (p.disputed ? '?' : '');
      const sub = (projected ? 'projected ' : '') + formatDate(p.event.date) + (p.event.body ? ` · ${p.event.body}` : '');
      const w = Math.max(title.length * TITLE_CHAR, sub.length * SUB_CHAR);
      const mid = Math.min(Math.max(cx, GUTTER + w / 2), WIDTH - 4 - w / 2);
      let row = rowEnds.findIndex((end) => end + LABEL_GAP <= mid - w / 2);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = mid + w / 2;
      const base = top + FIRST_LABEL + row * LABEL_ROW;
      const cls = p.disputed ? 'tl-label disputed' : projected ? 'tl-label projected' : 'tl-label';
      labels.push(
        `<line class="leader" x1="${cx.toFixed(1)}" y1="${top + MARKER_Y + 8}" x2="${cx.toFixed(1)}" y2="${base - 12}"/>`,
        `<text class="${cls}" x="${mid.toFixed(1)}" y="${base}" text-anchor="middle"><tspan class="tl-step">${h(title)}</tspan>` +
          `<tspan class="tl-date" x="${mid.toFixed(1)}" dy="14">${h(sub)}</tspan></text>`,
      );
      const tip =
        `${stepLabel(p.event)}${p.event.party ? ` — ${partyName(p.event.party)}` : ''}, ${formatDate(p.event.date)}` +
        (p.event.body ? ` (${p.event.body})` : '') +
        (p.disputed ? ` — disputed: ${p.event.reason ?? ''}` : '') +
        (projected ? ` — projected from the rule: ${ruleLabel(p.event.rule)}` : '');
      const shape = p.disputed
        ? // A hollow ring: it stays readable around an agreed event's marker on the same day.
          `<circle class="disputed-marker" cx="${cx.toFixed(1)}" cy="${top + MARKER_Y}" r="11"/>`
        : `<circle class="marker${p.approx ? ' approx' : ''}${projected ? ' projected' : ''}" cx="${cx.toFixed(1)}" cy="${top + MARKER_Y}" r="7" style="--lane:${color}"/>`;
      const target = p.event.claims[0];
      markers.push(target ? `<a href="${href(target)}"><title>${h(tip)}</title>${shape}</a>` : `<g><title>${h(tip)}</title>${shape}</g>`);
    }
    const height = FIRST_LABEL + Math.max(rowEnds.length, 1) * LABEL_ROW - 6;
    const name = party ? partyName(party) : 'Joint acts';
    backgrounds.push(`<rect class="lane-bg${i % 2 ? ' odd' : ''}" x="0" y="${top}" width="${WIDTH}" height="${height}"/>`);
    body.push(
      `<g class="lane"><line class="lane-line" x1="${GUTTER}" y1="${top + MARKER_Y}" x2="${WIDTH - RIGHT}" y2="${top + MARKER_Y}" style="--lane:${color}"/>` +
        `<text class="lane-name" x="12" y="${top + MARKER_Y + 5}" style="--lane:${color}">${h(truncate(name, 18))}<title>${h(name)}</title></text>` +
        labels.join('') +
        markers.join('') +
        '</g>',
    );
    top += height;
  });

  const axisY = top + 10;
  const axis = ticks(from, to).map((t) => {
    const tx = x(t.day).toFixed(1);
    return (
      `<line class="grid" x1="${tx}" y1="0" x2="${tx}" y2="${top}"/><line class="tick" x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + 5}"/>` +
      `<text class="tick-label" x="${tx}" y="${axisY + 19}" text-anchor="middle">${h(t.label)}</text>`
    );
  });
  const height = axisY + AXIS_SPACE;
  const id = h(`tl-${a.id}`);
  const svg =
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}">` +
    `<title id="${id}">Lifecycle of ${h(a.title)}: ${points.length} dated events</title>` +
    backgrounds.join('') +
    axis.join('') +
    body.join('') +
    `<line class="axis" x1="${GUTTER}" y1="${axisY}" x2="${WIDTH - RIGHT}" y2="${axisY}"/></svg>`;
  return { svg, undated };
}
