// A government body's release under its own masthead: a statement, a communiqué, a press release, a fact sheet.
// The spec counts it an official document, as the treaty text is. Both must show in the page's head: the release's
// label (opening a line: "Press release | Riga", "FACT SHEET: …", "Заявление МИД …") and the body that issues it
// (a line opening with a state body's name: "Ministry of …", "Office of the Press Secretary", "Министерство …").
// A newspaper's report of a statement has neither line of its own.
import type { MetaContext } from './context.ts';
import { removedLines } from './context.ts';
import { withoutLeadingState, wordsOf } from './source/index.ts';

/** Labels of a release, per language, each opening a line. */
const RELEASE_LABELS: Record<string, string[]> = {
  en: [
    'statement (?:by|of|from|on)',
    'announcement (?:by|of|from|on)',
    'joint statement',
    '(?:press|news|media) (?:release|statement)',
    'communiqu[eé]',
    'fact ?sheet',
    'for immediate release',
    'for the press',
    'readout',
  ],
  de: ['pressemitteilung', 'presseerklärung', 'medienmitteilung', 'erklärung (?:des|der)', 'mitteilung (?:des|der)'],
  fr: ['communiqué', 'déclaration (?:du|de la|des)', 'note de presse', 'annonce (?:du|de la|des)'],
  es: ['comunicado', 'nota de prensa', 'declaración (?:del|de la)', 'anuncio (?:del|de la)'],
  ru: ['заявлени\\p{L}*', 'сообщени\\p{L}* для (?:печати|сми)', 'пресс-релиз', 'комментари\\p{L}* официального представителя'],
  ar: ['بيان(?: صحفي| صادر عن)?'],
};
const RELEASE = new RegExp(`^(?:${Object.values(RELEASE_LABELS).flat().join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** A state body opening a line: "Ministry of", "Office of the Press Secretary", "Министерство". */
const STATE_BODY = wordsOf('government', { anchored: true });
const NAMED_BODY = wordsOf('government');
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
  const isBody = (l: string) => STATE_BODY.test(withoutLeadingState(l, ctx.language));
  const label = head.find((l) => RELEASE.test(l));
  // The page's first line a state body's name alone ("United States Department of State — Bureau of Public
  // Affairs"): its masthead, a release whatever its label.
  const first = head.find((l) => l.length > 0);
  if (!label) return first && isMasthead(first) && isBody(first) ? { label: first, body: first } : null;
  const lines = [...head, ...removedLines(ctx, 'copyright').map((l) => l.replace(LEADING_MARKS, '').trim())];
  // Or the label names the body itself: "Communiqué du ministère de l'Europe et des Affaires étrangères".
  const body = lines.find(isBody) ?? (NAMED_BODY.test(label) ? label : undefined);
  return body ? { label, body } : null;
}

/** A name, not a sentence: no stop at its end, and a few words ("Ministry of Foreign Affairs — Press Office"). */
const MAX_MASTHEAD_WORDS = 14;
const isMasthead = (line: string) => !/[.!?:]$/.test(line) && line.split(/\s+/).length <= MAX_MASTHEAD_WORDS && !/\d/.test(line);
