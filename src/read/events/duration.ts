// What one claim says of the agreement's duration: open-ended, or a fixed number of years with automatic
// renewal and notice (each language's `duration` cues, in en.ts, ru.ts, …).
import type { ClaimDuration } from '../../types.ts';
import { LANGUAGES } from './languages.ts';
import { numberValue } from './numbers.ts';
import { matchesOf } from './regex.ts';
import { perSentence } from './sentence.ts';
import type { DurationCue, LanguageRules } from './types.ts';

/** Negation this close before a cue cancels it ("is not open-ended"). */
const NEGATION_WINDOW = 12;

const ALL = Object.values(LANGUAGES);

/** The languages whose duration cues the text may hold: its own (else all), if it has one of their words. */
function languagesFor(text: string, language: string | null): LanguageRules[] {
  const own = language ? LANGUAGES[language.toLowerCase().slice(0, 2)] : undefined;
  return (own ? [own] : ALL).filter((r) => r.duration.prefilter.test(text));
}

type Found = Omit<ClaimDuration, 'kind'> & { kind: ClaimDuration['kind'] | null };

/** What the sentence says of the duration, once per distinct sentence and language. Shared: read only. */
export function readDuration(text: string, language: string | null): ClaimDuration | null {
  return DURATION(text, language ?? '');
}

const DURATION = perSentence((text, language) => durationIn(text, language || null));

function durationIn(text: string, language: string | null): ClaimDuration | null {
  let found: Found = { kind: null, years: null, renewal_years: null, notice: null };
  for (const rules of languagesFor(text, language)) {
    for (const cue of rules.duration.cues) {
      for (const m of matchesOf(cue.re, text)) {
        if (rules.guards.negation.test(text.slice(Math.max(0, m.start - NEGATION_WINDOW), m.start))) continue;
        found = apply(found, cue, m.text, m.groups);
      }
    }
  }
  return found.kind ? { kind: found.kind, years: found.years, renewal_years: found.renewal_years, notice: found.notice } : null;
}

function apply(d: Found, cue: DurationCue, text: string, groups: (string | undefined)[]): Found {
  const n = numberValue(groups.find((g) => g) ?? '');
  switch (cue.what) {
    case 'indefinite':
      return { ...d, kind: d.kind ?? 'indefinite' };
    case 'years':
      return n ? { ...d, kind: 'fixed', years: d.years ?? n } : d;
    case 'renewal':
      // A term that renews is a fixed term.
      return n ? { ...d, kind: 'fixed', renewal_years: d.renewal_years ?? n } : d;
    case 'notice':
      return { ...d, notice: d.notice ?? text.replace(/^\s*(?:at\s+least\s+)/iu, '').trim() };
  }
}
