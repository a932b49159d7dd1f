// What kind of document a sign verb's object is, when it is a kind an agreement usually is not: a declaration,
// a joint communiqué or statement, a memorandum, a road map, a protocol, an act ("sign the Nadi Declaration", "avaient signé … une
// feuille de route sur la pêche, puis l'accord"). Such a signature is another document's, unless the
// agreement's own names are of that kind (a pile about a declaration).
/** A protocol, in en/fr/es/de/ru/ar: a kind of its own here, and the object signing.ts sets apart when amending. */
export const PROTOCOL_WORDS = String.raw`protocols?|protocolos?|protocoles?|\p{L}*protokoll\p{L}*|протокол\p{L}*|بروتوكول`;
/** Each kind, and its words in en/fr/es/de/ru/ar. */
const KINDS: [kind: string, words: string][] = [
  ['declaration', String.raw`declarations?|déclarations?|declaraci[oó]n(?:es)?|\p{L}*erklärung(?:en)?|декларац\p{L}*|إعلان`],
  ['communique', String.raw`communiqu[eé]s?|comunicados?|kommuniqu[eé]s?|коммюнике|بيان`],
  ['statement', String.raw`(?:joint\s+)?statements?`],
  ['memorandum', String.raw`memorand\p{L}*|меморандум\p{L}*|مذكرة`],
  ['roadmap', String.raw`road\s?maps?|feuilles?\s+de\s+route|hojas?\s+de\s+ruta|fahrplan|дорожн\p{L}*\s+карт\p{L}*|خارطة\s+الطريق`],
  // "signed in Prague the protocol that ended the treaty": see PROTOCOL_PURPOSE
  ['protocol', PROTOCOL_WORDS],
  // "Russia and NATO signed their Founding Act in Paris"
  ['act', String.raw`acts?|actes?|actas?|\p{L}*akte|акт(?:а|ом|ы)?`],
];
/** A count before the agreement noun: "signed three agreements on the fleet" signs several, none of them the one. */
const SEVERAL =
  /(?<![\p{L}])(?:two|three|four|five|six|several|a number of|\d+|deux|trois|quatre|plusieurs|dos|tres|cuatro|varios|zwei|drei|vier|mehrere|два|три|четыре|несколько)\s+(?:\p{L}+\s+)?$/iu;
/** The nouns an agreement is called by: the first of these after the verb is what it signed. */
const AGREEMENT = String.raw`treat\p{L}*|agreements?|accords?|pacts?|conventions?|traités?|accords?|tratados?|acuerdos?|convenios?|convenci[oó]n|pactos?|vertr\p{L}*|abkommen|übereinkommen|договор\p{L}*|соглашени\p{L}*|конвенци\p{L}*|معاهدة|اتفاق\p{L}*`;
/** The words after a sign verb that can name its object: up to the end of the clause. */
const WINDOW = 70;
const CLAUSE_END = /[.;:!?]/u;

const OBJECT = new RegExp(`(?<![\\p{L}])(?:(${AGREEMENT})|${KINDS.map(([, w]) => `(${w})`).join('|')})(?![\\p{L}])`, 'iu');

/** The kind of the first document named after `at` (a sign verb's end) in its clause, or null for an agreement
 *  or nothing named. */
export function objectKind(text: string, at: number): string | null {
  let window = text.slice(at, at + WINDOW);
  const end = CLAUSE_END.exec(window);
  if (end) window = window.slice(0, end.index);
  const m = OBJECT.exec(window);
  if (m?.[1] && SEVERAL.test(window.slice(0, m.index))) return 'several';
  if (!m || m[1]) return null;
  const i = m.slice(2).findIndex((g) => g !== undefined);
  const kind = KINDS[i][0];
  // A protocol may be the agreement itself ("signed the accession protocol in Brussels"); one that ends or
  // prolongs a treaty is not.
  if (kind === 'protocol' && !ENDS_OR_PROLONGS.test(text.slice(at + m.index, at + m.index + PURPOSE_REACH))) return null;
  return kind;
}

/** How far after a protocol its purpose is told ("le protocole qui met fin au traité"). */
export const PURPOSE_REACH = 140;
/** Words that end a treaty, in en/fr/es/de/ru/ar. */
export const ENDING =
  /(?<![\p{L}])(?:terminat\p{L}*|dissol\p{L}*|end(?:s|ed|ing)?\s+(?:the|its)|met\s+fin|mettant\s+fin|mis\s+fin|puso\s+fin|pone\s+fin|poniendo\s+fin|Gültigkeit\s+verl\p{L}*|beende\p{L}*|auflös\p{L}*|außer\s+Kraft|прекращени\p{L}*|прекрати\p{L}*|роспуск\p{L}*|إنهاء|أنهى|حل\s+الحلف)/iu;
/** Words that prolong one. */
export const EXTENDING = /(?<![\p{L}])(?:prolong\p{L}*|extend\p{L}*|extension|prorog\p{L}*|verlänger\p{L}*|продл\p{L}*|مدد|تمديد)/iu;
const ENDS_OR_PROLONGS = new RegExp(`${ENDING.source}|${EXTENDING.source}`, 'iu');

/** The kinds an agreement's names are of ("the Washington Declaration" is a declaration). */
export function kindsOf(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const [kind, words] of KINDS) if (new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu').test(name)) out.add(kind);
  return out;
}

/** Whether every sign verb of a text (by the end of each) signs a document of a kind the agreement is not. */
export function signsOtherKind(text: string, verbEnds: number[], agreementKinds: Set<string>): boolean {
  return (
    verbEnds.length > 0 &&
    verbEnds.every((at) => {
      const kind = objectKind(text, at);
      return kind !== null && !agreementKinds.has(kind);
    })
  );
}
