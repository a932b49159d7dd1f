// A government body's release under its own masthead: a statement, a communiqué, a press release, a fact sheet.
// The spec counts it an official document, as the treaty text is. Both must show in the page's head: the release's
// label (opening a line: "Press release | Riga", "FACT SHEET: …", "Заявление МИД …") and the body that issues it
// (a line opening with a state body's name: "Ministry of …", "Office of the Press Secretary", "Министерство …").
// A newspaper's report of a statement has neither line of its own.
import type { MetaContext } from './context.ts';
import { removedLines } from './context.ts';
import { wordsOf } from './source/index.ts';

/** Labels of a release, per language, each opening a line. */
const RELEASE_LABELS: Record<string, string[]> = {
  en: [
    'statement (?:by|of|from|on)',
    'joint statement',
    '(?:press|news|media) (?:release|statement)',
    'communiqu[eé]',
    'fact ?sheet',
    'for immediate release',
    'readout',
  ],
  de: ['pressemitteilung', 'presseerklärung', 'medienmitteilung', 'erklärung (?:des|der)'],
  fr: ['communiqué', 'déclaration (?:du|de la|des)', 'note de presse'],
  es: ['comunicado', 'nota de prensa', 'declaración (?:del|de la)'],
  ru: ['заявлени\\p{L}*', 'сообщени\\p{L}* для (?:печати|сми)', 'пресс-релиз', 'комментари\\p{L}* официального представителя'],
  ar: ['بيان(?: صحفي| صادر عن)?'],
};
const RELEASE = new RegExp(`^(?:${Object.values(RELEASE_LABELS).flat().join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** A state body opening a line: "Ministry of", "Office of the Press Secretary", "Министерство". */
const STATE_BODY = wordsOf('government', { anchored: true });
/** Marks before a masthead's name: a copyright sign, emphasis. */
const LEADING_MARKS = /^[\s*_©#]+/u;
/** The page's head: its first lines, where a masthead and a release label stand. */
const HEAD_LINES = 6;

export interface GovernmentRelease {
  label: string;
  body: string;
}

export function governmentRelease(ctx: MetaContext): GovernmentRelease | null {
  const head = [...ctx.header.slice(0, HEAD_LINES), ...ctx.paragraphs.slice(0, HEAD_LINES), ...removedLines(ctx, 'label', 'handling', 'masthead')].map((l) =>
    l.replace(LEADING_MARKS, '').trim(),
  );
  const label = head.find((l) => RELEASE.test(l));
  if (!label) return null;
  const lines = [...head, ...removedLines(ctx, 'copyright').map((l) => l.replace(LEADING_MARKS, '').trim())];
  const body = lines.find((l) => STATE_BODY.test(l));
  return body ? { label, body } : null;
}
