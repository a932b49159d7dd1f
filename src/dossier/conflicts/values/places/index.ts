// Which place values sources give are the same place. A value the gazetteer knows is compared by what it
// is ("в Пхеньяне" and "Pyongyang" are one city; "Moskau" and "Moscow" too); a country agrees with a city in it
// (less precise, like a month against a day). A name the gazetteer does not know is compared by its spelling,
// and only where that can decide: a name unlike another written in the same language is another place, but
// "Den Haag" against "La Haye" (two languages, neither known) may be one place in two languages, so it
// supports no side rather than making a conflict.
import { foldName, latinKey, type Script, scriptOf, similarKeys } from './fold.ts';
import { bareName, lookupPlace, type Place, stemsOf } from './gazetteer.ts';
import { bySound } from './sound.ts';

export { lookupPlace, type Place } from './gazetteer.ts';

export interface PlaceStatement {
  value: string;
  /** ISO 639-1 language of the document that wrote it, when known. */
  language: string | null;
}

/** The group a statement's place belongs to and how to show it; null when it supports no side. */
export interface PlaceValue {
  key: string;
  display: string;
}

interface Ref {
  name: string;
  places: Place[];
  latin: string;
  script: Script;
  language: string | null;
}

type Relation = 'same' | 'different' | 'uncertain';

function refOf(s: PlaceStatement): Ref {
  const name = bareName(s.value);
  return { name, places: lookupPlace(s.value), latin: latinKey(foldName(name)), script: scriptOf(name), language: s.language };
}

/** Latin keys of a name with and without its case endings. */
const latinStems = (latin: string, script: Script) => (script === 'cyrillic' ? [latin] : stemsOf(latin, 'latin'));

function similarNames(a: Ref, name: string): boolean {
  const other = latinKey(foldName(name));
  return similarKeys(a.latin, other) || latinStems(a.latin, a.script).some((x) => latinStems(other, scriptOf(name)).includes(x));
}

/** Up to five capital letters ("U.N.", "ООН", "HQ"): an organisation's seat more often than a place's name. */
function abbreviated(r: Ref): boolean {
  const letters = r.name.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= MAX_ABBREVIATION && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
const MAX_ABBREVIATION = 5;

function relation(a: Ref, b: Ref): Relation {
  if (!a.places.length && !b.places.length && a.latin === b.latin) return 'same';
  if ((!a.places.length && abbreviated(a)) || (!b.places.length && abbreviated(b))) return 'uncertain';
  if (a.places.length && b.places.length) return a.places.some((p) => b.places.includes(p)) ? 'same' : 'different';
  if (!a.places.length && b.places.length) return relation(b, a);
  if (a.places.length) {
    // b is unknown: one of a's names spelt like it; else it may be a venue in a's city (a palace, a crossing,
    // a district: "Malacañang" beside Manila), which the gazetteer cannot tell from another place.
    return a.places.some((p) => p.names.some((n) => similarNames(b, n))) ? 'same' : 'uncertain';
  }
  if (similarNames(a, b.name) || namedAfter(a, b) || namedAfter(b, a)) return 'same';
  if (a.language && a.language === b.language && a.script === b.script) return 'different';
  // Across languages a name may be another's exonym ("Aachen", "Aix-la-Chapelle"), which shares its first sound:
  // its sound makes it the same name, or leaves it undecided; a name that starts with another sound and shares
  // little else is another place ("Psarades", "Otechevo"), in any script. The exonyms that start otherwise
  // name towns the gazetteer knows ("Danzig" is heard against Gdańsk's names above).
  const [x, y] = firstWords(a.name, b.name);
  return bySound(foldName(x), foldName(y));
}

/** Two names cut to as many words as the shorter has: a venue's name ("Hillsborough Castle") is heard by its
 *  town's name against a one-word name in another script, the venue word being translated there. */
function firstWords(a: string, b: string): [string, string] {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  const n = Math.min(x.length, y.length);
  return [x.slice(0, n).join(' '), y.slice(0, n).join(' ')];
}

/** A venue named after its town ("Dunmore Castle", "Camp David" is no town's): the town's name, whole words,
 *  starts it. */
function namedAfter(venue: Ref, town: Ref): boolean {
  const [v, t] = [venue.name.toLowerCase().split(/\s+/), town.name.toLowerCase().split(/\s+/)];
  return v.length > t.length && t.join('').length >= MIN_TOWN && t.every((w, i) => foldName(v[i]) === foldName(w));
}
const MIN_TOWN = 4;

const known = (g: Ref[]) => g.filter((r) => r.places.length);

/** One value per group of statements that name the same place; null for a statement that supports no side. */
export function placeValues(statements: PlaceStatement[]): (PlaceValue | null)[] {
  const refs = new Map<string, Ref>();
  const given = new Map<Ref, number>();
  const statementsOf = (g: Ref[]) => g.reduce((n, r) => n + (given.get(r) ?? 0), 0);
  const refKey = (s: PlaceStatement) => `${s.language ?? ''}\u0000${s.value}`;
  for (const s of statements) {
    let r = refs.get(refKey(s));
    if (!r) refs.set(refKey(s), (r = refOf(s)));
    given.set(r, (given.get(r) ?? 0) + 1);
  }
  const list = [...refs.values()];
  // Groups of refs that are the same place (union-find over the few distinct values).
  const parent = list.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (relation(list[i], list[j]) === 'same') parent[root(j)] = root(i);
  const groups = new Map<number, Ref[]>();
  list.forEach((r, i) => {
    const g = groups.get(root(i));
    if (g) g.push(r);
    else groups.set(root(i), [r]);
  });
  const kept = new Map<Ref, PlaceValue>();
  // Known places first, then unknown names by how many give them: an unknown name gives way to the values
  // kept before it that it may be a spelling of.
  const order = [...groups.values()].sort((a, b) => known(b).length - known(a).length || statementsOf(b) - statementsOf(a));
  const keptRefs: Ref[] = [];
  for (const g of order) {
    const places = g.flatMap((r) => r.places);
    if (!places.length && keptRefs.some((o) => g.some((r) => relation(r, o) === 'uncertain'))) continue;
    if (places.length && places.every((p) => p.level === 'country')) {
      // A country agrees with a city in it: it is the less precise value, not another one.
      const countries = new Set(places.map((p) => p.country));
      if (list.some((o) => o.places.some((p) => p.level === 'city' && countries.has(p.country)))) continue;
    }
    const value = { key: String(root(list.indexOf(g[0]))), display: displayOf(g, places, (r) => given.get(r) ?? 0) };
    for (const r of g) kept.set(r, value);
    keptRefs.push(...g);
  }
  return statements.map((s) => kept.get(refs.get(refKey(s))!) ?? null);
}

/** The place most of the group's names stand for, in English; else the name in Latin letters written most, the
 *  shorter of two written as often (the town, not the castle named after it); else the first. */
function displayOf(group: Ref[], known: Place[], given: (r: Ref) => number): string {
  if (known.length) {
    const count = new Map<Place, number>();
    for (const p of known) count.set(p, (count.get(p) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1] || (a[0].level === 'city' ? -1 : 1))[0][0].english;
  }
  const times = new Map<string, number>();
  for (const r of group) if (r.script === 'latin') times.set(r.name, (times.get(r.name) ?? 0) + given(r));
  const latin = [...times].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
  return latin[0]?.[0] ?? group[0].name;
}

/** True when two values name the same place (for callers comparing two values, without sources). */
export function samePlace(a: string, b: string): boolean {
  const [x, y] = placeValues([
    { value: a, language: null },
    { value: b, language: null },
  ]);
  return !!x && !!y && x.key === y.key;
}
