// Cheap tests run before each date detector (chrono is the slow part of reading): a sentence without a month,
// weekday or relative word, numeric date or year holds no date for that detector.
import { monthSource } from './months.ts';

export const MONTH_CUE = new RegExp(`(?<!\\p{L})(?:${(['en', 'ru', 'de', 'fr', 'es', 'ar'] as const).map(monthSource).join('|')})`, 'iu');

const WEEKDAYS = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|сред[уаые]|четверг|пятниц|суббот|воскресень|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد`;
/** chrono reads "earlier" only after a unit ("two days earlier"); alone ("as reported earlier") it dates nothing,
 *  and its parsers do not know "ранее", "zuvor" or "vorher" at all (the earlier detector reads those). */
const UNIT_EARLIER = String.raw`(?:\p{L}*s|day|week|month|year|fortnight|decade)\s+earlier`;
const RELATIVE = String.raw`today|tonight|yesterday|tomorrow|ago|${UNIT_EARLIER}|last|next|this\s+(?:week|month|year)|сегодня|вчера|завтра|назад|прошл|следующ|нынешн|текущ|heute|gestern|morgen|letzt|nächst|vor\s+(?:ein|zwei|drei|\d)|aujourd|hier|demain|derni|prochain|il y a|hoy|ayer|mañana|hace\s|pasad[oa]|próxim|anterior|اليوم|أمس|امس|غدا|الماضي|المقبل|القادم`;
/** "31.07.2031", "7/31/2031", "2031-07-31": all-digit dates. */
const NUMERIC = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;

/** Beside a month (MONTH_CUE), what chrono could read as a date: a weekday, a relative word or an all-digit date. */
export const OTHER_CHRONO_CUE = new RegExp(`(?<!\\p{L})(?:${WEEKDAYS}|${RELATIVE})|${NUMERIC}`, 'iu');

export const YEAR_CUE = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/;

export const EARLIER_CUE = /zuvor|vorher|früher|ранее|раньше/iu;
