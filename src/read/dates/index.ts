// Finds dates (absolute, year-less, relative, ranges) resolved against the publication date.
import type { DateMention } from '../../types.ts';

export function findDates(text: string, language: string | null, published: string | null): DateMention[] {
  return [];
}
