import type { CountWords } from './types.ts';

export const ru: CountWords = {
  noun: String.raw`стат(?:ей|ьи|ья)`,
  preamble: { noun: String.raw`преамбул\p{L}*`, and: 'и' },
  before: ['состоит из', 'содержит', 'включает', 'насчитывает', 'из', 'все'],
  subset: ['о', 'об', 'по', 'которые', 'касающиеся', 'посвященные', 'посвящённые'],
  notBefore: ['более', 'менее', 'около'],
};
