import type { CountWords } from './types.ts';

/** A verb of composition with its conjunction, and the subject it may have before "من" ("ويتألف البروتوكول من"). */
const COMPOSED = String.raw`[وف]?(?:يتألف|تتألف|يتكون|تتكون)(?:\s+\p{L}+){0,2}\s+من`;
const HOLDS = String.raw`[وف]?(?:يضم|تضم|يتضمن|تتضمن|يحتوي على|تحتوي على)(?:\s+\p{L}+)?`;

export const ar: CountWords = {
  noun: String.raw`(?:مادة|مواد)`,
  preamble: { noun: String.raw`ديباجة`, and: 'و' },
  before: [COMPOSED, HOLDS],
  subset: ['بشأن', 'حول', 'عن', 'المتعلقة', 'الخاصة'],
  notBefore: ['أكثر', 'أقل', 'نحو'],
};
