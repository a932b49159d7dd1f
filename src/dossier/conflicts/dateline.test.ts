// A step's day as the claim writes it, not the day of the dateline it opens with. Wording of our own; the
// claims carry the dates a reading finds and the step as a reading that took the dateline's day gives it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim, ClaimEvent } from '../../types.ts';
import { writtenDay } from './dateline.ts';

/** A claim with its date mentions ([words, ISO]) and steps ([step, date]). */
function claim(text: string, dates: [string, string][], steps: [ClaimEvent['step'], string][]): Claim {
  const at = (words: string) => text.indexOf(words);
  return {
    id: 'c1',
    doc: 'd1',
    start: 0,
    end: text.length,
    text,
    kind: 'report',
    speaker: null,
    articles: [],
    article_refs: [],
    foreign_refs: [],
    dates: dates.map(([words, value]) => ({ text: words, start: at(words), end: at(words) + words.length, value })),
    parties: [],
    party_mentions: [],
    bodies: [],
    features: [],
    unit: 'sentence',
    events: steps.map(([step, date]) => ({
      step,
      status: 'done',
      date,
      date_from: 'text',
      party: null,
      body: null,
      ref: null,
      place: null,
      condition: null,
      cue: 'test',
      text: '',
      start: 0,
      end: 0,
    })),
  };
}

test('a dateline’s day gives way to the day the claim writes for the step', () => {
  const senate = claim(
    'SANTIAGO, 18 March 2031 (Andes Wire) - Chile’s Senate approved the border treaty with Argentina on 17 March 2031.',
    [
      ['18 March 2031', '2031-03-18'],
      ['17 March 2031', '2031-03-17'],
    ],
    [['approved-by-legislature', '2031-03-18']],
  );
  assert.equal(writtenDay('2031-03-18', senate, 'en'), '2031-03-17');
  const duma = claim(
    'МОСКВА, 18 марта 2031 года. Государственная дума 17 марта 2031 года ратифицировала договор.',
    [
      ['18 марта 2031 года', '2031-03-18'],
      ['17 марта 2031 года', '2031-03-17'],
    ],
    [['ratified', '2031-03-18']],
  );
  assert.equal(writtenDay('2031-03-18', duma, 'ru'), '2031-03-17');
});

test('a dateline’s day alone is the report’s, not a day the claim states for the step', () => {
  const alone = claim(
    'BEIRUT, 4 May 2030 (Levant Post) - The treaty signed in Amman has twelve articles.',
    [['4 May 2030', '2030-05-04']],
    [['signed', '2030-05-04']],
  );
  assert.equal(writtenDay('2030-05-04', alone, 'en'), null);
  const today = claim(
    'SANTIAGO, 18 March 2031 (Andes Wire) - Chile’s Senate approved the border treaty today.',
    [
      ['18 March 2031', '2031-03-18'],
      ['today', '2031-03-18'],
    ],
    [['approved-by-legislature', '2031-03-18']],
  );
  assert.equal(writtenDay('2031-03-18', today, 'en'), '2031-03-18');
});

test('a dateline’s day stays when the claim writes only a day another step takes', () => {
  const signed = claim(
    'SANTIAGO, 18 March 2031 (Andes Wire) - Chile’s Senate approved the treaty, signed on 9 January 2031, by 38 votes to 2.',
    [
      ['18 March 2031', '2031-03-18'],
      ['9 January 2031', '2031-01-09'],
    ],
    [
      ['approved-by-legislature', '2031-03-18'],
      ['signed', '2031-01-09'],
    ],
  );
  assert.equal(writtenDay('2031-03-18', signed, 'en'), '2031-03-18');
  const noDateline = claim(
    'Chile’s Senate approved the treaty on 18 March 2031, a week after talks on 11 March 2031.',
    [
      ['18 March 2031', '2031-03-18'],
      ['11 March 2031', '2031-03-11'],
    ],
    [['approved-by-legislature', '2031-03-18']],
  );
  assert.equal(writtenDay('2031-03-18', noDateline, 'en'), '2031-03-18');
});
