// Finds references to the articles of the agreement under discussion, and sets aside other instruments' articles.
import type { ArticleRef, ForeignArticleRef } from '../../types.ts';

export interface ArticleContext {
  language: string | null;
  /** Article refs of the previous claim, inherited by a sentence that continues about the same article. */
  previous: ArticleRef[];
}

export function findArticleRefs(text: string, context: ArticleContext): { refs: ArticleRef[]; foreign: ForeignArticleRef[] } {
  return { refs: [], foreign: [] };
}
