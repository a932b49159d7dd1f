// The date of each verb of a claim: the nearest date within reach (not one a verb of saying governs), a
// timeline line's leading date, offsets between events ("a week after", "the same day"), and the date a verb
// shares with the one it is coordinated with ("approved it and referred it to the Knesset").
import type { DateMention } from '../../types.ts';
import type { Anchor } from './anchors.ts';
import { matchesOf, rx } from './regex.ts';
import { type Offset, shift } from './relative.ts';
import type { TimelineLead } from './timeline.ts';
import type { Guards } from './types.ts';

/** `continues`: dated from the document's previous event ("La veille, …"), so it goes on with its story. */
export type Dated = { value: string; from: 'text' | 'relative' | 'offset' | 'timeline'; continues?: boolean };

/** A date belongs to the nearest event verb, within these distances (characters): dates mostly follow the
 *  verb ("signed … on 3 May 2020") and sit close when they precede it ("в среду одобрил", "on Friday signed"). */
const DATE_BEFORE = 40;
const DATE_AFTER = 100;
/** "until today", "bis heute", "jusqu'à présent", "hasta hoy", "до сих пор", "حتى اليوم": how far a count
 *  has come, not the day of a step. */
const UNTIL = /(?:\buntil|\btill|\bbis|\bjusqu['’]\s*(?:à|a)u?|\bhasta|(?<!\p{L})до|(?<!\p{L})[وف]?حتى)\s*$/iu;
const UNTIL_REACH = 12;
/** "with retrospective effect from", "avec un effet rétroactif au", "con efecto retroactivo desde", "rückwirkend
 *  zum", "с обратной силой с": the day a text applies from, not the day of a step. */
const RETROACTIVE =
  /(?:retrospective|retroactive|rétroacti\p{L}*|retroactiv\p{L}*|rückwirkend|обратн\p{L}*\s+сил\p{L}*)\s+(?:effect\s+)?(?:from|as\s+(?:from|of)|au|à\s+compter\s+du|desde(?:\s+el)?|a\s+partir\s+del?|al|zum|ab|с)\s*$/iu;
const RETROACTIVE_REACH = 40;
/** A date this close after a verb of saying is the report's ("KCNA announced on Tuesday", "a annoncé mardi"). */
const REPORT_REACH = 12;
/** The longest verb of saying a window must hold whole. */
const REPORT_WORD = 20;
/** A date this close before an offset is what the offset counts from (", 30 days after"). */
const OFFSET_LEAD = 3;
/** An event told after another this close, with at most its object and a conjunction between, shares its date. */
const COORDINATED = rx(String.raw`^\s*(?:[\p{L}\p{N}'’.-]+\s+){0,5}?(?:and|und|et|y|и)\s+(?:[\p{L}'’-]+\s+){0,2}?$`, 'iu');

/** What closes a clause between a date and the verb after it: a comma, a semicolon or a conjunction. */
const CLAUSE_BREAK = /[,;،؛]|\s(?:and|und|sowie|et|y|e|и|а)\s|\sو/u;

/** The verbs' dates from the claim's own dates (those of offsets and of a timeline lead set aside). */
/** `previous`: the date of the document's last dated event before this claim ("La veille, le Parlement …"). */
export function dateVerbs(
  text: string,
  anchors: Anchor[],
  mentions: DateMention[],
  offsets: Offset[],
  lead: TimelineLead | null,
  published: string | null,
  guards: Guards,
  previous: string | null = null,
): Map<Anchor, Dated> {
  // A date inside a verb phrase of a step is its own, whatever word before it also reports ("gab am 23. Januar
  // grünes Licht", where "gab" is also the "gab … bekannt" of saying).
  const inside = (d: DateMention) => anchors.some((a) => a.kind === 'event' && a.start < d.start && d.end <= a.end);
  const others = otherInstruments(text, anchors);
  const said = mentions
    .filter((d) => !others.some((o) => o.start <= d.start && d.end <= o.end))
    .filter((d) => (inside(d) || !reportsDate(text, d, guards)) && !UNTIL.test(text.slice(Math.max(0, d.start - UNTIL_REACH), d.start)))
    .filter((d) => !RETROACTIVE.test(text.slice(Math.max(0, d.start - RETROACTIVE_REACH), d.start)))
    .map((d) => (lead?.date ? inLeadYear(d, lead.date) : d));
  const dates = attachDates(anchors, said, text, guards);
  // A timeline's date is its first event's, and every other's of the line that gives none of its own.
  if (lead?.date) {
    const events = anchors.filter((a) => a.kind === 'event');
    events.forEach((a, i) => {
      if (i === 0 || !dates.has(a)) dates.set(a, { value: lead.date!, from: 'timeline' });
    });
  }
  fillOffsets(text, anchors, dates, offsets, said, published, previous);
  shareCoordinated(text, anchors, dates);
  return dates;
}

/** Where the claim names another instrument with its date ("прежний договор 1998 года", "das alte Abkommen von
 *  1995"): that date is the other instrument's, never a step's of this one. */
function otherInstruments(text: string, anchors: Anchor[]): { start: number; end: number }[] {
  const rules = new Set(anchors.map((a) => a.rules));
  return [...rules].flatMap((r) => matchesOf(globally(r.words.otherInstrument), text));
}

/** A day and month without a year in a timeline line is in the year of the line's date ("the Federation Council
 *  follows on January 26" in the line of January 25, 2011), not the publication's. */
function inLeadYear(d: DateMention, lead: string): DateMention {
  if (!d.relative || d.value.length !== 10) return d;
  return { ...d, value: nearestYear(d.value, lead.length === 10 ? lead : `${lead}-01`.slice(0, 10)) };
}

/** A date right after a verb of saying is when something was said, not when it was done. */
function reportsDate(text: string, d: DateMention, guards: Guards): boolean {
  const before = text.slice(Math.max(0, d.start - REPORT_REACH - REPORT_WORD), d.start);
  const last = matchesOf(globally(guards.report), before).at(-1);
  return !!last && before.length - last.end <= REPORT_REACH && !/[.;,]/.test(before.slice(last.end));
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
/** A global copy of a guard (compiled once), for finding all its matches. */
function globally(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = re.global ? re : new RegExp(re.source, `${re.flags}g`)));
  return g;
}

/** Each date goes to the nearest verb within reach (not across a verb of saying after the verb); each verb
 *  takes the nearest of its dates. */
function attachDates(anchors: Anchor[], mentions: DateMention[], text: string, guards: Guards): Map<Anchor, Dated> {
  const best = new Map<Anchor, { value: string; gap: number; relative: boolean }>();
  for (const m of mentions) {
    let pick: Anchor | null = null;
    let pickGap = Infinity;
    for (const a of anchors) {
      const before = m.end <= a.start;
      const gap = before ? a.start - m.end : m.start >= a.end ? m.start - a.end : 0;
      if (gap > (before ? DATE_BEFORE : DATE_AFTER)) continue;
      if (!before && gap > 0 && (guards.report.test(text.slice(a.end, m.start)) || a.rules.guards.closesClause?.test(a.text))) continue;
      // "signed in Helsinki in 1992, entered into force in 2002", "approved it on 19 June and endorsed the
      // protocol": a date closing a verb's clause is that verb's.
      if (before && CLAUSE_BREAK.test(text.slice(m.end, a.start)) && anchors.some((b) => b.end <= m.start && !/[,;:]/.test(text.slice(b.end, m.start))))
        continue;
      // On a tie the verb before the date wins: dates follow their verb more often than they precede it.
      if (gap < pickGap || (gap === pickGap && !before)) {
        pick = a;
        pickGap = gap;
      }
    }
    if (!pick) continue;
    const held = best.get(pick);
    if (!held || pickGap < held.gap) best.set(pick, { value: m.value, gap: pickGap, relative: !!m.relative });
  }
  return new Map([...best].map(([a, v]) => [a, { value: v.value, from: v.relative ? 'relative' : 'text' }]));
}

/** Dates from offsets: "A, a week after B" (B = A − 7 days), "eine Woche zuvor" (the event before − 7 days),
 *  "a day ago" (the publication date − 1 day), "the same day" (the event before's). Only verbs without a date
 *  of their own get one. */
function fillOffsets(
  text: string,
  anchors: Anchor[],
  dates: Map<Anchor, Dated>,
  offsets: Offset[],
  mentions: DateMention[],
  published: string | null,
  previous: string | null,
): void {
  const events = anchors.filter((a) => a.kind === 'event');
  for (const o of offsets) {
    const before = [...events].reverse().find((a) => a.end <= o.start) ?? null;
    const after = events.find((a) => a.start >= o.end && a.start - o.end <= 80) ?? null;
    const inside = events.find((a) => a.start <= o.start && o.end <= a.end) ?? null;
    const set = (a: Anchor | null, value: string | null) => {
      if (a && value && !dates.has(a)) dates.set(a, { value, from: 'offset' });
    };
    const dateOf = (a: Anchor) => dates.get(a)?.value ?? null;
    if (o.relation === 'after' || o.relation === 'before') {
      const sign = o.relation === 'after' ? 1 : -1;
      const a = inside ?? before;
      // "rejoined on Friday, 30 days after Biden signed": the date just before the offset is not the verb's after it.
      const from = a ? null : mentions.find((d) => d.end <= o.start && o.start - d.end <= OFFSET_LEAD);
      if (from && after) dates.set(after, { value: shift(from.value, o, sign === 1 ? -1 : 1) ?? from.value, from: 'offset' });
      else if (a && after) {
        set(a, shift(dateOf(after), o, sign));
        set(after, shift(dateOf(a), o, sign === 1 ? -1 : 1));
      }
    } else if (o.relation === 'ago') {
      set(inside ?? before ?? after, shift(published, o, -1));
    } else {
      const back = before && !RELATIVE_CLAUSE.test(text.slice(before.end, o.start)) ? before : null;
      const target = inside ?? (o.days === 0 && o.months === 0 ? back : null) ?? after ?? back;
      const base = target ? [...events].reverse().find((a) => a.end <= target.start && dates.has(a)) : undefined;
      // Counted from the event told before in the claim, else from the document's last dated one.
      const from = base ? dateOf(base) : target && target.start >= o.end ? previous : null;
      const value = shift(from, o, o.relation === 'later' ? 1 : -1);
      if (target && value && !dates.has(target)) dates.set(target, { value, from: 'offset', ...(base ? {} : { continues: true }) });
      // "a week later, on 10 June": the day the words give, in the year the offset counts to.
      else if (target && value && dates.get(target)?.from === 'relative')
        dates.set(target, { value: sameWeekday(dates.get(target)!.value, value) ? value : nearestYear(dates.get(target)!.value, value), from: 'offset' });
    }
  }
}

/** A relative clause opened after a verb ("notified its withdrawal, which takes effect six months later",
 *  "notifié son retrait, qui prendra effet six mois plus tard"): an offset in it dates what the clause tells. */
const RELATIVE_CLAUSE = /,\s*(?:which|that|qui|lequel|laquelle|que|la\s+cual|el\s+cual|der|die|das|который|которая|которое|которые)\s/iu;

/** "The next day, Saturday": a weekday the reading stage resolved against the publication names the same day
 *  as the offset when their weekdays agree; the offset's (from the story's dates) is then the day. */
function sameWeekday(a: string, b: string): boolean {
  return a.length === 10 && b.length === 10 && new Date(`${a}T00:00:00Z`).getUTCDay() === new Date(`${b}T00:00:00Z`).getUTCDay();
}

/** A day and month the reading stage put in a year of its own, in the year that brings it nearest `to`. */
export function nearestYear(day: string, to: string): string {
  if (day.length !== 10) return day;
  const year = Number(to.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}${day.slice(4)}`);
  const distance = (v: string) => Math.abs(Date.parse(v) - Date.parse(to));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

/** "the cabinet approved it and referred it to the Knesset": the second verb shares the first one's date. */
function shareCoordinated(text: string, anchors: Anchor[], dates: Map<Anchor, Dated>): void {
  for (let i = 1; i < anchors.length; i++) {
    const [a, b] = [anchors[i - 1], anchors[i]];
    if (a.kind !== 'event' || b.kind !== 'event' || !COORDINATED.test(text.slice(a.end, b.start))) continue;
    const da = dates.get(a);
    const db = dates.get(b);
    if (da && !db) dates.set(b, da);
    else if (db && !da) dates.set(a, db);
  }
}
