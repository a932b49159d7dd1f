// English clause words.
import { type ClauseWords, forms } from './types.ts';

const UNITS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen',
];
const UNIT_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth',
  'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const en: ClauseWords = {
  stop: [
    // Function words.
    'about', 'above', 'after', 'also', 'among', 'another', 'before', 'between', 'both', 'during', 'each', 'either', 'every', 'from', 'have', 'into',
    'its', 'more', 'most', 'must', 'neither', 'only', 'other', 'over', 'shall', 'should', 'since', 'such', 'than', 'that', 'their', 'them', 'then',
    'there', 'these', 'they', 'this', 'those', 'through', 'under', 'until', 'upon', 'what', 'when', 'where', 'which', 'while', 'will', 'with',
    'within', 'without', 'would',
    // Any clause is told with these.
    'agreement', 'accord', 'article', 'articles', 'clause', 'clauses', 'convention', 'pact', 'protocol', 'treaty', 'text', 'provision', 'provisions',
    'paragraph',
    'party', 'parties', 'side', 'sides', 'state', 'states', 'country', 'countries', 'government', 'governments', 'signatory', 'signatories',
    'allow', 'allows', 'commit', 'commits', 'committed', 'cover', 'covers', 'deal', 'deals', 'establish', 'establishes', 'lays', 'obliges', 'oblige',
    'permit', 'permits', 'provide', 'provided', 'provides', 'read', 'reads', 'require', 'requires', 'said', 'says', 'sets', 'state', 'states',
    'stated', 'stipulate', 'stipulates', 'undertake', 'undertakes',
    'according', 'official', 'officials', 'report', 'reported', 'reports', 'under',
  ],
  numbers: Object.fromEntries([
    ...UNITS.flatMap((w, i) => forms(i + 1, w, UNIT_ORDINALS[i])),
    ...TENS.flatMap((w, i) => forms((i + 2) * 10, w, `${w.slice(0, -1)}ieth`)),
    ...forms(100, 'hundred', 'hundredth'),
    ...forms(1000, 'thousand', 'thousandth'),
  ]),
  joiners: ['and'],
};
