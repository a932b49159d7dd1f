// Values as sources give them → statements keyed by what they are: dates by the precise date they support
// (in the year of the event, a year the source did not write agreeing with the same day), places by the place
// the gazetteer finds, counts by their number. Statements with no key support no side.
import type { Claim } from '../../types.ts';
import type { Vote } from '../record/types.ts';
import type { ResolveContext, Statement } from './resolve.ts';
import { dateValues, numberValue, placeValues } from './values/index.ts';

/** A date stated at least to the month: a year alone says too little to disagree about a step. */
export const MIN_DATE_LENGTH = 7;

/** A value as a document gives it; `yearWritten` false when the source did not write the year (we resolved it). */
export type Raw = { value: string; doc: string; claim: string | null; yearWritten?: boolean };

/** Years apart beyond which two dates of one step are two instruments' (a treaty of 2001 and this one), not a
 *  misdated event (an adoption in December taken for the signature the next April). */
const MAX_YEARS_APART = 1;

/**
 * Statements of dates, each keyed by the precise date it supports. The year is the one given (`year`: the
 * event's, else the one most documents give); a date more than a year away is another instrument's; a date
 * whose year the source did not write agrees with the same day in that year, and with nothing else. Dates
 * supporting no single precise date are left out.
 */
export function dateStatements(raw: Raw[], year?: string | null): Statement[] {
  const consensus = year ?? mostGiven(raw.map((r) => ({ key: r.value.slice(0, 4), doc: r.doc })));
  const inYear = new Set(raw.filter((r) => !consensus || r.value.startsWith(consensus)).map((r) => r.value));
  const kept: Raw[] = [];
  for (const r of raw) {
    const y = r.value.slice(0, 4);
    if (!consensus || y === consensus) kept.push(r);
    else if (r.yearWritten === false) {
      const sameDay = `${consensus}${r.value.slice(4)}`;
      if (r.value.length > MIN_DATE_LENGTH && inYear.has(sameDay)) kept.push({ ...r, value: sameDay });
    } else if (Math.abs(Number(y) - Number(consensus)) <= MAX_YEARS_APART) kept.push(r);
  }
  const keys = dateValues(kept.map((r) => r.value));
  return kept.flatMap((r, i) => (keys[i] ? [{ value: keys[i]!, doc: r.doc, claim: r.claim, key: keys[i]! }] : []));
}

/** The key most documents give (the first on a tie). */
function mostGiven(items: { key: string; doc: string }[]): string | null {
  const docs = new Map<string, Set<string>>();
  for (const { key, doc } of items) (docs.get(key) ?? docs.set(key, new Set()).get(key)!).add(doc);
  return [...docs].sort((a, b) => b[1].size - a[1].size)[0]?.[0] ?? null;
}

/** Whether the claims a document gives a date in write its year; undefined when none is at hand. */
export function yearWritten(date: string, claimIds: string[], claims?: Map<string, Claim>): boolean | undefined {
  const texts = claimIds.map((id) => claims?.get(id)?.text).filter((t): t is string => t !== undefined);
  return texts.length ? texts.some((t) => t.includes(date.slice(0, 4))) : undefined;
}

/** Statements of places, grouped by the place they name; names that may be a spelling of another left out. */
export function placeStatements(raw: Raw[], ctx: ResolveContext): Statement[] {
  const values = placeValues(raw.map((r) => ({ value: r.value, language: ctx.languageOf?.(r.doc) ?? null })));
  return raw.flatMap((r, i) => (values[i] ? [{ ...r, value: values[i]!.display, key: values[i]!.key }] : []));
}

/** Statements of counts, keyed by their number. */
export function countStatements(raw: Raw[]): Statement[] {
  return raw.flatMap((r) => {
    const n = numberValue(r.value);
    return n === null ? [] : [{ ...r, value: String(n), key: String(n) }];
  });
}

/** One statement per claim of each vote (per document where the vote's claims are not at hand). */
export function fromVotes(votes: Vote[], claims?: Map<string, Claim>): Raw[] {
  return votes.flatMap((v) => {
    const out: Raw[] = [];
    const stated = new Set<string>();
    for (const id of v.claims) {
      const doc = claims?.get(id)?.doc;
      if (!doc) continue;
      stated.add(doc);
      out.push({ value: v.value, doc, claim: id, yearWritten: yearWritten(v.value, [id], claims) });
    }
    for (const doc of v.docs) if (!stated.has(doc)) out.push({ value: v.value, doc, claim: null });
    return out;
  });
}
