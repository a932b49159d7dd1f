// Korean article references ("제4조", "제4조 제2항"); "유엔헌장 제51조" names the instrument before the article.
import type { ArticleLanguage } from './common.ts';

/** A charter, constitution, convention or covenant, or a dated instrument ("1961년 조약"), just before "제N조". */
const OTHER_BEFORE = /((?:\d{4}년\s*\S*\s*)?(?:\S*(?:헌장|헌법|협약|규약))|\d{4}년\s*\S*(?:조약|협정))\s*(?:의\s*)?$/u;

export const ko: ArticleLanguage = {
  name: 'ko',
  cue: /제\s*\d/u,
  rules: [
    {
      // "조" alone after a number is also "trillion" (4조 원), so the article needs its "제" prefix.
      name: 'je-jo',
      pattern: /제\s*(\d{1,3})\s*조(?:\s*제?\s*(\d{1,2})\s*항)?/gu,
      read: (m) => ({ numbers: [Number(m[1])], paragraph: Number(m[2]) || null }),
    },
  ],
  instrumentAfter: () => null,
  instrumentBefore: (head) => OTHER_BEFORE.exec(head)?.[1] ?? null,
  // "같은 조는…", "이 조항은…", "해당 조항에 따르면…"
  continuation: /^[\s"“(]*(?:같은|동|이|해당)\s*조(?:항)?(?:는|은|에서|에|에서는|에 따르면)/u,
};
