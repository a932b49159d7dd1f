// German paraphrase words (lower case).
import type { ParaphraseWords } from './types.ts';

export const de: ParaphraseWords = {
  units: {
    day: ['tag$', 'tage$', 'tagen$', 'tages$'],
    week: ['woche'],
    month: ['monat'],
    year: ['jahr$', 'jahre$', 'jahren$', 'jahres$'],
    party: ['vertragspartei', 'staat', 'länder', 'unterzeichner', 'ratifikation', 'urkunde'],
  },
  one: ['ein', 'eine', 'einem', 'einen', 'einer', 'eines'],
  fillers: ['kalendertage', 'vollen', 'volle', 'aufeinanderfolgende'],
  triggers: {
    automatic: ['automatisch', 'stillschweigend'],
    'on-request': ['auf antrag', 'auf ersuchen', 'auf verlangen', 'auf wunsch', 'auf bitte', 'auf anfrage', 'auf initiative'],
    'mutual-agreement': [
      'gegenseitigen einvernehmen',
      'gegenseitigem einvernehmen',
      'beiderseitigen einvernehmen',
      'beiderseitigem einvernehmen',
      'einvernehmlich',
      'wenn beide seiten zustimmen',
    ],
  },
  negation: /(?<![\p{L}])(?:nicht|nie|niemals|ohne|weder|kein\p{L}*)(?![\p{L}])/u,
  bounds: /(?<![\p{L}])nicht\s+(?:später|früher|weniger|mehr)\s+als(?![\p{L}])/gu,
  hedges: /(?<![\p{L}])(?:bis\s+zu|höchstens|maximal|insgesamt|könnte|könnten|kann|können)(?![\p{L}])/u,
  pastBefore: /(?<![\p{L}])(?:vor|seit)\s*$/iu,
  pastAfter: /^\s*(?:später|danach|zuvor|verschoben|verzögert|verspätung)(?![\p{L}])/iu,
};
