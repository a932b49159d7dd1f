// Whether a PDF's Info-dictionary title is the report's title. Authoring tools fill it with whatever they have:
// the source file's name ("Microsoft Word - treaty_v3.docx"), their own name ("Enscript Output"), a placeholder
// ("Untitled", "Slide 1", "Документ1"), a path, or a date. Those say nothing about the report, and a title hint
// outranks the title the meta stage would read from the text, so they are dropped.
import { findDates } from '../text/index.ts';

/** "Microsoft Word - ", "Microsoft PowerPoint - ": Office's print driver names the PDF after the source file. */
const OFFICE_FILE_PREFIX = /^Microsoft\s+(?:Office\s+)?(?:Word|PowerPoint|Excel|Publisher|Visio)\s+-\s+/i;

/** Placeholder titles of authoring tools, per language, matched whole (case-insensitive), with or without a number
 *  ("Untitled-2", "Document1", "Slide 3", "Folie 1"). */
const PLACEHOLDERS: Record<string, string[]> = {
  en: [
    'untitled',
    'untitled document',
    'no title',
    'title',
    'document',
    'new document',
    'slide',
    'presentation',
    'powerpoint presentation',
    'book',
    'sheet',
    'page',
    'layout',
    'print',
    'print job',
    'output',
    'enscript output',
    'blank',
    'temp',
    'tmp',
    'unknown',
    'none',
    'null',
    'default',
    'draft',
    'converted document',
    'microsoft word',
    'word document',
    'pdf document',
    'adobe acrobat',
  ],
  ru: ['без названия', 'без имени', 'документ', 'новый документ', 'слайд', 'презентация', 'лист', 'книга'],
  de: ['unbenannt', 'ohne titel', 'dokument', 'neues dokument', 'folie', 'präsentation', 'mappe', 'tabelle'],
  fr: ['sans titre', 'document', 'nouveau document', 'diapositive', 'présentation', 'classeur', 'feuille'],
  es: ['sin título', 'sin titulo', 'documento', 'nuevo documento', 'diapositiva', 'presentación', 'libro', 'hoja'],
};
const PLACEHOLDER_TITLE = new RegExp(`^(?:${[...new Set(Object.values(PLACEHOLDERS).flat())].join('|')})(?:[\\s_-]*\\d+)?$`, 'iu');

/** Account names tools put in the Author field, per language, matched whole (case-insensitive). */
const ACCOUNT_NAMES: Record<string, string[]> = {
  en: ['administrator', 'admin', 'user', 'windows user', 'microsoft office user', 'owner', 'author', 'unknown', 'root'],
  ru: ['администратор', 'пользователь', 'пользователь windows'],
  de: ['benutzer', 'windows-benutzer', 'besitzer'],
  fr: ['utilisateur', 'utilisateur windows', 'propriétaire'],
  es: ['usuario', 'usuario de windows', 'propietario'],
};
const ACCOUNT_NAME = new RegExp(`^(?:${[...new Set(Object.values(ACCOUNT_NAMES).flat())].join('|')})$`, 'iu');

/** A file name: ends in an extension documents and their sources have. */
const FILE_EXTENSION = /\.(?:docx?|dotx?|odt|rtf|pdf|indd|qxd|pages|txt|tex|dvi|ps|html?|xml|pptx?|xlsx?|md|png|jpe?g|tiff?)$/i;
/** One token with no space that a person would not write as a title: "scan0001", "IMG_2034", "doc_final_v2",
 *  "20240115-treaty-en". */
const FILE_NAME_TOKEN = /^(?=\S*(?:_|\d\p{L}|\p{L}\d|\p{L}-\d|\d-\p{L}))\S+$/u;
/** A path or address: separators and no spaces ("C:\Users\ana\Desktop\accord", "/tmp/out", "https://…"). */
const PATH = /^(?:[a-z][\w+.-]*:\/\/\S*|[A-Za-z]:\\\S*|\S*[\\/]\S*)$/;
/** An authoring tool's own name, whole: "PScript5.dll Version 5.2.2", "pdfTeX-1.40.25", "Ghostscript 9.50". */
const TOOL_NAME = /^\S+\.(?:dll|exe)\b|^[\w.]+[- ]v?\d+(?:\.\d+)+$/i;
/** A title has at least this many letters. */
const MIN_TITLE_LETTERS = 3;

/** The words left of a title once its dates, numbers and punctuation are taken out. */
function lettersBesidesDates(title: string): number {
  let rest = title;
  for (const d of findDates(title).sort((a, b) => b.index - a.index)) rest = rest.slice(0, d.index) + rest.slice(d.index + d.text.length);
  return rest.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Whether `title` is a report's own title, not its tool's, file's or a placeholder. `tools` are the PDF's Creator
 * and Producer: a title that names them is the tool speaking.
 */
export function isRealPdfTitle(title: string, tools: (string | null)[] = []): boolean {
  const t = title.trim().replace(/\s+/g, ' ');
  if (OFFICE_FILE_PREFIX.test(t) || PLACEHOLDER_TITLE.test(t) || FILE_EXTENSION.test(t) || PATH.test(t)) return false;
  if (FILE_NAME_TOKEN.test(t) || TOOL_NAME.test(t)) return false;
  if (tools.some((tool) => tool && tool.trim().toLowerCase() === t.toLowerCase())) return false;
  return lettersBesidesDates(t) >= MIN_TITLE_LETTERS;
}

/** Whether `author` names a person or body, not the account the file was made under ("Administrator", "user01"). */
export function isRealPdfAuthor(author: string): boolean {
  const a = author.trim().replace(/\s+/g, ' ');
  return !ACCOUNT_NAME.test(a) && !FILE_NAME_TOKEN.test(a) && !PATH.test(a) && (a.match(/\p{L}/gu)?.length ?? 0) >= MIN_TITLE_LETTERS;
}
