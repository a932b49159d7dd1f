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

/** A line without the state or adjective that opens it: "United States Department of State" → "Department of
 *  State", "Royal Thai Ministry …" → "Ministry …", for the words of a state body to open it. */
export function withoutLeadingState(line: string, language: string | null): string {
  const first = findParties(line, language)[0];
  const before = first ? line.slice(0, first.start) : '';
  const rest = first && (before.trim() === '' || STATE_FORM.test(before)) ? line.slice(first.end) : line;
  return rest.replace(LEADING_RANK, '').trim();
}
/** The form of a state before its name: "Kingdom of", "the Republic of", "République de". */
const STATE_FORM =
  /^\s*(?:the\s+)?(?:(?:federal|united|islamic|democratic|socialist|arab|hashemite)\s+)*(?:kingdom|republic|state|federation|commonwealth|principality|sultanate|emirate|grand\s+duchy|royaume|république|reino|república|königreich|republik)\s+(?:of|de|du|de\s+la|der)\s+(?:the\s+)?$/iu;
/** Ranks a body's name may open with: "Federal Ministry", "FEDERAL MINISTRY". */
const LEADING_RANK = /^\s*(?:federal|royal|national|imperial|fédéral|fédérale|bundes-|federale?s?)\s+/iu;
