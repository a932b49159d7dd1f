// Placeholder until the export stage lands (helper owns this file).
import type { Dossier } from '../types.ts';
export const FORMATS = ['json', 'md', 'html', 'claimreview'] as const;
export type Format = (typeof FORMATS)[number];
export function render(d: Dossier, format: Format): string {
  return JSON.stringify(d, null, 2);
}
