// Page tool bars a scrape leaves on a line of their own: "Print | Email to a friend", "Imprimer | Envoyer à un ami",
// "Drucken | Versenden", "Печать | Отправить". Every item of the line is a tool's name; the words are in ../lang/.
import { anyOf, junkWords } from '../lang/index.ts';
import { lineDetector } from './line-detector.ts';

/** One item: the tool's words, perhaps with the punctuation a button leaves. */
const TOOL = new RegExp(`^${anyOf(junkWords('tools'))}[\\s.:…]*$`, 'iu');
/** Items share a line as a bar. */
const ITEM_SEPARATOR = /\s*[|•·]\s*|\s+[–—/]\s+/;

export function isToolBar(text: string): boolean {
  const items = text.split(ITEM_SEPARATOR).filter(Boolean);
  return items.length > 0 && items.every((it) => TOOL.test(it));
}

export const tools = lineDetector('tools', isToolBar);
