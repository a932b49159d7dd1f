// The agreements' lifecycles as an iCalendar file (RFC 5545) for a calendar program: one all-day event per
// dated step, reported or projected from the agreement's own rules, and per date its schedule implies. A date
// known only to the month or year spans that month or year. Projected dates are tentative, say so in their
// summary and description, and carry the category "Projected".

import type { DateArray, EventAttributes } from 'ics';
import * as ics from 'ics';
import type { Agreement, Dossier, LifecycleEvent, RuleBasis, ScheduledDate } from '../types.ts';
import { docLabel, formatDate, lookup, nameList, partyName, STEP_LABELS } from './view.ts';

const PRODUCT_ID = '-//Pactwatch//Agreement lifecycle//EN';

export const CATEGORY = { reported: 'Reported', projected: 'Projected', scheduled: 'Scheduled' } as const;

/** What each scheduled date is, as a calendar names it. */
const SCHEDULE_LABELS: Record<ScheduledDate['what'], string> = {
  expiry: 'Expires',
  renewal: 'Renewed',
  'notice-deadline': 'Last day for notice',
  'withdrawal-effective': 'Withdrawal takes effect',
};

/** A date's first day and the day after its last: a day, a month or a year, by the precision known. */
function span(iso: string): { start: DateArray; end: DateArray; precision: 'day' | 'month' | 'year' } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const first = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  if (Number.isNaN(first.getTime())) return null;
  const next = new Date(first);
  if (d) next.setUTCDate(next.getUTCDate() + 1);
  else if (mo) next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  const arr = (x: Date): DateArray => [x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate()];
  return { start: arr(first), end: arr(next), precision: d ? 'day' : mo ? 'month' : 'year' };
}

/** A category is one value of a comma-separated list. */
function category(text: string): string {
  return text.replace(/[,;\\]/g, ' ').trim();
}

/** The calendar library's own check of an event's URL (left out of its typings): an address it would refuse
 *  (a host with "_") is left off the event rather than failing the file. */
const acceptsUrl = (ics as unknown as { isValidURL: (url: string) => boolean }).isValidURL;

/** A source's address as an event's link: http or https only, normalised, and one the library accepts. */
function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && acceptsUrl(u.href) ? u.href : null;
  } catch {
    return null;
  }
}

function agreementName(a: Agreement): string {
  return a.aliases[0] ?? a.title;
}

function ruleText(rule: RuleBasis | undefined): string | null {
  if (!rule) return null;
  return `Rule: ${rule.offset}${rule.text ? ` («${rule.text.replace(/\s+/g, ' ').trim()}»)` : ''}.`;
}

function precisionNote(precision: 'day' | 'month' | 'year', date: string): string | null {
  return precision === 'day' ? null : `The sources give the ${precision} only (${formatDate(date)}).`;
}

interface Entry {
  key: string;
  date: string;
  title: string;
  description: string[];
  categories: string[];
  projected: boolean;
  place?: string | null;
  url?: string | null;
}

function lifecycleEntry(d: Dossier, a: Agreement, e: LifecycleEvent): Entry {
  const look = lookup(d);
  const who = e.party ? ` by ${partyName(e.party)}` : '';
  const body = e.body ? ` (${e.body})` : '';
  const label = `${STEP_LABELS[e.step]}${who}${body}`;
  const docs = e.docs.map(look.doc).filter((x) => x !== undefined);
  const projected = e.projected === true;
  return {
    key: `${a.id}.${e.step}.${e.party ?? 'all'}`,
    date: e.date!,
    title: projected ? `Projected: ${agreementName(a)}: ${label}` : `${agreementName(a)}: ${label}`,
    description: [
      projected
        ? 'Projected: computed from the agreement’s own rule, not reported by any source.'
        : `Reported by ${nameList(docs.map(docLabel)) || 'the sources'}.`,
      projected ? ruleText(e.rule) : null,
      e.ref ? `Reference: ${e.ref}.` : null,
      `Agreement: ${a.title}.`,
    ].filter((x) => x !== null),
    categories: [projected ? CATEGORY.projected : CATEGORY.reported, STEP_LABELS[e.step], ...(e.party ? [partyName(e.party)] : [])],
    projected,
    place: e.place,
    url: docs.map((x) => webUrl(x.url)).find((x) => x !== null) ?? null,
  };
}

function scheduleEntry(a: Agreement, s: ScheduledDate): Entry {
  const label = `${SCHEDULE_LABELS[s.what]}${s.party ? ` for ${partyName(s.party)}` : ''}`;
  return {
    key: `${a.id}.${s.what}.${s.party ?? 'all'}`,
    date: s.date,
    title: `Projected: ${agreementName(a)}: ${label}`,
    description: [
      'Projected: a date the agreement’s own rules imply; no source reports it as having happened.',
      ruleText(s.rule),
      `Agreement: ${a.title}.`,
    ].filter((x) => x !== null),
    categories: [CATEGORY.projected, CATEGORY.scheduled, SCHEDULE_LABELS[s.what], ...(s.party ? [partyName(s.party)] : [])],
    projected: true,
  };
}

/** The dossier's dated events, in calendar form: an iCalendar file with one VEVENT each. */
export function toIcs(d: Dossier): string {
  const entries = d.agreements.flatMap((a) => [
    ...a.lifecycle.filter((e) => e.date).map((e) => lifecycleEntry(d, a, e)),
    ...(a.schedule ?? []).map((s) => scheduleEntry(a, s)),
  ]);
  const timestamp = Date.parse(d.generated);
  const uids = new Map<string, number>();
  const events: EventAttributes[] = [];
  for (const entry of entries) {
    const when = span(entry.date);
    if (!when) continue;
    // Stable identifiers, so a calendar that imports a newer export updates its events rather than doubling them.
    const base = `${entry.key}.${entry.date}`;
    const n = (uids.get(base) ?? 0) + 1;
    uids.set(base, n);
    const note = precisionNote(when.precision, entry.date);
    events.push({
      uid: `${base}${n > 1 ? `.${n}` : ''}@pactwatch`.replace(/[^\w.@-]/g, '-'),
      start: when.start,
      end: when.end,
      title: entry.title,
      description: [...entry.description, ...(note ? [note] : [])].join('\n'),
      categories: [...new Set(entry.categories.map(category).filter(Boolean))],
      status: entry.projected ? 'TENTATIVE' : 'CONFIRMED',
      transp: 'TRANSPARENT',
      ...(entry.place ? { location: entry.place } : {}),
      ...(entry.url ? { url: entry.url } : {}),
      // The dossier's time, not the clock's: the same dossier always gives the same file.
      ...(Number.isNaN(timestamp) ? {} : { timestamp }),
    } as EventAttributes);
  }
  const name = d.agreements.length === 1 ? agreementName(d.agreements[0]) : 'Agreements';
  const { error, value } = ics.createEvents(events, { productId: PRODUCT_ID, calName: `${name} (Pactwatch)` });
  if (error || value === null) throw new Error(`the calendar could not be written: ${error?.message ?? 'no output'}`);
  return value;
}
