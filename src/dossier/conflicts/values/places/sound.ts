// Names the gazetteer does not know, compared by how they sound: a name written in Latin, Cyrillic or Arabic
// letters becomes its consonants, each in a class of the sounds other scripts write alike (b/p, f/v, t/d, k/g/q/j,
// s/z/sh/ch, h/kh), vowels and the letters that write them dropped, as Arabic drops short vowels.
// "Hillsborough", "Хиллсборо" and "هيلزبره" are all h-l-s-b-r; "بلفاست" (Belfast) is b-l-f-s-t.
import { CYRILLIC_LATIN } from '../../../../text/index.ts';

/** Latin letter groups → sound class, longest first; a letter not listed is dropped (vowels, w, y, h after a
 *  consonant that keeps it). "gh" after the first letter is silent ("Hillsborough", "Edinburgh"). */
const LATIN: [RegExp, string][] = [
  [/(?<=.)gh/g, ''],
  [/(?<=[aeiou])h$/g, ''],
  [/d(?:zh|sch|sh|j)/g, 'k'],
  [/sch|sh|ch|zh|tsch|tch|ts|tz|ç|c(?=[eiy])/g, 's'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/x/g, 'ks'],
  [/[cqgjk]/g, 'k'],
  [/[pb]/g, 'b'],
  [/[fv]/g, 'f'],
  [/[td]/g, 't'],
  [/[sz]/g, 's'],
  [/[^bfhklmnrst]/g, ''],
];

/** Arabic letters → sound class; alef, waw, yaa, ta marbuta, hamza and ʿayn write vowels or nothing here. */
const ARABIC: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ث: 's',
  ج: 'k',
  ح: 'h',
  خ: 'h',
  د: 't',
  ذ: 's',
  ر: 'r',
  ز: 's',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 't',
  ط: 't',
  ظ: 's',
  غ: 'k',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  گ: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
};

/** The Arabic article and the letters glued before it ("الرياض", "بالرياض"): not heard in other scripts' names. */
const ARABIC_ARTICLE = /^[وفبل]?ال(?=.{3})/u;
/** A final hāʾ writes a vowel more often than a sound ("هيلزبره"). */
const ARABIC_FINAL_H = /ه$/u;

/** The sound classes of a (folded, lower-case) name, doubled classes written once. */
export function soundOf(folded: string): string {
  let out: string;
  if (/\p{Script=Arabic}/u.test(folded)) out = [...folded.replace(ARABIC_ARTICLE, '').replace(ARABIC_FINAL_H, '')].map((c) => ARABIC[c] ?? '').join('');
  else {
    out = [...folded].map((c) => CYRILLIC_LATIN[c] ?? c).join('');
    for (const [from, to] of LATIN) out = out.replace(from, to);
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** Length of the longest common subsequence of two short strings. */
function common(a: string, b: string): number {
  let row = new Array(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(x === b[j] ? row[j] + 1 : Math.max(row[j + 1], next[j]));
    row = next;
  }
  return row[b.length];
}

/** Share of the longer name's sounds the two share, at least, to be one name. */
const SAME = 0.75;
/** Share of the shorter name's sounds the two share, at most, to be two names (with another first sound). */
const DIFFERENT = 0.5;
/** Sounds a name needs before its sounds can tell it from another. */
const MIN_SOUNDS = 3;

/** Whether two names sound alike ('same'), share too little to be one name ('different'), or neither. */
export function bySound(a: string, b: string): 'same' | 'different' | 'uncertain' {
  const [x, y] = [soundOf(a), soundOf(b)];
  if (!x || !y) return 'uncertain';
  if (x === y) return 'same';
  const shared = common(x, y);
  if (x[0] === y[0] && shared >= SAME * Math.max(x.length, y.length)) return 'same';
  if (Math.min(x.length, y.length) >= MIN_SOUNDS && x[0] !== y[0] && shared <= DIFFERENT * Math.min(x.length, y.length)) return 'different';
  return 'uncertain';
}
