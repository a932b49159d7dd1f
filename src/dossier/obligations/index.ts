// ATOP-style obligations (defense, offense, neutrality, nonaggression, consultation, no competing commitments,
// no territory use): true when a clause provides it, false when the text rules it out (reports deny a defence
// clause, or the agreement is plainly no alliance: ./alliance.ts), null when no source speaks. The official text decides when present; otherwise report claims (opinions aside) do. Each decision
// says why in `basis` (and `conditions`): the articles or claims, and the words that decided.

import { attackTrigger, legalFrame, namesAttack, offensiveAction, consultationCues as readConsultation } from '../../read/index.ts';
import type { Claim, Obligation, ObligationKey } from '../../types.ts';
import type { RunTopics } from '../articles/claims.ts';
import { perObject, perText } from '../memo.ts';
import type { DossierRecord } from '../record/types.ts';
import { otherInstrumentByDoc, type Run, runsOf } from '../runs.ts';
import { notAnAlliance } from './alliance.ts';
import { defenseDenials } from './denial.ts';

/** The consult words and security contingency of a clause (read/obligations), once per distinct text: the
 *  dossier stage judges every report's consultation sentences on each update. */
const consultationCues = perText(readConsultation);

/** The article topics that carry each obligation (see read/topics/catalogue.ts): a party that gives an
 *  aggressor no help stays out of the war, ATOP's neutrality. */
const TOPICS_OF: Record<Exclude<ObligationKey, 'offense'>, string[]> = {
  defense: ['defense'],
  neutrality: ['neutrality', 'no-aid-to-aggressor'],
  nonaggression: ['nonaggression'],
  consultation: ['consultation'],
  no_competing_commitments: ['no-competing-commitments'],
  no_territory_use: ['no-territory-use'],
};
/** What an assistance clause says (read/obligations), once per distinct text. */
const attackIn = perText(namesAttack);
const offensiveIn = perText((t: string) => offensiveAction(t) ?? '');
const triggerIn = perText((t: string) => attackTrigger(t) ?? '');
const frameIn = perText((t: string) => legalFrame(t) ?? '');

/** `topics`: the articles step's result for this record (claims about other instruments are left out there). */
export function buildObligations(
  claims: Claim[],
  topics: RunTopics[],
  record: Pick<DossierRecord, 'agreement' | 'official' | 'alignments' | 'sources' | 'otherInstrumentClaims' | 'otherInstrumentByDoc'>,
): Record<ObligationKey, Obligation> {
  const official = record.official;
  const articlesWith = (topic: string) => record.agreement.articles.filter((a) => a.topics.includes(topic));

  // Report claims (opinions aside, and not the official text's) on a topic, gathered run by run once per topic
  // asked for: their ids and independent sources, their texts only when needed.
  let reports: { doc: string; on: ReturnType<typeof reportsOn> }[] | null = null;
  const said = new Map<string, { ids: string[]; sources: number; texts: () => string[]; claims: () => Claim[] }>();
  const reportingOn = (topic: string) => {
    let found = said.get(topic);
    if (!found) {
      reports ??= topics.filter((run) => run.doc !== official?.doc).map((run) => ({ doc: run.doc, on: reportsOn(run) }));
      const ids: string[] = [];
      const sources = new Set<string>();
      const claims: Claim[][] = [];
      for (const { doc, on } of reports) {
        const run = on.get(topic);
        if (!run) continue;
        ids.push(...run.ids);
        claims.push(run.claims);
        sources.add(record.sources[doc] ?? doc);
      }
      said.set(topic, (found = { ids, sources: sources.size, texts: () => claims.flat().map((c) => c.text), claims: () => claims.flat() }));
    }
    return found;
  };

  /** Evidence for a topic: official articles that carry it (ground truth), else report claims that say it. */
  const evidence = (topic: string): { texts: () => string[]; claims: string[]; basis: string } | null => {
    if (official) {
      const arts = official.articles.filter((a) => a.topics.includes(topic));
      if (!arts.length) return null;
      const ids = articlesWith(topic).flatMap((a) => a.claims);
      return { texts: () => arts.map((a) => a.text), claims: [...new Set(ids)], basis: `official text, Article ${arts.map((a) => a.number).join(', ')}` };
    }
    const { ids, sources: n, texts } = reportingOn(topic);
    if (!ids.length) return null;
    return { texts, claims: [...ids], basis: fromReports(ids.length, n) };
  };

  /** Consultation clauses judged one by one (./security.ts): true with those on a security contingency; when
   *  none is, false if they are the official text's (it is the whole treaty), null if only reports say so (a
   *  report may leave a clause out). The basis quotes the consult words and the contingency. */
  const consultation = (): Obligation => {
    const judged = official
      ? official.articles
          .filter((a) => a.topics.includes('consultation'))
          .map((a) => ({
            text: a.text,
            article: a.number,
            ids: articlesWith('consultation')
              .filter((x) => x.number === a.number)
              .flatMap((x) => x.claims),
            source: '',
          }))
      : reportingOn('consultation')
          .claims()
          .map((c) => ({ text: c.text, article: 0, ids: [c.id], source: record.sources[c.doc] ?? c.doc }));
    // The cues are read once per text (consultationCues is cached), so they are looked up, not copied.
    const security = judged.filter((c) => {
      const cues = consultationCues(c.text);
      return cues.consult && cues.contingency;
    });
    const used = security.length ? security : judged;
    const ids = [...new Set(used.flatMap((c) => c.ids))];
    const from = official
      ? `official text, Article ${used.map((c) => c.article).join(', ')}`
      : fromReports(ids.length, new Set(used.map((c) => c.source)).size);
    if (security.length) {
      const { consult, contingency } = consultationCues(security[0].text);
      return { value: true, claims: ids, basis: `${from}: "${consult}" on "${contingency}"` };
    }
    const quotedClause = used.find((c) => consultationCues(c.text).consult);
    const quoted = quotedClause && consultationCues(quotedClause.text).consult;
    return {
      value: official ? false : null,
      claims: ids,
      basis: `${from}: ${quoted ? `"${quoted}"` : 'consultation'} on no threat, attack, armed conflict or crisis, so not a security consultation`,
    };
  };

  const out = {} as Record<ObligationKey, Obligation>;
  for (const [key, list] of Object.entries(TOPICS_OF) as [keyof typeof TOPICS_OF, string[]][]) {
    const found = list.map(evidence).filter((e) => e !== null);
    out[key] = found.length
      ? { value: true, claims: [...new Set(found.flatMap((e) => e.claims))], basis: found.map((e) => e.basis).join('; ') }
      : { value: null };
  }

  if (out.consultation.value) out.consultation = consultation();
  out.offense = { value: null };

  const defense = evidence('defense');
  if (defense) out.defense.conditions = defenseConditions(defense.texts());
  // Reports that say there is no defence clause outweigh fewer independent sources that give one (a report
  // contrasting the pact with another that has one); the official text's clause outweighs them all.
  const denied = defenseDenials(claims, record);
  const support = !defense ? 0 : official ? Infinity : reportingOn('defense').sources;
  const noDefense = !!denied && denied.sources > support;
  if (denied && noDefense)
    out.defense = {
      value: false,
      claims: denied.ids,
      basis: `${fromReports(denied.ids.length, denied.sources)} say there is no defence clause: "${denied.words}"`,
    };

  // Not bound against other agreements: the text says it leaves the parties' other obligations untouched.
  if (out.no_competing_commitments.value === null) {
    const untouched = evidence('other-obligations');
    if (untouched)
      out.no_competing_commitments = {
        value: false,
        claims: untouched.claims,
        basis: `${untouched.basis}: the treaty does not affect obligations under other agreements, and no clause bars commitments to third states`,
      };
  }

  // Offense: true on a clause on joint offensive action; false when the only assistance clause is conditioned on an attack.
  const left = otherInstrumentByDoc(record, claims);
  const offensive = official
    ? official.articles.filter((a) => offensiveIn(a.text)).map(() => ({ id: '' }))
    : runsOf(claims).flatMap((run) => offensiveClaims(run).filter((c) => c.kind !== 'opinion' && !(left.get(run.doc) ?? NONE).includes(c.id)));
  if (offensive.length) out.offense = { value: true, claims: offensive.map((c) => c.id).filter(Boolean), basis: 'a clause on joint offensive action' };
  else if (noDefense)
    out.offense = { value: false, claims: out.defense.claims, basis: 'no alliance: sources deny a defence clause, and none mentions joint offensive action' };
  else if (defense && defense.texts().some(attackIn)) {
    const ids = new Set(claims.map((c) => c.id));
    out.offense = {
      value: false,
      claims: defense.claims.filter((id) => ids.has(id)),
      basis: 'defensive only: assistance is due when a party is attacked, and no source mentions joint offensive action',
    };
  }

  // An agreement plainly of another kind rules out what no clause provides.
  const other = notAnAlliance(record, topics, out.consultation.value === true, claims);
  if (other) {
    for (const key of other.keys) {
      const o = out[key];
      if (o.value === null) out[key] = { value: false, claims: o.claims ?? [], basis: o.basis ? `${other.basis}; ${o.basis}` : other.basis };
    }
  }
  return out;
}

/** A claim that cites another instrument's article and none of this one's tells what that instrument provides:
 *  "defensive planning under NATO's collective defence clause, Article 5 of the North Atlantic Treaty". */
const citesOnlyAnother = (claim: Claim) => (claim.foreign_refs?.length ?? 0) > 0 && !claim.articles?.length;

/** A run's claims (and their ids) per topic, opinions and claims on other instruments' articles aside. */
const reportsOn = perObject((run: RunTopics) => {
  const out = new Map<string, { claims: Claim[]; ids: string[] }>();
  for (const { claim, topics } of run.claims) {
    if (claim.kind === 'opinion' || citesOnlyAnother(claim)) continue;
    for (const t of topics) {
      const on = out.get(t);
      if (on) {
        on.claims.push(claim);
        on.ids.push(claim.id);
      } else out.set(t, { claims: [claim], ids: [claim.id] });
    }
  }
  return out;
});

const NONE: never[] = [];

const fromReports = (claims: number, sources: number) => `${claims} claim${claims > 1 ? 's' : ''} from ${sources} independent source${sources > 1 ? 's' : ''}`;

/** A run's claims on joint offensive action. */
const offensiveClaims = perObject((run: Run) => run.claims.filter((c) => offensiveIn(c.text)));

/** The trigger and legal frame of the assistance clause, each from the first text (official, else in claim
 *  order) that states it; a trigger must name an attack, not a threat of one. */
function defenseConditions(texts: string[]): string[] {
  let trigger: string | undefined;
  let frame: string | undefined;
  for (const t of texts) {
    trigger ||= triggerIn(t);
    frame ||= frameIn(t);
    if (trigger && frame) break;
  }
  return [trigger, frame].filter((x): x is string => !!x);
}
