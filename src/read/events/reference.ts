// The day a report speaks from when its publication date is unknown: the full date of its dateline ("Lima,
// 3 mars 2031 (…) –", "Уральский наблюдатель, 4 мая 2031"), so that "lundi" and "в субботу" still have a
// day to fall before. Nothing else stands in for it: a date further into the text is the date of something.
// Without either, a day and month keep no year here (`--MM-DD`): the dossier gives them the year of the
// agreement's steps.
import type { DateMention } from '../../types.ts';
import { MONTH_CUE } from '../dates/cues.ts';
import { findDates } from '../dates/index.ts';
import type { EventDocument } from './types.ts';

/** How far into the body a dateline's date may end. */
const DATELINE_REACH = 120;
/** Before the date: a place or outlet name and a comma or dash, a few words without a verb's lower case run. */
const DATELINE_LEAD = /^[\p{Lu}][\p{L}'’.\s-]{0,60}?(?:[,–—-]\s*|\(\s*)?$/u;

const DAYS = new WeakMap<EventDocument, string | null>();

/** The day relative dates resolve against: the publication date, else the dateline's. */
export function referenceDay(doc: EventDocument): string | null {
  if (doc.published) return doc.published;
  let day = DAYS.get(doc);
  if (day === undefined) DAYS.set(doc, (day = datelineDay(doc.body.slice(0, DATELINE_REACH + 40), doc.language)));
  return day;
}

function datelineDay(head: string, language: string | null): string | null {
  for (const line of head.split('\n').slice(0, 4)) {
    const first = findDates(line, language, null)[0];
    if (first && first.value.length === 10 && first.end <= DATELINE_REACH && DATELINE_LEAD.test(line.slice(0, first.start))) return first.value;
  }
  return null;
}

/** A leap year's midsummer: any day and month resolves against it, 29 February included. */
const PROXY = '2000-07-01';
const MONTH_WORD = new RegExp(MONTH_CUE.source, 'iu');

/**
 * Day-and-month dates of a claim whose report has no day to resolve them against ("on 22 December" in an
 * undated report): written `--MM-DD`, for the dossier to give them the year of the agreement's steps.
 */
export function yearlessDates(text: string, language: string | null, known: DateMention[]): DateMention[] {
  if (!MONTH_WORD.test(text)) return [];
  return findDates(text, language, PROXY)
    .filter(
      (d) => d.relative && d.value.length === 10 && !YEAR.test(d.text) && MONTH_WORD.test(d.text) && !known.some((k) => k.start < d.end && d.start < k.end),
    )
    .map((d) => ({ ...d, value: `--${d.value.slice(5)}` }));
}
const YEAR = /\d{4}/;
