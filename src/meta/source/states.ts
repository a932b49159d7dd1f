// The state a line of a report's frame names: a country, its adjective, its abbreviation or its capital (the read
// stage's matcher, every language it knows), the Arabic names of capitals (which that table lacks), and a
// national calendar in a date bar ("27 Farvardin 1404" is Iran's solar hijri calendar).
import { findParties } from '../../read/index.ts';

/** Arabic names of capitals, for datelines of Arabic reports ("الرياض 25 أبريل"). */
const ARABIC_CAPITALS: Record<string, string> = {
  الرياض: 'SA',
  القاهرة: 'EG',
  عمان: 'JO',
  عمّان: 'JO',
  دمشق: 'SY',
  بغداد: 'IQ',
  بيروت: 'LB',
  الكويت: 'KW',
  الدوحة: 'QA',
  المنامة: 'BH',
  مسقط: 'OM',
  أبوظبي: 'AE',
  'أبو ظبي': 'AE',
  صنعاء: 'YE',
  الخرطوم: 'SD',
  طرابلس: 'LY',
  تونس: 'TN',
  الجزائر: 'DZ',
  الرباط: 'MA',
  نواكشوط: 'MR',
  طهران: 'IR',
  أنقرة: 'TR',
  موسكو: 'RU',
  بكين: 'CN',
  واشنطن: 'US',
  لندن: 'GB',
  باريس: 'FR',
  برلين: 'DE',
};
const ARABIC_CAPITAL = new RegExp(`(?<![\\p{L}])(?:[وب])?(${Object.keys(ARABIC_CAPITALS).join('|')})(?![\\p{L}])`, 'u');

/** Months of the solar hijri calendar, used by Iran's official and state press, with a year of that calendar. */
const SOLAR_HIJRI =
  /(?<!\p{L})(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s+1[34]\d\d(?!\d)/u;

export interface StateMention {
  code: string;
  text: string;
}

/** The states a line names, in order. Capitals count only when asked (a dateline's place, a menu's city). */
export function statesIn(line: string, language: string | null, { capitals = true } = {}): StateMention[] {
  const out: StateMention[] = [];
  const calendar = SOLAR_HIJRI.exec(line);
  if (calendar) out.push({ code: 'IR', text: calendar[0] });
  for (const p of findParties(line, language)) {
    if (p.code.length !== 2 || (!capitals && p.form === 'capital')) continue;
    out.push({ code: p.code, text: p.text });
  }
  const arabic = capitals ? ARABIC_CAPITAL.exec(line) : null;
  if (arabic) out.push({ code: ARABIC_CAPITALS[arabic[1]], text: arabic[0] });
  return out;
}

/** The first state a line names, or null. */
export function firstState(line: string, language: string | null, options?: { capitals?: boolean }): StateMention | null {
  return statesIn(line, language, options)[0] ?? null;
}
