// What the record step reads from each document's claims, once per run (see ../runs.ts): the names of
// agreements with what their sentence says of them, and replacements a sentence states without a name.
import type { Claim } from '../../types.ts';
import { perObject, perObjectIn, perText } from '../memo.ts';
import type { Run } from '../runs.ts';
import { findNames, type NameMention, nameSpans } from './names.ts';
import { reportsSigning } from './signing.ts';

/** Verbs whose object is the instrument replaced ("This treaty will supersede the treaty on …"). */
const SUPERSEDE_ACTIVE =
  /(?<![\p{L}])(?:replace[sd]?|replacing|supersede[sd]?|superseding|заменит\p{L}*|заменя\p{L}*|ersetzt|ersetzen|remplace\p{L}*|abroge\p{L}*)(?![\p{L}])/iu;
/** Phrases whose subject is the instrument replaced ("the 2009 Agreement … has ceased to apply"). */
const SUPERSEDE_PASSIVE =
  /(?<![\p{L}])(?:ceased? to apply|ceases? to be in force|will lapse|lapses|утрачивает силу|утратит силу|прекращает действие|tritt außer kraft|cesse d'être en vigueur)(?![\p{L}])/iu;
/** Cheap test first: most claims speak of no replacement. */
const SUPERSEDE_ANY = /replac|supersed|ceas|laps|замен|утрач|прекращ|ersetz|außer kraft|remplac|abrog|cesse/iu;
/** Words just before a name that make it an earlier instrument ("the previous agreement"). */
const PREVIOUS =
  /(?<![\p{L}])(?:previous|earlier|former|prior|old|прежн\p{L}*|предыдущ\p{L}*|früher\p{L}*|bisherig\p{L}*|vorherig\p{L}*|ancien\p{L}*|précédent\p{L}*)\s+(?:\S+\s+){0,3}$/iu;
/** Words just before a name that make it the new instrument: "the new security treaty", "le nouveau traité". */
const FRESH = /(?<![\p{L}])(?:new|neue[nmrs]?|nouveau|nouvel|nouvelle|nuevo|nueva|нов\p{L}*|الجديد\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Words that introduce a nickname for the agreement ("which diplomats have nicknamed the Bridge Treaty"). */
const NICKNAME =
  /(?:nicknamed|dubbed|known as|so-called|called|referred to as|прозван\p{L}*|так называем\p{L}*|genannt|sogenannt\p{L}*|surnommé\p{L}*)\s+(?:the\s+|as\s+)?["“«„]?$/iu;
/** Words that make the name the framework the agreement was made under, not the agreement ("adopted in June
 *  under the Convention on …", "im Rahmen des Übereinkommens", "принято в рамках Конвенции"). */
const FRAMEWORK = new RegExp(
  [
    String.raw`(?:adopted|concluded|negotiated|reached|agreed|drawn up|implementing|verabschiedet\p{L}*|geschlossen\p{L}*|принят\p{L}*|заключ\p{L}*|adopté\p{L}*|conclu\p{L}*|adoptad\p{L}*|celebrad\p{L}*)`,
    String.raw`\s+(?:[\p{L}\d,]+\s+){0,4}?`,
    String.raw`(?:under|im Rahmen|в рамках|dans le cadre|au titre|en el marco|en virtud)`,
    String.raw`\s+(?:(?:the|des|der|de la|du|de|del|of the)\s+)?["“«„]?$`,
  ].join(''),
  'iu',
);
/** A plural head names several instruments ("separate intergovernmental agreements of cooperation"). */
const PLURAL_HEAD = /(?<![\p{L}])(?:treaties|agreements|pacts|conventions|accords|protocols|declarations)(?![\p{L}])/iu;
/** The head noun that ends an untitled instrument's description. */
const UNNAMED_HEAD =
  /(?<![\p{L}])(?:treaty|agreement|pact|accord|convention|protocol|договор\p{L}*|соглашени\p{L}*|vertrag\p{L}*|abkommen\p{L}*|traité|accord)(?![\p{L}])/iu;

/** A name with what its claim says of it. */
export interface ReadName extends NameMention {
  /** The claim that gives the name. */
  source: Claim;
  /** The key written out, the year, and both: what groups names into instruments. */
  keyStr: string;
  year: string | null;
  sig: string;
  /** The claim says the agreement replaces it. */
  superseded: boolean;
  /** Words before it make it an earlier instrument ("the previous agreement"). */
  previous: boolean;
  /** "the new security treaty": the agreement that replaces another of that name, this one. */
  fresh: boolean;
  /** Words before it make it a nickname ("dubbed the …"). */
  nickname: boolean;
  /** Its head is plural: it names several instruments. */
  plural: boolean;
  /** Words before it make it the framework the agreement was made under. */
  framework: boolean;
  /** Its claim reports a signature. */
  signs: boolean;
}

/** A claim that names agreements, with its names and their distinct keys-and-years. */
export interface NamingClaim {
  claim: Claim;
  names: ReadName[];
  sigs: string[];
}

/** The claims of a run that name agreements, with their names; and all those names by the order instruments
 *  are formed in (see instruments.ts `formalFirst`). */
export const namesIn = perObject((run: Run): { claims: NamingClaim[]; byOrder: Map<number, ReadName[]> } => {
  const out: NamingClaim[] = [];
  for (const claim of run.claims) {
    const found = findNames(claim);
    if (!found.length) continue;
    const around = aroundNames(claim.text);
    const signs = reportsSigning(claim.text);
    const names = found.map((n, i): ReadName => {
      const year = n.date?.slice(0, 4) ?? null;
      const { keyStr, superseded, previous, fresh, nickname, plural, framework } = around[i];
      // Written out field by field: tens of thousands of names of one compact shape.
      return {
        claim: n.claim,
        doc: n.doc,
        text: n.text,
        start: n.start,
        end: n.end,
        form: n.form,
        core: n.core,
        between: n.between,
        headFirst: n.headFirst,
        date: n.date,
        key: n.key,
        source: claim,
        keyStr,
        year,
        sig: sharedSig(`${keyStr}|${year ?? ''}${framework ? '|framework' : ''}`),
        superseded,
        previous,
        fresh,
        nickname,
        plural,
        framework,
        signs,
      };
    });
    out.push({ claim, names, sigs: [...new Set(names.map((n) => n.sig))] });
  }
  const byOrder = new Map<number, ReadName[]>();
  for (const n of out.flatMap((x) => x.names)) {
    const at = formationOrder(n);
    const list = byOrder.get(at);
    if (list) list.push(n);
    else byOrder.set(at, [n]);
  }
  return { claims: out, byOrder };
});

/** Names with the same key and year share one string: instruments are formed by looking it up. */
const sharedSig = perText((sig: string) => sig);

/** Formal names first, then lower-case, then descriptive; longer keys first within each. */
const formationOrder = (n: Pick<NameMention, 'form' | 'key'>) => ({ formal: 0, lower: 1, descriptive: 2 })[n.form] * 1e6 - n.key.length;

/** What a sentence says around each name it gives (nameSpans order), once per sentence. */
const aroundNames = perText((text: string) => {
  const spans = nameSpans(text);
  const inOrder = [...spans].sort((a, b) => a.start - b.start);
  return spans.map((n) => {
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const framework = FRAMEWORK.test(text.slice(Math.max(0, n.start - 90), n.start));
    return {
      keyStr: n.key.join(','),
      superseded: supersededIn(n, text, inOrder),
      previous: PREVIOUS.test(before),
      fresh: FRESH.test(before),
      nickname: NICKNAME.test(before),
      plural: isPlural(n),
      framework,
    };
  });
});

/** The claims of a run that name only instruments of the `other` keys-and-years (none of the `main` ones),
 *  again only when those (written out as `key`) change. */
export const namingOnly = perObjectIn(
  (run: Run, sigs: { key: string; other: Set<string>; main: Set<string> }): Claim[] =>
    namesIn(run)
      .claims.filter((x) => x.sigs.some((s) => sigs.other.has(s)) && !x.sigs.some((s) => sigs.main.has(s)) && !x.names.some((n) => n.fresh))
      .map((x) => x.claim),
  (a, b) => a.key === b.key,
);

/** A plural head names several instruments ("separate intergovernmental agreements of cooperation"). */
export const isPlural = (n: Pick<NameMention, 'text'>) => PLURAL_HEAD.test(n.text);

/** The name is what its claim says the agreement replaces (`others`: all names in that claim, in order). */
function supersededIn<N extends Pick<NameMention, 'start' | 'end'>>(n: N, text: string, others: N[]): boolean {
  if (!SUPERSEDE_ANY.test(text)) return false;
  const active = SUPERSEDE_ACTIVE.exec(text);
  if (active && others.find((o) => o.start > active.index) === n) return true;
  // A treaty that ceases to be in force is replaced only where something else takes its place in the claim (another
  // name, or an entry into force): "the 2009 Agreement ceases to apply when this one enters into force", not
  // "the Treaty … ceases to be in force on 1 April" in reports on its end.
  const passive = SUPERSEDE_PASSIVE.exec(text);
  return !!passive && (others.length > 1 || TAKES_EFFECT.test(text)) && [...others].reverse().find((o) => o.end <= passive.index) === n;
}

const TAKES_EFFECT = /enter\p{L}* into force|entry into force|вступ\p{L}* в силу|in kraft|entr\p{L}* en vigueur|entr\p{L}* en vigor/iu;

/** Replacements a run's claims state without naming what is replaced, only dating it ("It replaces a 1961
 *  treaty"): the words from the verb to the head noun are its title. */
export const replacementsIn = perObject((run: Run): { claim: Claim; date: string; title: string }[] => {
  const out: { claim: Claim; date: string; title: string }[] = [];
  for (const claim of run.claims) {
    const verb = SUPERSEDE_ANY.test(claim.text) ? SUPERSEDE_ACTIVE.exec(claim.text) : null;
    if (!verb) continue;
    const from = verb.index + verb[0].length;
    if (findNames(claim).some((n) => n.end > from)) continue;
    const date = claim.dates.find((d) => d.start >= from && d.start - from <= 60);
    const head = UNNAMED_HEAD.exec(claim.text.slice(from, from + 60));
    if (!date || !head) continue;
    out.push({
      claim,
      date: date.value,
      title: claim.text
        .slice(from, from + head.index + head[0].length)
        .trim()
        .replace(/^(?:the|a|an)\s+/iu, ''),
    });
  }
  return out;
});
