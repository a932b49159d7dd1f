// The agreement's own date rules, read from one sentence (src/dossier/lifecycle/project does the arithmetic):
// what a rule dates (entry into force, a withdrawal taking effect, the last day for notice before expiry), the
// event it counts from (the exchange of instruments, the signature, the last notification, the Nth instrument,
// each later state's own deposit, the notice, the expiry) and the offset; and the day a sentence says a
// threshold of instruments was reached. A rule needs an exact offset and a named event: "about a month after",
// "within 90 days" and "after both parliaments ratify it" are no rule. Languages side by side (en.ts, ru.ts …).
import type { ClaimRule, ClaimThreshold, DateMention, RuleOffset } from '../../types.ts';
import { matchesOf, rx } from '../events/regex.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { NumberWord, RuleLanguage, Trigger, Unit } from './types.ts';

export const RULE_LANGUAGES: Record<string, RuleLanguage> = { en, ru, de, fr, es, ar };

/** How far after an offset its event may be named ("90 days after the date of deposit of the fiftieth …"). */
const TRIGGER_WINDOW = 90;
/** How far before a number an approximating word counts ("about a month", "within 90 days"). */
const APPROXIMATE_WINDOW = 24;
/** Entry into force counted in years from an event is a report's round figure ("ten years after it was signed"). */
const EIF_UNITS = new Set<Unit>(['day', 'month']);

interface Compiled {
  lang: RuleLanguage;
  entry: RegExp;
  withdrawal: RegExp;
  effect: RegExp;
  notice: RegExp;
  offsets: Record<keyof RuleLanguage['offsets'], RegExp[]>;
  triggers: [Trigger, RegExp][];
  eachLater: RegExp;
  conditional: RegExp;
  approximate: RegExp;
  nth: RegExp[];
  thresholdReached: RegExp[];
  future: RegExp;
  numbers: NumberWord[];
  units: [RegExp, Unit][];
  /** Any unit word: an offset counted in days, months or years needs one, and is not sought without it (the
   *  number alternations are long, and most sentences that name entry into force state no offset). */
  unitCue: RegExp;
}

/** Offsets counted in units (the others: "on the date of", "upon"). */
const COUNTED = new Set<keyof RuleLanguage['offsets']>(['dayOrdinal', 'units', 'firstOfMonth', 'beforeExpiry', 'noticePeriod']);

const COMPILED = new Map<RuleLanguage, Compiled>();

const alternation = (words: NumberWord[]) =>
  [...words]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w]) => (w.endsWith('*') ? `${w.slice(0, -1)}\\p{L}*` : `${w}(?![\\p{L}])`))
    .join('|');

function compile(lang: RuleLanguage): Compiled {
  const cached = COMPILED.get(lang);
  if (cached) return cached;
  const ord = `(?<num>\\d{1,3}(?:${lang.ordinalSuffix})|${alternation(lang.ordinals)})`;
  const num = `(?<num>\\d{1,3}(?:${lang.ordinalSuffix})?|${alternation([...lang.cardinals, ...lang.ordinals])})`;
  const unit = `(?<unit>${lang.units.map(([u]) => u).join('|')})`;
  const fill = (source: string) => rx(`(?<![\\p{L}\\p{N}])(?:${source.replace('{ORD}', ord).replace('{NUM}', num).replace('{UNIT}', unit)})`);
  const all = (list: string[]) => list.map(fill);
  const compiled: Compiled = {
    lang,
    entry: fill(lang.entry),
    withdrawal: fill(lang.withdrawal),
    effect: fill(lang.effect),
    notice: fill(lang.notice),
    offsets: {
      dayOrdinal: all(lang.offsets.dayOrdinal),
      units: all(lang.offsets.units),
      firstOfMonth: all(lang.offsets.firstOfMonth),
      sameDay: all(lang.offsets.sameDay),
      beforeExpiry: all(lang.offsets.beforeExpiry),
      noticePeriod: all(lang.offsets.noticePeriod),
    },
    triggers: (Object.entries(lang.triggers) as [Trigger, string[]][]).flatMap(([t, list]) => list.map((s) => [t, fill(s)] as [Trigger, RegExp])),
    eachLater: fill(lang.eachLater),
    conditional: fill(lang.conditional),
    approximate: rx(`(?:${lang.approximate})\\s+$`, 'iu'),
    nth: all(lang.nth),
    thresholdReached: all(lang.thresholdReached),
    future: fill(lang.future),
    numbers: [...lang.cardinals, ...lang.ordinals].sort((a, b) => b[0].length - a[0].length),
    units: lang.units.map(([u, name]) => [rx(`^(?:${u})$`, 'iu'), name]),
    unitCue: rx(lang.units.map(([u]) => `(?:${u})`).join('|'), 'iu'),
  };
  COMPILED.set(lang, compiled);
  return compiled;
}

function numberOf(c: Compiled, word: string | undefined): number | null {
  if (!word) return null;
  const digits = /^\d+/.exec(word);
  if (digits) return Number(digits[0]);
  const w = word.toLowerCase();
  for (const [form, value] of c.numbers) {
    const stem = form.endsWith('*');
    const f = (stem ? form.slice(0, -1) : form).toLowerCase();
    if (stem ? w.startsWith(f) : w === f) return value;
  }
  return null;
}

const unitOf = (c: Compiled, word: string | undefined): Unit | null => (word ? (c.units.find(([re]) => re.test(word))?.[1] ?? null) : null);

type Match = { start: number; end: number; text: string; groups: Record<string, string | undefined> };

function find(re: RegExp, text: string, from = 0): Match[] {
  re.lastIndex = from;
  const out: Match[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups ?? {} });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const has = (re: RegExp, text: string) => matchesOf(re, text).length > 0;

function languagesFor(text: string, language: string | null): Compiled[] {
  const own = language ? RULE_LANGUAGES[language.toLowerCase().slice(0, 2)] : undefined;
  return (own ? [own] : Object.values(RULE_LANGUAGES)).filter((l) => l.prefilter.test(text)).map(compile);
}

/** The rules and threshold days one sentence states. `dates`: the claim's dates (a threshold needs its day). */
export function readRules(text: string, language: string | null, dates: DateMention[]): { rules?: ClaimRule[]; thresholds?: ClaimThreshold[] } {
  for (const c of languagesFor(text, language)) {
    const rule = ruleIn(c, text);
    const thresholds = thresholdsIn(c, text, dates);
    if (rule || thresholds.length) return { ...(rule ? { rules: [rule] } : {}), ...(thresholds.length ? { thresholds } : {}) };
  }
  return {};
}

/** The sentence's rule: notice before expiry, a withdrawal taking effect, else entry into force. */
function ruleIn(c: Compiled, text: string): ClaimRule | null {
  if (has(c.notice, text)) {
    const r = offsetRule(c, text, 'notice', ['beforeExpiry']);
    if (r) return r;
  }
  if (has(c.withdrawal, text) && (has(c.effect, text) || has(c.notice, text))) {
    const r = offsetRule(c, text, 'withdrawal', ['noticePeriod', 'units']);
    if (r) return r;
  }
  const entry = find(c.entry, text);
  if (!entry.length || has(c.withdrawal, text)) return null;
  return offsetRule(c, text, 'entry-into-force', ['dayOrdinal', 'firstOfMonth', 'units', 'sameDay']);
}

function offsetRule(c: Compiled, text: string, what: ClaimRule['what'], kinds: (keyof Compiled['offsets'])[]): ClaimRule | null {
  const counted = c.unitCue.test(text);
  for (const kind of kinds) {
    if (COUNTED.has(kind) && !counted) continue;
    for (const re of c.offsets[kind]) {
      for (const m of find(re, text)) {
        if (c.approximate.test(text.slice(Math.max(0, m.start - APPROXIMATE_WINDOW), m.start))) continue;
        const offset = offsetOf(c, kind, m);
        if (!offset) continue;
        if (what === 'entry-into-force' && offset.years) continue;
        if (what === 'entry-into-force' && kind === 'units' && !EIF_UNITS.has(unitOf(c, m.groups.unit)!)) continue;
        const from = fromOf(c, text, what, kind, m);
        if (!from) continue;
        const end = Math.max(m.end, from.end);
        const each = from.trigger === 'own-deposit';
        return {
          what,
          for: each ? 'each-later-state' : 'agreement',
          from: from.trigger,
          threshold: from.threshold,
          conditional: from.trigger === 'threshold' && has(c.conditional, text),
          offset,
          cue: `${Object.keys(RULE_LANGUAGES).find((k) => RULE_LANGUAGES[k] === c.lang)}:${what}:${kind}`,
          text: text.slice(m.start, end),
          start: m.start,
          end,
        };
      }
    }
  }
  return null;
}

function offsetOf(c: Compiled, kind: keyof Compiled['offsets'], m: Match): RuleOffset | null {
  const zero: RuleOffset = { days: 0, months: 0, years: 0, anchor: 'day' };
  if (kind === 'sameDay') return zero;
  const n = numberOf(c, m.groups.num);
  if (kind === 'firstOfMonth') return { ...zero, months: m.groups.next || !m.groups.num ? 1 : (n ?? 0), anchor: 'first-of-month' };
  if (n === null || n <= 0) return null;
  if (kind === 'dayOrdinal') return { ...zero, days: n };
  const unit = unitOf(c, m.groups.unit);
  if (!unit) return null;
  const sign = kind === 'beforeExpiry' ? -1 : 1;
  return { ...zero, [`${unit}s`]: sign * n } as RuleOffset;
}

/** The event the offset counts from: named right after it (or implied by the kind of offset). */
function fromOf(
  c: Compiled,
  text: string,
  what: ClaimRule['what'],
  kind: keyof Compiled['offsets'],
  m: Match,
): { trigger: ClaimRule['from']; threshold: number | null; end: number } | null {
  if (kind === 'beforeExpiry') return { trigger: 'expiry', threshold: null, end: m.end };
  if (kind === 'noticePeriod') return { trigger: 'notice', threshold: null, end: m.end };
  const window = text.slice(0, m.end + TRIGGER_WINDOW);
  let best: { trigger: Trigger; threshold: number | null; start: number; end: number } | null = null;
  for (const [trigger, re] of c.triggers) {
    const hit = find(re, window, m.end)[0];
    if (!hit || (best && best.start <= hit.start)) continue;
    if (trigger === 'own-deposit' && !has(c.eachLater, text)) continue;
    const threshold = trigger === 'threshold' ? numberOf(c, hit.groups.num) : null;
    if (trigger === 'threshold' && (threshold === null || threshold < 2)) continue;
    best = { trigger, threshold, start: hit.start, end: hit.end };
  }
  if (!best) return null;
  if (what === 'withdrawal') return best.trigger === 'notification' ? { trigger: 'notice', threshold: null, end: best.end } : null;
  return best;
}

/** "The 50th instrument was deposited on 24 October", "the threshold was reached on 2 June": each with the day
 *  the claim gives it (after the words, else before them when no offset stands between). */
function thresholdsIn(c: Compiled, text: string, dates: DateMention[]): ClaimThreshold[] {
  const days = dates.filter((d) => d.value.length === 10);
  if (!days.length || has(c.future, text)) return [];
  const found: { count: number | null; m: Match }[] = [];
  for (const re of c.nth) for (const m of find(re, text)) found.push({ count: numberOf(c, m.groups.num), m });
  for (const re of c.thresholdReached) for (const m of find(re, text)) found.push({ count: null, m });
  const offsets = Object.values(c.offsets).flat();
  const between = (a: number, b: number) => offsets.some((re) => find(re, text.slice(a, b)).length > 0);
  const out: ClaimThreshold[] = [];
  for (const { count, m } of found) {
    if (count !== null && count < 2) continue;
    const after = days.find((d) => d.start >= m.end && !between(m.end, d.start));
    const before = [...days].reverse().find((d) => d.end <= m.start && !between(d.end, m.start));
    const day = after ?? before;
    if (day && !out.some((t) => t.count === count)) out.push({ count, date: day.value, text: m.text, start: m.start, end: m.end });
  }
  return out;
}
