// English number words, by value: the cardinals and ordinals one to nineteen and the tens. Article references
// ("Article Four", "the fourth article") and the clause matcher ("ninety days", "the fiftieth instrument") read them.

/** "one" … "nineteen": index + 1 is the value. */
export const EN_UNITS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

/** "first" … "nineteenth": index + 1 is the value. */
export const EN_UNIT_ORDINALS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** "twenty" … "ninety": index + 2 is the value's tens. */
export const EN_TENS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
