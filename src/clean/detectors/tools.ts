// Page tool bars a scrape leaves on a line of their own: "Print | Email to a friend", "Imprimer | Envoyer à un ami",
// "Drucken | Versenden", "Печать | Отправить", and rows of bracketed buttons. Every item of the line is a tool's name; the words are in ../lang/.
import { anyOf, junkWords } from '../lang/index.ts';
import { type Cut, type Detector, wholeLine } from '../text-doc.ts';
import { gluedTail } from './glued.ts';

/** One item: the tool's words, perhaps with the punctuation a button leaves. */
const TOOL = new RegExp(`^${anyOf(junkWords('tools'))}[\\s.:…]*$`, 'iu');
/** Items share a line as a bar. */
const ITEM_SEPARATOR = /\s*[|•·]\s*|\s+[–—/]\s+/;

export function isToolBar(text: string): boolean {
  const items = text.split(ITEM_SEPARATOR).filter(Boolean);
  return items.length > 0 && items.every((it) => TOOL.test(it));
}

/**
 * A row of buttons a scrape kept as bracketed link texts and nothing else: "[Share on X] [Email]", "[Download PDF]
 * · [Subscribe]". Each a few words; a sentence has words outside the brackets.
 */
const BUTTON = /\[([^[\]]{1,60})\]/gu;
const MIN_BUTTONS = 2;
const MAX_BUTTON_WORDS = 5;
const ROW_LEFTOVER = /^[\s|•·,/–—-]*$/u;

export function isButtonRow(text: string): boolean {
  const buttons = [...text.matchAll(BUTTON)];
  return (
    buttons.length >= MIN_BUTTONS &&
    ROW_LEFTOVER.test(text.replace(BUTTON, ' ')) &&
    buttons.every((b) => b[1].trim() !== '' && b[1].trim().split(/\s+/).length <= MAX_BUTTON_WORDS)
  );
}

export const tools: Detector = {
  name: 'tools',
  detect(doc) {
    const cuts: Cut[] = [];
    for (let i = 0; i < doc.lines.length; i++) {
      if (!doc.isLive(i)) continue;
      const text = doc.text(i);
      if (isToolBar(text) || isButtonRow(text)) cuts.push(wholeLine(doc, i, 'tools'));
      else if (text === doc.lines[i] && text.endsWith(']')) {
        // "…ein unabhängiges Institut. [PDF] · [Newsletter]": a row of buttons glued to a paragraph's end.
        const glued = gluedTail(text, isButtonRow);
        if (glued !== null) cuts.push({ line: i, start: glued, end: text.length, why: 'tools' });
      }
    }
    return cuts;
  },
};
