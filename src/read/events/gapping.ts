// Approvals told without a verb of their own: "The Duma approved the law on 8 April, the Federation Council on
// 16 April", "the State Duma approves the ratification law; the Federation Council follows on January 26", and
// in a German verb bracket "hatten der US-Senat am 22. Dezember sowie die Staatsduma am 25. Januar …
// zugestimmt". Each legislature named with a date of its own, with no verb of a step between, approved on it.
import type { DateMention } from '../../types.ts';
import type { Actor } from './actors.ts';
import type { Anchor } from './anchors.ts';

/** At most this much between the legislature and its date ("follows on", "am", "le"). */
const TO_DATE = 20;
/** What separates a gapped clause from the approval: a comma, a semicolon or a conjunction. */
const CLAUSE_START = /[,;]|\s(?:and|und|sowie|et|y|и|а)\s/u;
/** Words between the legislature and its date must not be a verb phrase of their own: only its state ("der
 *  Bundesrat Österreichs am …", "the Senate of Chile on …"), short function words, a dash standing for the verb
 *  ("Сенат — 17 апреля") or a verb of following suit. */
const TO_DATE_WORDS =
  /^[\s,—–]*(?:(?:of|de|del)\s+(?:the\s+)?)?(?:\p{Lu}\p{L}+\s+)?(?:(?:follows|followed|folgte|suivi|siguió|последовал\p{L}*)\s+(?:suit\s+)?)?(?:on|am|le|el|the|den|on\s+the)?\s*$/u;

const APPROVALS = new Set(['approve', 'approved-by-legislature', 'ratify']);

export interface Gapped {
  /** One anchor per legislature and its date. */
  added: Anchor[];
  /** Verb brackets split into those anchors. */
  replaced: Set<Anchor>;
}

export function gappedApprovals(text: string, anchors: Anchor[], actors: Actor[], dates: DateMention[]): Gapped {
  const gapped: Gapped = { added: [], replaced: new Set() };
  anchors.forEach((a, i) => {
    if (a.kind !== 'event' || !APPROVALS.has(a.step)) return;
    const until = anchors[i + 1]?.start ?? text.length;
    const dated = actors.flatMap((body) => {
      if (body.role !== 'legislature' || body.start < a.start || body.end > until) return [];
      const date = dates.find((d) => d.start >= body.end && d.start - body.end <= TO_DATE && TO_DATE_WORDS.test(text.slice(body.end, d.start)));
      return date ? [{ body, date }] : [];
    });
    const inside = dated.filter(({ date }) => date.end <= a.end);
    const after = dated.filter(({ body }) => body.start >= a.end && CLAUSE_START.test(text.slice(a.end, body.start)));
    const split = inside.length >= 2 ? inside : [];
    if (split.length) gapped.replaced.add(a);
    for (const { body, date } of [...split, ...after]) {
      gapped.added.push({
        ...a,
        cue: `${a.cue}+gapped`,
        start: body.start,
        end: date.end,
        text: text.slice(body.start, date.end),
        step: 'approved-by-legislature',
        actor: body,
        gapped: true,
      });
    }
  });
  return gapped;
}
