// Date and time stamp lines: "Tue 6 May 2025 | 09:10 AM", "May 6, 2025 9:10 AM UTC Updated 2 hours ago",
// "Updated 2 hours ago", "Tuesday, May 6, 2025", and stamp bars that add a date in another calendar, the editor or
// the byline ("Wednesday, 4 June 2025 | 14 Khordad 1404", "2024-05-14 09:12 | Editor: Ana Ruiz"). The meta stage
// reads the publication date from them.
import { atMostWords, findDates } from '../../text/index.ts';
import { isByline } from './byline.ts';
import { lineDetector } from './line-detector.ts';
import { isStaffEntry } from './masthead.ts';

/** Words that stamp lines put around the date: what happened when, time zones, reading time. */
const STAMP_PHRASES = [
  'last updated',
  'first published',
  'updated',
  'published',
  'posted',
  'modified',
  // "Date de modification : …", "Fecha de modificación: …", "Дата изменения: …", "Änderungsdatum: …"
  'modification',
  'modificación',
  'изменения',
  'änderungsdatum',
  'zuletzt geändert',
  'this (?:article|story|page) was',
  'ago',
  'at',
  'on',
  'utc',
  'gmt',
  '[ecmp][sd]t',
  'msk',
  'cet',
  'cest',
  'bst',
  'am',
  'pm',
  'a\\.m\\.',
  'p\\.m\\.',
  '\\d+\\s*min(?:ute)?s?\\s*read',
  'reading time',
  'обновлено',
  'опубликовано',
  'дата публикации',
  'в',
  'aktualisiert',
  'veröffentlicht',
  'erschienen',
  'am',
  'um',
  'uhr',
  'stand',
  'mis à jour',
  'publié le',
  'publié',
  'date de publication',
  'le',
  'à',
  'actualizado',
  'publicado',
  'fecha de publicación',
  'el',
  'a las',
  'a',
  'h',
  'آخر تحديث',
  'تاريخ النشر',
  'نشر في',
  'بتوقيت',
];
/** The date field of an e-mail header ("Sent: …", "Gesendet: …", "Отправлено: …"): the newsletter's date. */
const MAIL_DATE_FIELDS = ['sent', 'date', 'gesendet', 'datum', 'envoyé', "date d['’]envoi", 'enviado(?: el)?', 'fecha', 'отправлено', 'дата', 'التاريخ'];
/**
 * A release's label before its date: "News release — 3 April 2025", "Pressemitteilung vom 3. April 2025",
 * "Пресс-релиз от 15 апреля 2025 г.", "Comunicado de prensa del 14 de marzo de 2025", "بيان صحفي".
 */
const RELEASE_LABELS = [
  '(?:press|news|media) release',
  'statement',
  'press statement',
  'pressemitteilung',
  'presseerklärung',
  'medienmitteilung',
  'mitteilung',
  'vom',
  'communiqué(?: de presse)?',
  'du',
  'comunicado(?: de prensa)?',
  'nota de prensa',
  'del',
  'de',
  'пресс-релиз',
  'сообщение для печати',
  'заявление',
  'от',
  'بيان(?: صحفي)?',
];
/** A print edition's date line ("Édition du jeudi 6 mars 2025"), and the relative day of a stamp ("Published today"). */
const EDITION_AND_DAY = [
  'edition(?: of)?',
  'édition(?: du)?',
  'ausgabe(?: vom)?',
  'edición(?: del)?',
  'выпуск(?: от)?',
  'عدد',
  'today',
  'yesterday',
  "aujourd['’]hui",
  'hier',
  'heute',
  'gestern',
  'hoy',
  'ayer',
  'сегодня',
  'вчера',
  'اليوم',
  'أمس',
];
const STAMP_WORDS = new RegExp(`(?<!\\p{L})(?:${[...STAMP_PHRASES, ...MAIL_DATE_FIELDS, ...RELEASE_LABELS, ...EDITION_AND_DAY].join('|')})(?!\\p{L})`, 'giu');
/** Times the parsers leave unread: "9 h 05", "18h40", "9.05" (before "Uhr"). */
const CLOCK_TIME = /(?<![\d.])\d{1,2}\s?(?:h|\.)\s?\d{2}(?![\d.])/giu;
/** A stamp is short; a sentence that happens to hold a date and a time is not one. */
const MAX_WORDS = 14;
/**
 * Cheap gate before the date parsers: a time, a year, two numbers, or a relative "3 hours ago" in some language.
 * ("Article 5" and "No. 12" never reach chrono.)
 */
const STAMP_SHAPE = /\d{1,2}:\d{2}|[\d٠-٩]{4}|[\d٠-٩]+[^\d٠-٩]+[\d٠-٩]+|(?<!\p{L})(?:ago|назад|vor|il y a|hace|fa|geleden|منذ)(?!\p{L})/iu;

/**
 * The text left once the dates (read by every parser of the script at once: findDates keeps the longest reading
 * where they overlap) and the stamp words are taken out, without punctuation.
 */
function leftover(text: string): string {
  let rest = text.replace(CLOCK_TIME, ' ');
  const dates = findDates(rest);
  if (dates.length === 0 && rest === text) return text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.text.length);
  return rest.replace(STAMP_WORDS, ' ').replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** Nothing but date/time expressions, stamp words and separators. */
function isPlainStamp(text: string): boolean {
  return atMostWords(text, MAX_WORDS) && STAMP_SHAPE.test(text) && leftover(text) === '';
}

/** A date in a calendar chrono does not read: day, month name, year ("14 Khordad 1404", "4 Ramadan 1446 AH"). */
const OTHER_CALENDAR_DATE = /^\d{1,2}\s+\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?\s+\d{3,4}(?:\s*(?:AH|H|SH|هـ))?$/u;
/** Parts of a stamp bar: "|", or a dash between spaces ("Monday, 19 October 2020 - 02 Rabi' al-Awwal 1442"). */
const BAR = /\s*\|\s*|\s+[-–—]\s+/;

/**
 * A bar that opens with a date stamp, followed by dates of other calendars, editors and bylines. (A byline first,
 * "By X Jun 20, 2024 | 12:19 AM", is the byline detector's.)
 */
function isStampBar(text: string): boolean {
  const [first, ...rest] = text.split(BAR).filter(Boolean);
  // The other parts first: their tests are cheap, and a timeline item ("June 19, 2024 - X signs") fails there.
  if (rest.length === 0 || !rest.every((p) => OTHER_CALENDAR_DATE.test(p) || isByline(p) || isStaffEntry(p) || isPlainStamp(p))) return false;
  return isPlainStamp(first);
}

/** "Posted on 12 May 2025 by Hannah Ito", "Publié le 3 mars 2025 par Julien Roux": a stamp, then a byline. */
const THEN_BYLINE = /^(.+?)\s+((?:by|von|par|por)\s+\p{Lu}.*)$/u;

function isStampThenByline(text: string): boolean {
  const m = THEN_BYLINE.exec(text);
  return !!m && isPlainStamp(m[1]) && isByline(m[2]);
}

export function isDateStamp(text: string): boolean {
  return isPlainStamp(text) || (/[|–—-]/.test(text) && isStampBar(text)) || isStampThenByline(text);
}

export const dateStamp = lineDetector('date', isDateStamp);
