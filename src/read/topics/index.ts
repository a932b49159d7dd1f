// Reads the topics a sentence speaks of: what clause of an agreement it describes (defense, consultation,
// verification, market access …), from each language's cue words. Every language's cues are tried on every
// text (claims quote other languages; the words rarely collide). The dossier stage aggregates the topics of
// claims into the topics of articles and into obligations.
import { CATALOGUE, type RuleId, type TopicInfo } from './catalogue.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { Cues, Lang } from './rule.ts';
import { ru } from './ru.ts';

export { CATALOGUE, type RuleId, type TopicInfo };

/** Each language's cues, in one list. */
export const LANGUAGES: Record<Lang, Partial<Record<RuleId, Cues>>> = { en, ru, de, fr, es, ar };

type Part = 'cues' | 'with' | 'weak' | 'without';
const partOf = (id: RuleId, part: Part, langs = Object.values(LANGUAGES)) => langs.flatMap((l) => l[id]?.[part] ?? []);

/** Every language's cues of one rule compiled into one alternation, once: a text is tested ~50 times, not ~500. */
const join = (list: RegExp[], flags = 'u') => (list.length ? new RegExp(list.map((r) => `(?:${r.source})`).join('|'), flags) : null);

const RULES = (Object.keys(CATALOGUE) as RuleId[]).map((id) => {
  const info: TopicInfo = CATALOGUE[id];
  // A language's context words apply to its own cues: cues of languages that need none match alone.
  const langs = Object.values(LANGUAGES).filter((l) => l[id]);
  const bound = langs.filter((l) => l[id]!.with);
  const free = langs.filter((l) => !l[id]!.with);
  return {
    id,
    topic: info.topic,
    yieldsTo: (info.yieldsTo ?? []) as RuleId[],
    free: join(partOf(id, 'cues', free)),
    bound: join(partOf(id, 'cues', bound)),
    with: join(partOf(id, 'with', bound)),
    weak: join(partOf(id, 'weak')),
    without: join(partOf(id, 'without'), 'gu'),
  };
});

type Rule = (typeof RULES)[number];
/** A cue of a language that needs context, when the text has that context. */
function inContext(rule: Rule, text: string): RegExpExecArray | null {
  const m = rule.bound?.exec(text);
  return m && rule.with!.test(text) ? m : null;
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
  for (const rule of RULES) {
    const text = rule.without ? lower.replace(rule.without, ' ') : lower;
    // Cues first: most texts match none, and the context is only needed for those that do.
    const strong = rule.free?.exec(text) ?? inContext(rule, text);
    const m = strong ?? rule.weak?.exec(text);
    if (!m) continue;
    found.set(rule.id, { topic: rule.topic, rule: rule.id, words: m[0], weak: !strong });
  }
  for (const rule of RULES) if (rule.yieldsTo.some((id) => found.has(id))) found.delete(rule.id);
  const all = [...found.values()];
  // Weak cues count only when the text has no strong one.
  return all.some((c) => !c.weak) ? all.filter((c) => !c.weak) : all;
}

const BROADER = new Map(Object.values(CATALOGUE as Record<string, TopicInfo>).filter((r) => r.broader).map((r) => [r.topic, r.broader!]));

/** The topics a text speaks of, each followed by its broader topic ("joint-exercises", "military-cooperation"). */
export function readTopics(text: string): string[] {
  return [...new Set(topicCues(text.toLowerCase()).flatMap((c) => (BROADER.has(c.topic) ? [c.topic, BROADER.get(c.topic)!] : [c.topic])))];
}

/** The broader topic of a topic, if any. */
export const broaderOf = (topic: string): string | undefined => BROADER.get(topic);

/** The consult words of the consultation topic, in every language ("consult", "консультации", "Konsultationen"). */
export const CONSULT_WORDS: RegExp = join(partOf('consultation', 'cues'), 'giu')!;
