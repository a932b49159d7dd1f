// Arabic date rules, the common wording of treaty texts: "تدخل حيز التنفيذ في اليوم الثلاثين من تاريخ تبادل وثائق
// التصديق", "بعد تسعين يوما من تاريخ …", "من تاريخ التوقيع". Number words with and without the article.
import type { NumberWord, RuleLanguage } from './types.ts';

const withArticle = (list: NumberWord[]): NumberWord[] => list.flatMap(([w, n]) => [[w, n] as NumberWord, [`ال${w}`, n] as NumberWord]);

export const ar: RuleLanguage = {
  prefilter: /التنفيذ|النفاذ|الانسحاب|إخطار|التصديق/,
  cardinals: withArticle([
    ['عشرة', 10],
    ['عشرين', 20],
    ['ثلاثين', 30],
    ['ثلاثون', 30],
    ['ستين', 60],
    ['ستون', 60],
    ['تسعين', 90],
    ['تسعون', 90],
    ['ستة', 6],
    ['اثني عشر', 12],
  ]),
  ordinals: withArticle([
    ['ثلاثين', 30],
    ['ستين', 60],
    ['تسعين', 90],
    ['خمسين', 50],
    ['أول', 1],
  ]),
  ordinalSuffix: '(?!)',
  units: [
    ['يوما|يوماً|أيام|يوم', 'day'],
    ['شهرا|شهراً|أشهر|شهور', 'month'],
    ['سنة|سنوات|عاما|عاماً', 'year'],
  ],
  entry: String.raw`حي[زّ]+\s+(?:التنفيذ|النفاذ)`,
  withdrawal: 'الانسحاب',
  effect: String.raw`نافذا|نافذاً|يسري|حيز\s+التنفيذ`,
  notice: 'إخطار|الإخطار|إشعار|الإشعار',
  offsets: {
    dayOrdinal: [String.raw`(?:في\s+)?اليوم\s+{ORD}\s+(?:من|بعد|التالي)`],
    units: [String.raw`(?:بعد\s+)?{NUM}\s+{UNIT}\s+(?:من|بعد|على)`],
    firstOfMonth: [],
    sameDay: [String.raw`(?:اعتبارا|اعتباراً)?\s*من\s+تاريخ`],
    beforeExpiry: [String.raw`قبل\s+{NUM}\s+{UNIT}\s+من\s+(?:انتهاء|انقضاء)`],
    noticePeriod: [],
  },
  triggers: {
    exchange: ['تبادل'],
    signature: ['التوقيع|توقيع'],
    notification: ['إخطار|الإخطار|الإشعار|إشعار'],
    threshold: [],
    'own-deposit': [],
  },
  eachLater: String.raw`لكل\s+دولة`,
  conditional: String.raw`%|بالمئة|في\s+المائة`,
  approximate: String.raw`نحو|حوالي|قرابة|خلال|في\s+غضون`,
  nth: [],
  thresholdReached: [],
  future: String.raw`من\s+المتوقع|سوف|قد`,
};
