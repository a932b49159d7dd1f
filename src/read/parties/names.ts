// All the names the party matcher knows, built once: i18n-iso-countries (en, ru, de, fr), then the curated
// aliases, adjectives and capitals, then the phrases that only look like states. Later lists override earlier
// ones for the same words; two codes for the same words in one source make the words ambiguous ("Congo").
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { ADJECTIVES } from './adjectives.ts';
import { ALIASES, NOT_STATES } from './aliases.ts';
import { CAPITALS } from './capitals.ts';
import { type NameEntry, NameMatcher, nameWords, type PartyForm, wordSpec } from './matcher.ts';

const LOCALES = { en, ru, de, fr, es, ar };
type Lang = keyof typeof LOCALES;
for (const locale of Object.values(LOCALES)) countries.registerLocale(locale);

/** "KP: DPRK | N. Korea | KR: ROK" → [code, name] pairs (a "CODE:" prefix switches the code). */
export function parseTable(table: string): [string, string][] {
  const out: [string, string][] = [];
  let code = '';
  for (const cell of table.split(/[|\n]/)) {
    const m = /^\s*(?:([A-Z]{2}):)?\s*(.*?)\s*$/.exec(cell)!;
    if (m[1]) code = m[1];
    if (m[2] && code) out.push([code, m[2]]);
  }
  return out;
}

/** i18n names as reports write them: "Holy See (Vatican City State)" → both; "Korea, Republic of" is skipped. */
function i18nNames(lang: Lang): [string, string][] {
  const out: [string, string][] = [];
  for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
    for (const name of names) {
      if (name.includes(',')) continue;
      const inner = /\(([^)]*)\)\s*$/.exec(name)?.[1];
      const outer = name.replace(/\s*\([^)]*\)/g, '').trim();
      // An inner part that ends in a lower-case word is a note, not a name: "(French part)", "(Kingdom of the)".
      for (const n of [outer, inner && !/\s\p{Ll}+$/u.test(inner) ? inner : null]) if (n) out.push([code, n]);
    }
  }
  return out;
}

/** Up to five capital letters ("US", "U.S.", "КНДР"): an abbreviation, matched letter for letter. */
const isAbbreviation = (name: string) => {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
};

function entry(code: string, name: string, form: PartyForm, lang: Lang): NameEntry | null {
  const exact = isAbbreviation(name);
  const words = nameWords(name).map((w) => wordSpec(w, !exact));
  if (!words.length) return null;
  return {
    words,
    code,
    form: exact ? 'abbreviation' : form,
    // Cyrillic and Arabic cannot be misread in Latin text, and English names are used everywhere; a German "Island"
    // (Iceland) or a French "Maurice" (Mauritius) is read only in a document of that language.
    languages: /[\p{Script=Cyrillic}\p{Script=Arabic}]/u.test(name) || lang === 'en' ? null : new Set([lang]),
    // Arabic script has no capitals to require.
    capitalized: /\p{Script=Arabic}/u.test(name) ? false : form !== 'adjective' || lang === 'en' ? code !== '' : false,
    exact,
  };
}

const signature = (e: NameEntry) => `${e.exact}|${[...(e.languages ?? [])].join()}|${e.words.map((w) => (e.exact ? w.raw : w.stem)).join(' ')}`;

function buildEntries(): NameEntry[] {
  const table = new Map<string, NameEntry>();
  const add = (list: [string, string][], form: PartyForm, lang: Lang, overrides: boolean) => {
    const seen = new Map<string, string>();
    for (const [code, name] of list) {
      const e = entry(code, name, form, lang);
      if (!e) continue;
      const key = signature(e);
      const earlier = seen.get(key);
      seen.set(key, code);
      if (earlier !== undefined && earlier !== code) e.code = ''; // one source, two states: ambiguous
      if (overrides || !table.has(key) || e.code === '') table.set(key, e);
    }
  };
  const langs = Object.keys(LOCALES) as Lang[];
  for (const lang of langs) add(i18nNames(lang), 'country', lang, true);
  for (const lang of langs) add(parseTable(ALIASES[lang]), 'country', lang, true);
  for (const lang of langs) add(parseTable(ADJECTIVES[lang]), 'adjective', lang, true);
  add(parseTable(CAPITALS), 'capital', 'en', true);
  for (const lang of langs)
    add(
      NOT_STATES[lang].map((n) => ['', n]),
      'country',
      lang,
      true,
    );
  return [...table.values()];
}

export const NAMES = new NameMatcher(buildEntries());
