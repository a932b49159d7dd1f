// French clause words. "quatre-vingt-dix" is four twenties and ten (see ../numbers.ts).
import { type ClauseWords, forms } from './types.ts';

const UNITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
/** The ordinal of a cardinal: "cinq" → "cinquième", "neuf" → "neuvième", "quatre" → "quatrième". */
const ordinal = (w: string) => `${w.replace(/e$/, '').replace(/f$/, 'v').replace(/q$/, 'qu')}ième`;
const TENS: [string, number][] = [['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60]];

export const fr: ClauseWords = {
  stop: [
    'alors', 'après', 'aussi', 'autre', 'autres', 'avant', 'avec', 'cela', 'celle', 'celui', 'cette', 'ceux', 'chaque', 'comme', 'dans', 'depuis',
    'donc', 'dont', 'elle', 'elles', 'entre', 'leur', 'leurs', 'même', 'mais', 'ne', 'selon', 'sont', 'sous', 'tous', 'tout', 'toute', 'toutes',
    'vers',
    'accord', 'article', 'articles', 'clause', 'clauses', 'convention', 'pacte', 'protocole', 'traité', 'texte', 'disposition', 'dispositions',
    'paragraphe', 'alinéa',
    'partie', 'parties', 'état', 'états', 'pays', 'gouvernement', 'gouvernements', 'signataire', 'signataires',
    'autorise', 'couvre', 'crée', 'dispose', 'engage', 'établit', 'fixe', 'garantit', 'impose', 'oblige', 'permet', 'prévoit', 'précise', 'stipule', 'énonce',
  ],
  numbers: Object.fromEntries([
    ...UNITS.flatMap((w, i) => forms(i + 1, w, ordinal(w))),
    ...forms(1, 'une', 'premier', 'première'),
    ...forms(2, 'second', 'seconde'),
    ...TENS.flatMap(([w, v]) => forms(v, w, ordinal(w))),
    ...forms(20, 'vingts'),
    ...forms(100, 'cent', 'cents', 'centième'),
    ...forms(1000, 'mille', 'millième'),
  ]),
  joiners: ['et'],
};
