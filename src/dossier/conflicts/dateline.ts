// A step's day taken from the dateline the claim opens with ("SANTIAGO, 18 March 2031 (Wire) - Chile's Senate
// approved the treaty on 17 March 2031"): the report's day, not what it says of the step. When the claim
// writes another day the claim's other steps do not take, that is the step's day; when it writes none ("BEIRUT,
// 4 May (Wire) - The treaty signed in Amman …"), the day is the report's inference, like a day taken from the
// publication date, and states nothing the conflicts step could hold against the source.
import { parseDateline } from '../../text/index.ts';
import type { Claim } from '../../types.ts';
import { MIN_DATE_LENGTH } from './statements.ts';

/** The day the claim gives the step: its `date`, the day the claim writes instead of its dateline's, or null
 *  when the dateline's day is all it gives. */
export function writtenDay(date: string, claim: Claim | undefined, language: string | null): string | null {
  if (!claim?.dates.length) return date;
  const dateline = parseDateline(claim.text, language);
  if (!dateline?.date) return date;
  const end = dateline.text.length;
  const inDateline = claim.dates.some((d) => d.start < end && d.value === date);
  const after = claim.dates.filter((d) => d.start >= end);
  if (!inDateline || after.some((d) => d.value === date)) return date;
  // Days the claim's other steps take are theirs ("… approved the treaty, signed on 9 January, …").
  const taken = new Set((claim.events ?? []).map((e) => e.date).filter((d) => d && d !== date));
  const free = [...new Set(after.map((d) => d.value).filter((v) => v.length >= MIN_DATE_LENGTH && !taken.has(v)))];
  if (free.length === 1) return free[0];
  return after.length ? date : null;
}
