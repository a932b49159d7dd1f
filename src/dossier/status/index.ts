// Status step of the dossier: every fact says how many reports state it and how many independent sources they
// are (`support`), and how sure it is (`status`, `status_reason`; rules in ./rules.ts). A fact's support counts
// only the reports that state its exact value: an event's day, the signing date as written, an article number a
// resolution did not reject. Pure: returns new objects.
//
// For the composer (src/dossier/index.ts): call last, with the lifecycle result and the settled conflicts.
import { PER_PARTY } from '../../read/index.ts';
import type { Agreement, ArticleRecord, Claim, Conflict, DocumentRecord, LifecycleEvent, Obligation, ObligationKey } from '../../types.ts';
import { compatibleDates } from '../dates.ts';
import type { DisputedEvent } from '../lifecycle/disputed.ts';
import type { LifecycleResult } from '../lifecycle/index.ts';
import type { Observation } from '../lifecycle/types.ts';
import { claimsById } from '../memo.ts';
import type { DossierRecord } from '../record/types.ts';
import { conflictsOn, disputeOf, rejectedClaims } from './disputes.ts';
import { type Standing, standingOf, supportOf, type Voices } from './rules.ts';
import { voicesOf } from './voices.ts';

export { independenceOf } from './independence.ts';
export { partyVoice, voicesOf } from './voices.ts';

export interface FactsInput {
  docs: DocumentRecord[];
  claims: Claim[];
  record: DossierRecord;
  life: LifecycleResult;
  conflicts: Conflict[];
}

export function judgeFacts({ docs, claims, record, life, conflicts }: FactsInput): { agreement: Agreement; conflicts: Conflict[] } {
  const agreement = record.agreement;
  const official = new Set(life.officialDocs);
  if (record.official) official.add(record.official.doc);
  const voices = voicesOf(docs, record.sources, official, agreement.parties);
  const byId = claimsById(claims);
  const docsOf = (ids: Iterable<string>) => [...new Set([...ids].flatMap((id) => byId.get(id)?.doc ?? []))];
  const observations = new Map(life.events.map((m) => [m.event, m.observations]));
  const rejectedDates = rejectedClaims(['date'], conflicts);

  const event = (e: LifecycleEvent, disputed?: string): LifecycleEvent => {
    const stating = statingDocs(e, observations.get(e), rejectedDates);
    const fact = { value: e.date, claims: e.claims, docs: stating };
    const standing = standingOf(stating, voices, {
      disputed: disputed ?? disputeOf(fact, ['date', 'party'], conflicts),
      notReported: e.projected
        ? `projected from the agreement's rule (${e.rule?.offset ?? 'its own words'}), not reported`
        : !e.party && PER_PARTY.has(e.step)
          ? 'a step each party takes, but which party took it is not known'
          : !stating.length && e.date
            ? `no report states ${e.date}`
            : null,
    });
    return { ...e, ...standing };
  };

  const judged: Agreement = {
    ...agreement,
    standing: recordStanding(record, byId, voices, conflicts, rejectedDates),
    articles: agreement.articles.map((a) => ({ ...a, ...articleStanding(a, record, byId, voices, conflicts) })),
    obligations: Object.fromEntries(
      Object.entries(agreement.obligations).map(([k, o]) => [k, { ...o, ...obligationStanding(o, docsOf(o.claims ?? []), voices) }]),
    ) as Record<ObligationKey, Obligation>,
    lifecycle: agreement.lifecycle.map((e) => event(e)),
  };
  if (agreement.disputed_events)
    judged.disputed_events = agreement.disputed_events.map((e) => ({ ...event(e, (e as DisputedEvent).reason), reason: e.reason }));
  return { agreement: judged, conflicts: conflicts.map((c) => conflictStanding(c, voices)) };
}

/** The documents that state an event as it stands: its observations (not hedged, not rejected by a date
 *  resolution) with its exact date; its own documents when it merged none (a projected event). */
function statingDocs(e: LifecycleEvent, obs: Observation[] | undefined, rejected: Set<string>): string[] {
  if (!obs) return e.projected ? [] : e.docs;
  const exact = obs.filter((o) => !o.hedged && !rejected.has(o.claim) && (e.date == null || o.date === e.date));
  return [...new Set(exact.map((o) => o.doc))];
}

function recordStanding(
  record: DossierRecord,
  byId: Map<string, Claim>,
  voices: Voices,
  conflicts: Conflict[],
  rejectedDates: Set<string>,
): NonNullable<Agreement['standing']> {
  const { signed, article_count } = record.agreement;
  const { signedDate, signedPlace, articleCount } = record.evidence;
  const rejectedPlaces = rejectedClaims(['place'], conflicts);
  const dateVote = signedDate.find((v) => v.value === signed.date) ?? signedDate[0];
  // Only claims that write the exact day (a month alone does not attest it), and no rejected one.
  const dateClaims = (dateVote?.claims ?? []).filter((id) => {
    const c = byId.get(id);
    return (
      !!c && !rejectedDates.has(id) && (c.dates.some((d) => d.value === signed.date) || !!c.events?.some((e) => e.step === 'signed' && e.date === signed.date))
    );
  });
  const dateDocs = [...new Set(dateClaims.map((id) => byId.get(id)!.doc))];
  // The signing's day: as a conflict settled it, else the record's.
  const dateFact = { value: signed.date, claims: dateVote?.claims ?? [], docs: dateVote?.docs ?? [] };
  const settledDay = conflictsOn(dateFact, ['date'], conflicts).find((c) => c.resolved)?.resolved?.value ?? signed.date;
  const placeVote = signedPlace[0];
  // A claim that dates the signing it places on another day tells of another signing (an earlier declaration).
  const placeClaims = (placeVote?.claims ?? []).filter((id) => {
    const c = byId.get(id);
    return !!c && !rejectedPlaces.has(id) && (!settledDay || !c.dates.length || c.dates.some((d) => compatibleDates(d.value, settledDay)));
  });
  const placeDocs = [...new Set(placeClaims.map((id) => byId.get(id)!.doc))];
  const countVote = articleCount.find((v) => Number(v.value) === article_count);
  // `stating`: the documents that state the exact value; `vote`: every claim and document given for it, which
  // a conflict is matched through (a rejected claim still shows the fact is disputed).
  const of = (value: string | null, stating: string[], vote: { claims: string[]; docs: string[] }, slot: 'date' | 'place' | 'article_count'): Standing =>
    value == null
      ? standingOf([], voices, { notReported: 'no source states it' })
      : standingOf(stating, voices, { disputed: disputeOf({ value, ...vote }, [slot], conflicts) });
  const none = { claims: [], docs: [] };
  return {
    signed_date: of(signed.date, dateDocs, dateFact, 'date'),
    signed_place: of(signed.place, placeDocs, placeVote ?? none, 'place'),
    article_count: of(article_count == null ? null : String(article_count), countVote?.docs ?? [], countVote ?? none, 'article_count'),
  };
}

/** An article: the official text's when it has it; else the reports that cite the number, less those whose
 *  every citation a resolution rejected (they gave the number to another clause). */
function articleStanding(a: ArticleRecord, record: DossierRecord, byId: Map<string, Claim>, voices: Voices, conflicts: Conflict[]): Standing {
  const rejected = rejectedClaims(['article'], conflicts);
  const kept = a.claims.filter((id) => !rejected.has(id));
  const docs = new Set(kept.flatMap((id) => byId.get(id)?.doc ?? []));
  if (!a.claims.length) for (const d of a.docs) docs.add(d);
  if (record.official?.articles.some((x) => x.number === a.number)) docs.add(record.official.doc);
  return standingOf([...docs], voices, { disputed: disputeOf({ value: String(a.number), claims: a.claims, docs: a.docs }, ['article'], conflicts) });
}

/** An obligation: a clause some claims state (true), or its absence in the official text (false); an absence
 *  inferred from reports, or no evidence at all, is not stated by anyone. */
function obligationStanding(o: Obligation, docs: string[], voices: Voices): Standing {
  if (o.value === null) return standingOf([], voices, { notReported: 'no source states it' });
  if (o.value === false && !docs.some(voices.isOfficial))
    return standingOf(docs, voices, { notReported: `inferred, not stated${o.basis ? `: ${o.basis}` : ''}` });
  if (!docs.length) return standingOf([], voices, { notReported: `inferred, not stated${o.basis ? `: ${o.basis}` : ''}` });
  return standingOf(docs, voices);
}

/** A conflict: each value's support; settled by the official text (confirmed), by other evidence (the standing
 *  of the winning value's sources), or not at all (disputed). */
function conflictStanding(c: Conflict, voices: Voices): Conflict {
  const values = c.values.map((v) => ({ ...v, support: supportOf(v.docs, voices) }));
  const listed = values.map((v) => `${v.value} (${v.support.independent} independent)`).join(' vs ');
  if (!c.resolved) return { ...c, values, ...standingOf([], voices, { disputed: `sources disagree: ${listed}; nothing settles it` }) };
  const winner = values.find((v) => v.value === c.resolved!.value);
  if (c.resolved.basis === 'official text')
    return { ...c, values, ...standingOf(winner?.docs ?? [], voices), status: 'confirmed', status_reason: 'the official text settles it' };
  const standing = winner
    ? standingOf(winner.docs, voices)
    : standingOf([], voices, { notReported: `settled by ${c.resolved.basis}, which no report states as a value` });
  return { ...c, values, ...standing, status_reason: `${standing.status_reason}; settled by ${c.resolved.basis}` };
}
