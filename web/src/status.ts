// The status line a first-time reader needs before anything else: in force or not, and if not, how far the
// agreement has come and what it still waits for. Pure: derived from the agreement record alone.

import { formatDate, latestEvent, partyName, statusHeadline } from '../../src/export/view.ts';
import type { Agreement, LifecycleEvent, LifecycleStep } from '../../src/types.ts';

/** Steps as the middle of a sentence ("…; approved by Ostmark (Federal Diet) 11 Jun 2031; …"). */
const VERBS: Record<LifecycleStep, string> = {
  signed: 'signed',
  'submitted-for-ratification': 'submitted for ratification',
  'approved-by-legislature': 'approved',
  ratified: 'ratified',
  'instruments-exchanged': 'instruments of ratification exchanged',
  'entered-into-force': 'entered into force',
  'provisionally-applied': 'provisionally applied',
  amended: 'amended',
  extended: 'extended',
  suspended: 'suspended',
  terminated: 'terminated',
  denounced: 'denounced',
  expired: 'expired',
};

const ENDING: LifecycleStep[] = ['suspended', 'terminated', 'denounced', 'expired'];
/** A long history keeps its last steps: the sentence must stay one line's worth of reading. */
const STEPS_SHOWN = 4;

function clause(e: LifecycleEvent): string {
  const who = e.party ? ` by ${partyName(e.party)}${e.body ? ` (${e.body})` : ''}` : e.body ? ` by the ${e.body}` : '';
  return `${VERBS[e.step]}${who}${e.date ? ` ${formatDate(e.date)}` : ''}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function names(codes: string[]): string {
  const list = codes.map(partyName);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** What the agreement still waits for, judged from the steps reported so far. */
function awaiting(a: Agreement): string | null {
  const has = (step: LifecycleStep, party?: string) => a.lifecycle.some((e) => e.step === step && (party === undefined || e.party === party));
  const expected = a.expected.find((x) => x.step === 'entered-into-force');
  if (has('instruments-exchanged')) return `awaiting entry into force${expected?.condition ? ` (${expected.condition})` : ''}`;
  const unratified = a.parties.filter((p) => !has('ratified', p));
  if (unratified.length && unratified.length < a.parties.length) return `awaiting ratification by ${names(unratified)}`;
  if (unratified.length) return 'awaiting ratification';
  return 'awaiting exchange of instruments of ratification';
}

export interface Status {
  /** Short badge: "In force", "Not yet in force", "Terminated", … */
  badge: string;
  tone: 'ok' | 'pending' | 'ended' | 'unknown';
  /** One sentence: "In force since 31 Jul 2031" or "Signed …; approved by …; awaiting …". */
  sentence: string;
}

export function agreementStatus(a: Agreement): Status {
  const { headline, tone } = statusHeadline(a);
  const latest = latestEvent(a);
  if (latest && ENDING.includes(latest.step)) return { badge: headline, tone, sentence: capitalize(clause(latest)) };
  const inForce = a.lifecycle.find((e) => e.step === 'entered-into-force');
  if (inForce) return { badge: headline, tone, sentence: inForce.date ? `In force since ${formatDate(inForce.date)}` : 'In force (date not reported)' };
  const signedDate = a.signed.date ?? a.lifecycle.find((e) => e.step === 'signed')?.date ?? null;
  const steps = a.lifecycle.filter((e) => e.step !== 'signed');
  if (!signedDate && !steps.length) return { badge: 'Status unknown', tone, sentence: 'No source reports a signature or any later step' };
  const parts = [signedDate ? `Signed ${formatDate(signedDate)}` : 'Signature date not reported'];
  if (steps.length > STEPS_SHOWN) parts.push('…');
  parts.push(...steps.slice(-STEPS_SHOWN).map(clause));
  const next = awaiting(a);
  if (next) parts.push(next);
  return {
    badge: headline === 'No lifecycle event reported' ? 'Signed, not yet in force' : headline,
    tone: tone === 'unknown' ? 'pending' : tone,
    sentence: parts.join('; '),
  };
}
