// English paraphrase words.
import type { ParaphraseWords } from './types.ts';

export const en: ParaphraseWords = {
  units: {
    day: ['day'],
    week: ['week'],
    month: ['month'],
    year: ['year'],
    party: ['parties', 'party$', 'states', 'state$', 'countries', 'signator', 'ratification', 'instrument'],
  },
  one: ['a', 'an'],
  fillers: ['calendar', 'consecutive', 'working', 'business', 'full'],
  triggers: {
    automatic: ['automatic', 'tacitly', 'tacit renewal'],
    'on-request': ['at the request', 'upon the request', 'upon request', 'on request', 'at the demand', 'if requested', 'when requested', 'at the initiative'],
    'mutual-agreement': [
      'by mutual agreement',
      'by mutual consent',
      'by mutual written',
      'by common agreement',
      'by common consent',
      'if both parties agree',
      'if both sides agree',
    ],
  },
  negation: /\b(?:not|no|never|neither|nor|without|cannot|none)\b|n['’]t\b/u,
  bounds: /\b(?:no|not)\s+(?:later|earlier|less|more|sooner)\s+than\b|\bnot\s+exceeding\b/gu,
  hedges: /\b(?:up\s+to|as\s+long\s+as|at\s+most|maximum|in\s+total|altogether|could|might|potentially)\b/u,
  pastBefore: /\b(?:(?:for|over)\s+the\s+(?:past|last)|(?:delayed|postponed|pushed\s+back|put\s+off)(?:\s+by)?)\s*$/iu,
  pastAfter: /^\s*(?:ago|earlier|later|late)\b/iu,
};
