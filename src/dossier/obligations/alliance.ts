// Whether the agreement is plainly no alliance: an arms-control, environmental or trade agreement, or a peace
// treaty. ATOP's alliance obligations are then false, not unknown: the agreement speaks, and it is of another
// kind. Told by its name (its title, else the kind most of its other names give) or, when no name says, by
// what its articles are about when no source gives it a single alliance clause. The basis names the words.
import { type NonAllianceKind, nonAllianceKind } from '../../read/index.ts';
import type { Claim, ObligationKey } from '../../types.ts';
import type { RunTopics } from '../articles/claims.ts';
import type { DossierRecord } from '../record/types.ts';

export interface NotAlliance {
  kind: NonAllianceKind | 'other';
  /** The obligations this kind of agreement rules out. */
  keys: ObligationKey[];
  basis: string;
}

const ALL: ObligationKey[] = ['defense', 'offense', 'neutrality', 'nonaggression', 'consultation', 'no_competing_commitments', 'no_territory_use'];
/** A peace treaty is no alliance, yet it may well bar force or hostile acts from a party's territory: those
 *  stay with what sources say. */
const PEACE: ObligationKey[] = ['defense', 'offense', 'neutrality', 'consultation'];
const RULED_OUT: Record<NotAlliance['kind'], ObligationKey[]> = {
  'arms-control': ALL,
  environment: ALL,
  trade: ALL,
  forces: ALL,
  boundary: ALL,
  institutional: ALL,
  other: ALL,
  peace: PEACE,
};

const KIND_NAMES: Record<NotAlliance['kind'], string> = {
  'arms-control': 'an arms-control agreement',
  environment: 'an environmental agreement',
  trade: 'a trade agreement',
  peace: 'a peace or normalisation agreement',
  forces: 'an agreement on the status of visiting forces',
  boundary: 'a boundary agreement',
  institutional: "a treaty reforming a union's institutions",
  other: 'no alliance',
};

/** Topics of an alliance clause: one of them in any report keeps the question open. */
const ALLIANCE_TOPICS = new Set(['defense', 'no-aid-to-aggressor', 'neutrality', 'nonaggression', 'no-territory-use', 'no-competing-commitments']);
/** Topics of security cooperation: they keep the question open only in a sentence that cites an article. A
 *  charge of harbouring terrorists in the news around a water or trade treaty is no clause of it. */
const COOPERATION_TOPICS = new Set([
  'joint-defense-measures',
  'military-cooperation',
  'joint-exercises',
  'security-cooperation',
  'maritime-security',
  'status-of-forces',
]);
/** Subjects of agreements that are no alliance. */
const OTHER_SUBJECTS = new Set([
  'arms-limits',
  'missile-defense',
  'inspections',
  'verification',
  'trade',
  'market-access',
  'rules-of-origin',
  'environment',
  'protected-areas',
  'impact-assessment',
  'benefit-sharing',
  'resource-sharing',
  'water',
  'water-allocation',
  'elimination',
  'victim-assistance',
  'environmental-remediation',
  'planned-measures',
  'mitigation',
  'adaptation',
  'energy',
  'transport',
]);
const PEACE_SUBJECTS = new Set(['ceasefire', 'withdrawal-of-forces', 'prisoner-exchange', 'boundary', 'diplomatic-relations']);
/** Articles with topics needed before their subjects say what the agreement is. */
const MIN_ARTICLES = 2;

/** `securityConsultation`: some source has the parties consult on a security contingency. */
export function notAnAlliance(
  record: Pick<DossierRecord, 'agreement' | 'sources'>,
  topics: RunTopics[],
  securityConsultation: boolean,
  claims: Claim[] = [],
): NotAlliance | null {
  const named = kindByName(record.agreement.title, record.agreement.aliases ?? []);
  if (named)
    return {
      kind: named.kind,
      keys: RULED_OUT[named.kind],
      basis: `the agreement is ${KIND_NAMES[named.kind]}, as its ${named.from} says ("${named.words}"), not an alliance`,
    };
  if (securityConsultation) return null;
  const said = new Set<string>();
  for (const run of topics)
    for (const t of run.claims)
      if (t.claim.kind !== 'opinion') for (const topic of t.topics) if (t.claim.articles.length || !COOPERATION_TOPICS.has(topic)) said.add(topic);
  if ([...said].some((t) => ALLIANCE_TOPICS.has(t) || COOPERATION_TOPICS.has(t))) return null;
  const described = kindByReports(claims, record.sources ?? {});
  if (described)
    return {
      kind: described.kind,
      keys: RULED_OUT[described.kind],
      basis: `most independent reports call the agreement ${KIND_NAMES[described.kind]} ("${described.words}") and none gives it an alliance clause: not an alliance`,
    };
  const articles = record.agreement.articles.filter((a) => a.topics.length);
  const subjects = [...new Set(articles.flatMap((a) => a.topics))];
  if (articles.length < MIN_ARTICLES) return null;
  const peace = subjects.filter((t) => PEACE_SUBJECTS.has(t));
  const other = subjects.filter((t) => OTHER_SUBJECTS.has(t));
  if (!peace.length && !other.length) return null;
  const kind = peace.length ? 'peace' : 'other';
  return {
    kind,
    keys: RULED_OUT[kind],
    basis: `no source gives the agreement an alliance clause, and its articles are on ${(peace.length ? peace : other).join(', ')}: not an alliance`,
  };
}

/** Share of the pile's reports that must describe the agreement as one kind (and at least two of them). */
const DESCRIBED_SHARE = 0.6;

/** The kind most reports' own words give the agreement ("the trade pact", "el acuerdo comercial") when no name
 *  does: each document counts once per kind, copies of one report once. */
function kindByReports(claims: Claim[], sources: Record<string, string>): { kind: NonAllianceKind; words: string } | null {
  const docs = new Set<string>();
  const saying = new Map<NonAllianceKind, { docs: Set<string>; words: string }>();
  for (const claim of claims) {
    const source = sources[claim.doc] ?? claim.doc;
    docs.add(source);
    if (claim.kind === 'opinion' || claim.kind === 'quote') continue;
    const k = nonAllianceKind(claim.text);
    if (!k) continue;
    const entry = saying.get(k.kind) ?? { docs: new Set<string>(), words: k.words };
    entry.docs.add(source);
    saying.set(k.kind, entry);
  }
  const [best] = [...saying].sort((a, b) => b[1].docs.size - a[1].docs.size);
  if (!best || best[1].docs.size < 2 || best[1].docs.size < DESCRIBED_SHARE * docs.size) return null;
  return { kind: best[0], words: best[1].words };
}

/** The kind of agreement its title says, else the kind most of its other names say (one name may be another
 *  instrument's). */
function kindByName(title: string | null, aliases: string[]): { kind: NonAllianceKind; words: string; from: string } | null {
  const own = title ? nonAllianceKind(title) : null;
  if (own) return { ...own, from: 'title' };
  const counts = new Map<NonAllianceKind, { n: number; words: string }>();
  for (const a of aliases) {
    const k = nonAllianceKind(a);
    if (!k) continue;
    const c = counts.get(k.kind);
    if (c) c.n++;
    else counts.set(k.kind, { n: 1, words: k.words });
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  return best ? { kind: best[0], words: best[1].words, from: 'name' } : null;
}
