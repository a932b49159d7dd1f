// Reads the topics a sentence speaks of: what clause of an agreement it describes (defense, consultation,
// verification, market access …), from each language's cue words. Every language's cues are tried on every
// text (claims quote other languages; the words rarely collide). The dossier stage aggregates the topics of
// claims into the topics of articles and into obligations.

import { ar } from './ar.ts';
import { CATALOGUE, type RuleId, type TopicInfo } from './catalogue.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { Cues, Lang } from './rule.ts';

export { CATALOGUE, type RuleId, type TopicInfo };

/** Each language's cues, in one list. */
export const LANGUAGES: Record<Lang, Partial<Record<RuleId, Cues>>> = { en, ru, de, fr, es, ar };

type Part = 'cues' | 'with' | 'weak' | 'without';
type LanguageCues = Partial<Record<RuleId, Cues>>;

/** Languages by script: a language's cues can only match text in its script, so a text is tried against the
 *  scripts it is written in (a Russian sentence quoting an English title: both). */
const SCRIPTS: { letters: RegExp; languages: LanguageCues[] }[] = [
  { letters: /[a-z]/, languages: [en, de, fr, es] },
  { letters: /[\u0400-\u04ff]/, languages: [ru] },
  { letters: /[\u0600-\u06ff]/, languages: [ar] },
];

/** The cues of one rule in some languages compiled into one alternation, once: a text is tested ~60 times, not ~400. */
const join = (list: RegExp[], flags = 'u') => (list.length ? new RegExp(list.map((r) => `(?:${r.source})`).join('|'), flags) : null);
const partOf = (id: RuleId, part: Part, langs: LanguageCues[]) => langs.flatMap((l) => l[id]?.[part] ?? []);

function compile(id: RuleId, languages: LanguageCues[]) {
  const info: TopicInfo = CATALOGUE[id];
  // A language's context words apply to its own cues: cues of languages that need none match alone.
  const langs = languages.filter((l) => l[id]);
  const bound = langs.filter((l) => l[id]!.with);
  const free = langs.filter((l) => !l[id]!.with);
  return {
    id,
    topic: info.topic,
    free: join(partOf(id, 'cues', free)),
    bound: join(partOf(id, 'cues', bound)),
    with: join(partOf(id, 'with', bound)),
    weak: join(partOf(id, 'weak', langs)),
    without: join(partOf(id, 'without', langs), 'gu'),
  };
}
type Rule = ReturnType<typeof compile>;

const IDS = Object.keys(CATALOGUE) as RuleId[];
const COMPILED = SCRIPTS.map(({ letters, languages }) => ({
  letters,
  rules: IDS.map((id) => compile(id, languages)).filter((r) => r.free || r.bound || r.weak),
}));
const YIELDS = new Map(IDS.map((id) => [id, ((CATALOGUE[id] as TopicInfo).yieldsTo ?? []) as RuleId[]]));

/** A cue of a language that needs context, when the text has that context. */
function inContext(rule: Rule, text: string): RegExpExecArray | null {
  const m = rule.bound?.exec(text);
  return m && rule.with!.test(text) ? m : null;
}

/** The rule's strong cue in a text, else its weak one. */
function match(rule: Rule, text: string): { m: RegExpExecArray; weak: boolean } | null {
  const strong = rule.free?.exec(text) ?? inContext(rule, text);
  if (strong) return { m: strong, weak: false };
  const weak = rule.weak?.exec(text);
  return weak ? { m: weak, weak: true } : null;
}

/** One topic found in a text, with the words that decided it. */
export interface TopicCue {
  topic: string;
  rule: RuleId;
  /** The cue as written (lower case). */
  words: string;
  /** Only tagged because nothing stronger was ("non-aggression" among principles). */
  weak: boolean;
}

/** The topic cues of a lower-cased text, rule by rule; a rule whose words another rule explains is left out. */
export function topicCues(lower: string): TopicCue[] {
  const found = new Map<RuleId, TopicCue>();
  for (const { letters, rules } of COMPILED) {
    if (!letters.test(lower)) continue;
    for (const rule of rules) {
      if (found.has(rule.id)) continue;
      // Cues first: most texts match none. Phrases that explain a cue away are removed only when one matched
      // (removing text never makes a cue match).
      let hit = match(rule, lower);
      if (hit && rule.without) hit = match(rule, lower.replace(rule.without, ' '));
      if (hit) found.set(rule.id, { topic: rule.topic, rule: rule.id, words: hit.m[0], weak: hit.weak });
    }
  }
  for (const [id, yieldsTo] of YIELDS) if (yieldsTo.some((y) => found.has(y))) found.delete(id);
  const all = [...found.values()].sort((a, b) => IDS.indexOf(a.rule) - IDS.indexOf(b.rule));
  // Weak cues count only when the text has no strong one.
  return all.some((c) => !c.weak) ? all.filter((c) => !c.weak) : all;
}

const BROADER = new Map(
  Object.values(CATALOGUE as Record<string, TopicInfo>)
    .filter((r) => r.broader)
    .map((r) => [r.topic, r.broader!]),
);

/** The topics a text speaks of, each followed by its broader topic ("joint-exercises", "military-cooperation"). */
export function readTopics(text: string): string[] {
  return [...new Set(topicCues(text.toLowerCase()).flatMap((c) => (BROADER.has(c.topic) ? [c.topic, BROADER.get(c.topic)!] : [c.topic])))];
}

/** The broader topic of a topic, if any. */
export const broaderOf = (topic: string): string | undefined => BROADER.get(topic);

/** The consult words of the consultation topic, in every language ("consult", "консультации", "Konsultationen"). */
export const CONSULT_WORDS: RegExp = join(partOf('consultation', 'cues', Object.values(LANGUAGES)), 'giu')!;
