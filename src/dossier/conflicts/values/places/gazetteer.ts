// A gazetteer of places in every language Pactwatch reads: the world's countries (i18n-iso-countries), their
// capitals (read/parties) and the CLDR cities (./cities.ts), each with its names in many languages, and the
// towns of city-timezones (Geneva, San Francisco, The Hague: towns no time zone is named after) in English, and
// the venues agreements are signed at (./venues.ts), and the Arabic names of capitals CLDR lacks (./capitals-ar.ts). A name as
// a source wrote it ("в Пхеньяне", "à Moscou", "بطهران", "Moskau") is looked up without the words around it
// and with its case ending, so one place written in two languages is one place.
import cityTimezones from 'city-timezones';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import { CAPITALS } from '../../../../read/index.ts';
import { ARABIC_CAPITALS } from './capitals-ar.ts';
import { CITIES, CITY_LANGUAGES } from './cities.ts';
import { foldName, type Script, scriptOf } from './fold.ts';
import { GRAMMARS } from './languages/index.ts';
import { VENUE_LANGUAGES, VENUES } from './venues.ts';

const COUNTRY_LOCALES = { en, ru, de, fr, es, ar, ko, uk, it, pt };
for (const locale of Object.values(COUNTRY_LOCALES)) countries.registerLocale(locale);

export interface Place {
  /** "RU" for a country, "RU/Moscow" for a city. */
  id: string;
  level: 'country' | 'city';
  country: string;
  english: string;
  names: string[];
  /** Languages whose name for the place the gazetteer has (a name written in another may be an exonym it
   *  lacks: "Nueva Delhi" is not known to be another place than New Delhi). */
  languages: Set<string>;
}

/** Languages of the capitals table: English, with the Russian, German and French forms where they differ. */
const CAPITAL_LANGUAGES = ['en', 'ru', 'de', 'fr'];

/** Towns of city-timezones at least this populous: treaties are signed in capitals, seats of organisations and
 *  resorts (Versailles, Maastricht), and a smaller town's name is more often some venue's or person's. */
const MIN_TOWN_POPULATION = 50_000;

/** A stem shorter than this says too little to match on ("Рим" is kept whole). */
const MIN_STEM = 3;

interface Index {
  places: Map<string, Place>;
  /** folded name → places */
  exact: Map<string, Set<string>>;
  /** folded name without one case ending → places */
  stems: Map<string, Set<string>>;
  /** The Latin names' folded forms by their first letters, for a spelling the gazetteer lacks. */
  latin: Map<string, [name: string, id: string][]>;
}

/** Letters a spelling must share with a known name before it is compared with it ("Genève" with "Geneva"). */
const PREFIX = 3;
/** Letters a spelling must share with a known name to be taken for it. */
const MIN_SHARED_SPELLING = 5;

let index: Index | null = null;

const add = (map: Map<string, Set<string>>, key: string, id: string) => {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
};

/** "CC: name | name" lines (a cell may start another "CC:" entry, as in the capitals table). */
function parseLines(table: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const line of table.split('\n')) {
    for (const cell of line.split('|')) {
      const m = /^\s*(?:([A-Z]{2}):)?\s*(.*?)\s*$/.exec(cell)!;
      if (m[1]) out.push([m[1], []]);
      if (m[2] && out.length) out[out.length - 1][1].push(m[2]);
    }
  }
  return out.filter(([, names]) => names.length > 0);
}

/** Country names as i18n-iso-countries gives them: "Korea, Republic of" skipped, "X (Y)" as both. */
function countryNames(code: string): string[] {
  const out: string[] = [];
  for (const lang of Object.keys(COUNTRY_LOCALES)) {
    for (const name of countries.getName(code, lang, { select: 'all' }) ?? []) {
      if (name.includes(',')) continue;
      const inner = /\(([^)]*)\)\s*$/.exec(name)?.[1];
      const outer = name.replace(/\s*\([^)]*\)/g, '').trim();
      for (const n of [outer, inner]) if (n && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

/** The country's shortest English name ("Russia", not "Russian Federation"). */
function shortestEnglish(code: string): string | undefined {
  const names = (countries.getName(code, 'en', { select: 'all' }) ?? []).filter((n) => !/[,(]/.test(n));
  return names.sort((a, b) => a.length - b.length)[0];
}

/** The name's folded form without each case ending of its script (and the form itself). */
export function stemsOf(folded: string, script = scriptOf(folded)): string[] {
  const out = [folded];
  for (const e of endingsOf(script)) if (folded.endsWith(e) && folded.length - e.length >= MIN_STEM) out.push(folded.slice(0, -e.length));
  return out;
}

/** Every language's case endings for a script, folded as names are ("ой" → "ои"). */
const ENDINGS = new Map<Script, string[]>();
function endingsOf(script: Script): string[] {
  let list = ENDINGS.get(script);
  if (!list) {
    list = [...new Set(GRAMMARS.flatMap((g) => (g.endings?.script === script ? g.endings.list.map(foldName) : [])))];
    ENDINGS.set(script, list);
  }
  return list;
}

function build(): Index {
  const idx: Index = { places: new Map(), exact: new Map(), stems: new Map(), latin: new Map() };
  const register = (p: Place) => {
    idx.places.set(p.id, p);
    for (const name of p.names) {
      const key = foldName(name);
      if (!key) continue;
      add(idx.exact, key, p.id);
      for (const stem of stemsOf(key)) add(idx.stems, stem, p.id);
      if (scriptOf(key) === 'latin' && key.length > PREFIX) {
        const list = idx.latin.get(key.slice(0, PREFIX));
        if (list) list.push([key, p.id]);
        else idx.latin.set(key.slice(0, PREFIX), [[key, p.id]]);
      }
    }
  };
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const names = countryNames(code);
    if (names.length)
      register({
        id: code,
        level: 'country',
        country: code,
        english: shortestEnglish(code) ?? names[0],
        names,
        languages: new Set(Object.keys(COUNTRY_LOCALES)),
      });
  }
  // Cities: CLDR's first, then the capitals, merged into a CLDR city of the same country sharing a name.
  const cities = new Map<string, Place>();
  const tables: [string, string[]][] = [
    [CITIES, CITY_LANGUAGES],
    [CAPITALS, CAPITAL_LANGUAGES],
  ];
  const towns = cityTimezones.cityMapping
    .filter((c) => c.pop >= MIN_TOWN_POPULATION && /^[A-Z]{2}$/.test(c.iso2))
    .map((c): [string, string[]] => [c.iso2, [...new Set([c.city, c.city_ascii])]]);
  const lists: [[string, string[]][], string[]][] = [
    ...tables.map(([table, languages]): [[string, string[]][], string[]] => [parseLines(table), languages]),
    [towns, ['en']],
    [parseLines(VENUES), VENUE_LANGUAGES],
    [parseLines(ARABIC_CAPITALS), ['en', 'ar']],
  ];
  for (const [lines, languages] of lists) {
    for (const [country, names] of lines) {
      const keys = new Set(names.map(foldName));
      const same = [...cities.values()].find((c) => c.country === country && c.names.some((n) => keys.has(foldName(n))));
      if (same) {
        for (const n of names) if (!same.names.includes(n)) same.names.push(n);
        for (const l of languages) same.languages.add(l);
        continue;
      }
      const id = `${country}/${names[0]}`;
      if (!cities.has(id)) cities.set(id, { id, level: 'city', country, english: names[0], names: [...names], languages: new Set(languages) });
    }
  }
  for (const city of cities.values()) register(city);
  return idx;
}

function gazetteer(): Index {
  return (index ??= build());
}

export function placeById(id: string): Place | undefined {
  return gazetteer().places.get(id);
}

/** Lower-case words no language counts as part of a name, when they come first ("в", "à", "in the", "في"). */
let BEFORE: Set<string> | null = null;

/** The name without the words before it that are not part of it: "в городе Москве" → "Москве". Only words
 *  written in lower case go ("The Hague" keeps its article). */
export function bareName(written: string): string {
  BEFORE ??= new Set(GRAMMARS.flatMap((g) => g.before));
  const words = written.trim().split(/\s+/);
  while (words.length > 1 && BEFORE.has(words[0]) && words[0] === words[0].toLowerCase()) words.shift();
  return words.join(' ');
}

/** Written forms the name may stand for: itself, and without a glued prefix or postposition. */
function unglued(name: string): string[] {
  const out = [name];
  for (const g of GRAMMARS) {
    for (const p of g.prefixes ?? []) if (name.startsWith(p) && name.length > p.length + 2) out.push(name.slice(p.length));
    for (const s of g.suffixes ?? []) if (name.endsWith(s) && name.length > s.length) out.push(name.slice(0, -s.length));
  }
  return out;
}

/** The places a name may be: exact names first, else its forms without prefixes, postpositions and case
 *  endings. Several places when the name is ambiguous ("Алжир": Algeria and Algiers); none when unknown. */
export function lookupPlace(written: string): Place[] {
  const g = gazetteer();
  const name = bareName(written);
  const ids = new Set<string>();
  const key = foldName(name);
  for (const id of g.exact.get(key) ?? []) ids.add(id);
  if (!ids.size) {
    for (const form of unglued(name)) {
      const folded = foldName(form);
      for (const id of g.exact.get(folded) ?? []) ids.add(id);
      if (ids.size) continue;
      for (const stem of stemsOf(folded)) for (const id of g.stems.get(stem) ?? []) ids.add(id);
    }
  }
  if (!ids.size && scriptOf(key) === 'latin') for (const id of spelledLike(key)) ids.add(id);
  return [...ids].map((id) => g.places.get(id)!);
}

/** The one place a Latin name is another spelling of, its last letter changed or added ("Genève" → Geneva,
 *  "Brasilia" → Brasília); none when no name, or several places, are spelt so. A looser likeness would take
 *  "La Haye" for Lahat. */
function spelledLike(key: string): string[] {
  const ids = new Set<string>();
  for (const [name, id] of gazetteer().latin.get(key.slice(0, PREFIX)) ?? []) {
    let shared = 0;
    while (shared < name.length && name[shared] === key[shared]) shared++;
    if (shared >= MIN_SHARED_SPELLING && name.length - shared <= 1 && key.length - shared <= 1) ids.add(id);
  }
  return ids.size === 1 ? [...ids] : [];
}
