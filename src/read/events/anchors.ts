// Finds the verb phrases of one claim that say a lifecycle step happened (events) or will happen (expectations),
// and applies the guards of their clause: a modal makes an event an expectation; a condition, a negation or
// another instrument as subject drops it.
import type { Actor } from './actors.ts';
import { matchesOf, rx } from './regex.ts';
import type { CueStep, EventCue, Guards, LanguageRules } from './types.ts';

export interface Anchor {
  kind: 'event' | 'expect';
  cue: string;
  step: CueStep;
  start: number;
  end: number;
  text: string;
  rules: LanguageRules;
  /** Who acted, when the cue itself says it (a gapped clause: "…; the Federation Council on January 26"). */
  actor?: Actor;
  /** An event only with a date of its own (see EventCue). */
  dated?: boolean;
  /** One of several legislatures each with its date in one verb bracket (see gapping.ts). */
  gapped?: boolean;
  /** Its words carry their own negation (see EventCue). */
  negated?: boolean;
  /** Its words name a state's part in the treaty (see EventCue). */
  ownPart?: boolean;
}

/** How far back the guards look for a modal, condition or negation that governs the verb. */
const GUARD_WINDOW = 60;
/** A condition may open further back: "until 44 states with nuclear reactors, India among them, have ratified". */
const CONDITION_WINDOW = 120;
/** Negation must sit right before the verb (or inside a German verb bracket). */
const NEGATION_WINDOW = 12;

/** The object right after a signing verb being several instruments ("signed separate … agreements"). */
const OTHER_OBJECT = rx(String.raw`^\s*(?:[\p{L}-]+\s+){0,3}?(?:agreements|accords|memorand\w*|contracts|соглашения|Abkommen\s+über|accords)\b`, 'iu');

/** One regex per language for "any key of any cue": most claims fail it and are done with in one scan. */
const ANY_KEY = new WeakMap<LanguageRules, RegExp>();
function anyKey(rules: LanguageRules): RegExp {
  let re = ANY_KEY.get(rules);
  if (!re) {
    const keys = [...new Set([...rules.events, ...rules.expectations].flatMap((c) => c.keys))];
    ANY_KEY.set(rules, (re = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))));
  }
  return re;
}

/** Where a claim stands: a headline and a timeline line tell of events in the present, a timeline in nouns. */
export interface Placement {
  heading: boolean;
  timeline: boolean;
  /** A sentence that opens with its date and a comma tells in its first clause, up to this offset, of events
   *  in the narrative present ("Le 22 janvier 2019, les deux dirigeants signent le traité"; see timeline.ts). */
  narrative?: number;
}

/** Whether a cue of this tense tells of an event in a claim so placed. */
function tells(cue: EventCue, at: Placement): boolean {
  if (cue.tense === 'present') return at.heading || at.timeline || !!at.narrative;
  if (cue.tense === 'nominal') return at.timeline;
  return true;
}

export function findAnchors(text: string, rulesList: LanguageRules[], at: Placement): Anchor[] {
  const lower = text.toLowerCase();
  rulesList = rulesList.filter((r) => anyKey(r).test(lower));
  if (!rulesList.length) return [];
  const has = (keys: string[]) => keys.some((k) => lower.includes(k));
  const taken: Anchor[] = [];
  const overlaps = (s: number, e: number) => taken.some((a) => a.start < e && s < a.end);
  for (const rules of rulesList) {
    // Events first (their order is the priority), then expectations in what is left, then the nouns that tell
    // of an event only with a date ("the vote in the Senate" is as often the one ahead).
    const events = rules.events.filter((c) => !c.dated);
    const dated = rules.events.filter((c) => c.dated);
    for (const cue of events) {
      if (!tells(cue, at) || !has(cue.keys) || (cue.requires && !cue.requires.test(text))) continue;
      for (const m of matchesOf(cue.re, text)) {
        if (overlaps(m.start, m.end) || (cue.tense === 'present' && !at.heading && !at.timeline && m.start >= (at.narrative ?? 0))) continue;
        taken.push({
          kind: 'event',
          cue: cue.name,
          step: cue.step,
          start: m.start,
          end: m.end,
          text: m.text,
          rules,
          ...(cue.negated ? { negated: true } : {}),
          ...(cue.ownPart ? { ownPart: true } : {}),
        });
      }
    }
    for (const cue of rules.expectations) {
      if (!has(cue.keys)) continue;
      for (const m of matchesOf(cue.re, text)) {
        if (overlaps(m.start, m.end)) continue;
        taken.push({ kind: 'expect', cue: cue.name, step: cue.step, start: m.start, end: m.end, text: m.text, rules });
      }
    }
    for (const cue of dated) {
      if (!tells(cue, at) || !has(cue.keys)) continue;
      for (const m of matchesOf(cue.re, text)) {
        if (!overlaps(m.start, m.end))
          taken.push({ kind: 'event', cue: cue.name, step: cue.step, start: m.start, end: m.end, text: m.text, rules, dated: true });
      }
    }
  }
  if (!taken.length) return [];
  taken.sort((a, b) => a.start - b.start);
  const out: Anchor[] = [];
  for (const [i, a] of taken.entries()) {
    const from = Math.max(i > 0 ? taken[i - 1].end : 0, a.start - GUARD_WINDOW);
    const before = clauseTail(text.slice(from, a.start));
    const g = a.rules.guards;
    const condition = clauseTail(text.slice(Math.max(i > 0 ? taken[i - 1].end : 0, a.start - CONDITION_WINDOW), a.start));
    if (g.conditional.test(condition) || g.generic?.test(before)) continue;
    if (!a.negated && g.negation.test(text.slice(Math.max(from, a.start - NEGATION_WINDOW), a.end))) continue;
    // Another instrument as the subject ("the 2009 Agreement … has ceased to apply").
    if (a.rules.words.otherInstrument.test(text.slice(i > 0 ? taken[i - 1].end : 0, a.start))) continue;
    if (a.step === 'signed' && OTHER_OBJECT.test(text.slice(a.end, a.end + 60))) continue;
    // The condition an expectation waits on ("will enter into force 180 days after all 44 states have ratified it").
    const last = out.at(-1);
    if (a.kind === 'event' && last?.kind === 'expect' && inCondition(text.slice(last.end, a.start), g)) continue;
    out.push(a.kind === 'event' && g.modal.test(before) ? { ...a, kind: 'expect' } : a);
  }
  return out;
}

/** Whether the words between an expectation and a verb open the expectation's condition ("after", "once"). */
const CONDITION_OPENS = new WeakMap<Guards, RegExp>();
function inCondition(between: string, guards: Guards): boolean {
  let re = CONDITION_OPENS.get(guards);
  if (!re) CONDITION_OPENS.set(guards, (re = new RegExp(guards.conditionStart.source.replace(/^\^\\s\*/, ''), 'iu')));
  return re.test(between) && !/[.;]/.test(between);
}

/** The part of the text before a verb that belongs to its clause (after the last sentence-internal stop). */
function clauseTail(s: string): string {
  const cut = Math.max(s.lastIndexOf(';'), s.lastIndexOf(':'), s.lastIndexOf('. '));
  return cut >= 0 ? s.slice(cut + 1) : s;
}
