// The agreement's title and aliases. With an official text, its title line. Otherwise the most complete formal
// title: the head-first name most sources use ("Treaty on X") joined to the fullest "between A and B" any source
// gives. Aliases are the other names: variants, nicknames, translated titles and descriptive names.
import { perText } from '../memo.ts';
import type { Instrument } from './instruments.ts';
import { findBetween, type NameMention } from './names.ts';
import { isUpper, titleCase } from './text.ts';
import type { OfficialText } from './types.ts';

/** Case forms of head nouns back to the form a title is cited in (Vertrags → Vertrag, Договора → Договор). */
const HEAD_NOMINATIVE: [RegExp, string][] = [
  [/^Vertrag(?:e?s)(?![\p{L}])/u, 'Vertrag'],
  [/^Abkommens(?![\p{L}])/u, 'Abkommen'],
  [/^Übereinkommens(?![\p{L}])/u, 'Übereinkommen'],
  [/^([Дд])оговор(?:а|у|ом|е)(?![\p{L}])/u, '$1оговор'],
  [/^([Сс])оглашени(?:я|ю|ем|и)(?![\p{L}])/u, '$1оглашение'],
];
/** What two names must share to be the same name: case and spacing aside. */
const sameKey = perText((s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim());
const same = (a: string, b: string) => sameKey(a) === sameKey(b);

export const normalizeName = perText((text: string): string => {
  let s = text
    .replace(/^(?:the|a|an|der|die|das|den|le|la|l')\s+/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, to] of HEAD_NOMINATIVE) s = s.replace(re, to);
  return s;
});

/** "between …" clauses that name the states (not "between the Parties"). */
const namesStates = (n: NameMention) => !!n.between && !/(?:parties|sides|contracting)/iu.test(n.between.text);
const script = (s: string) => (/[\p{Script=Cyrillic}]/u.test(s) ? 'cyrillic' : 'latin');

export interface TitleResult {
  title: string;
  /** The "between A and B" part of the title, when it has one: the parties are read from it. */
  between: string | null;
  aliases: string[];
}

/** `aliasNames`: names of the agreement outside its own cluster (nicknames, translated titles, names used
 *  when reporting its signature). */
export function titleAndAliases(main: Instrument, aliasNames: NameMention[], official: OfficialText | null, sources: Record<string, string>): TitleResult {
  const all = [...main.names, ...aliasNames];
  let title: string;
  let between: string | null;
  if (official?.title) {
    title = isUpper(official.title) ? titleCase(official.title) : official.title;
    between = findBetween(title)?.text ?? null;
  } else if (midTitle(main.names)) {
    // "Agreement between A and B Concerning X": a title with its parties inside is printed as written.
    const n = midTitle(main.names)!;
    title = normalizeName(n.text);
    between = n.between!.text;
  } else {
    const core = commonCore(main.names, sources);
    const clauses = main.names.filter(namesStates).filter((n) => script(n.between!.text) === script(core));
    between = clauses.sort((a, b) => b.between!.text.length - a.between!.text.length)[0]?.between?.text ?? null;
    title = between ? `${core} ${between}` : core;
  }
  const counts = new Map<string, number>();
  // Each name is counted under the first written form of it.
  const firstForm = new Map<string, string>();
  const add = (text: string, weight = 1) => {
    const name = normalizeName(text);
    let key = firstForm.get(sameKey(name));
    if (key === undefined) firstForm.set(sameKey(name), (key = name));
    counts.set(key, (counts.get(key) ?? 0) + weight);
  };
  for (const n of all) {
    add(n.text);
    if (n.between && n.form !== 'descriptive') add(n.core, 0);
  }
  const aliases = [...counts]
    .filter(([name]) => !same(name, title) && !isUpper(name))
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name);
  return { title, between, aliases };
}

/** The longest formal name whose "between A and B" is followed by more of the title. */
function midTitle(names: NameMention[]): NameMention | undefined {
  return names.filter((n) => n.form === 'formal' && namesStates(n) && n.between!.end < n.end).sort((a, b) => b.text.length - a.text.length)[0];
}

/** The head-first name most independent sources use (in its most complete form), cased as a formal mention. */
function commonCore(names: NameMention[], sources: Record<string, string>): string {
  const pool = names.filter((n) => n.headFirst && n.form !== 'descriptive');
  const usable = pool.length ? pool : names.filter((n) => n.form !== 'descriptive').length ? names.filter((n) => n.form !== 'descriptive') : names;
  const bySources = new Map<string, Set<string>>();
  for (const n of usable) {
    const k = normalizeName(n.core).toLowerCase();
    const set = bySources.get(k) ?? new Set<string>();
    set.add(sources[n.doc] ?? n.doc);
    bySources.set(k, set);
  }
  const common = [...bySources].sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length)[0][0];
  // The most complete form of it: a longer name that begins with it ("… Rail" → "… Rail and Energy Links").
  const best = [...bySources.keys()].filter((k) => k === common || k.startsWith(`${common} `)).sort((a, b) => b.length - a.length)[0];
  const cased = usable
    .filter((n) => normalizeName(n.core).toLowerCase() === best)
    .sort((a, b) => (a.form === 'formal' ? -1 : 0) - (b.form === 'formal' ? -1 : 0))[0];
  const text = normalizeName(cased.core);
  return /^\p{Ll}/u.test(text) ? text[0].toUpperCase() + text.slice(1) : text;
}
