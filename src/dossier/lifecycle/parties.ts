// The party of each step a claim tells of, resolved against the agreement's record: the state its words name
// (as the reading stage found it), else the agreement's parties named by a name of the record's the reading
// stage did not know ("Норланда"), else the state the pile says the person who acted acts for ("Kim Jong Un
// ratifies …"), else the other party of a bilateral agreement when only the counterpart is named ("approved the
// treaty with Orvenia"), else the party the document's previous step was about when the claim names no state
// and no person.
import { isCounterpart, PER_PARTY, partyOfStep, type StateMention } from '../../read/index.ts';
import type { Claim, ClaimEvent, DocumentRecord, Expectation } from '../../types.ts';
import { sameName } from './names.ts';
import type { Observation } from './types.ts';

export interface ClaimContext {
  doc: Pick<DocumentRecord, 'id'>;
  /** The agreement's parties and the names sources use for them, to map mentions onto them. */
  parties: string[];
  partyNames: Record<string, string[]>;
  /** Party of the last event this document told of: a sentence that names no state continues about it. */
  lastParty: string | null;
  /** The state a person acts for, as the pile introduces them ("Russian President Vladimir Putin"). */
  stateOf?: (name: string) => string | null;
}

/** A claim's events as observations (done or asserted) and expectations, with the parties of its steps
 *  resolved against the record (updates `ctx.lastParty`). */
export function observe(claim: Claim, events: ClaimEvent[], ctx: ClaimContext): { observations: Observation[]; expectations: Expectation[] } {
  const observations: Observation[] = [];
  const expectations: Expectation[] = [];
  let lastParty = ctx.lastParty;
  // The party of the claim's own earlier step: a later step in the same sentence that names no state of its own
  // goes on about it ("its National Assembly approved the treaty on June 14 and President X signed the instrument").
  let sentenceParty: string | null = null;
  for (const e of events) {
    if (e.status === 'expected') {
      expectations.push({ step: e.step, condition: e.condition, claims: [claim.id] });
      continue;
    }
    let party: string | null = e.party ? canonicalParty(e.party, ctx) : null;
    if (PER_PARTY.has(e.step)) {
      const byName = e.agent ? (ctx.stateOf?.(e.agent) ?? null) : null;
      // The document's last party goes on only in prose that names no state nor person (not from line to line of a timeline).
      const continues = !claim.parties?.length && !e.agent && e.date_from !== 'timeline';
      party ??= (byName && canonicalParty(byName, ctx)) ?? recordParty(claim, e, ctx) ?? (continues ? lastParty : null) ?? sentenceParty;
      if (party) lastParty = sentenceParty = party;
    }
    const house = e.actors?.find((a) => a.name === e.body)?.house ?? null;
    observations.push({
      step: e.step,
      date: e.date,
      party,
      body: e.body,
      house,
      ref: e.ref,
      place: e.place,
      claim: claim.id,
      doc: claim.doc,
      hedged: e.status === 'asserted',
      cue: e.cue,
      text: e.text,
      ...(e.signers ? { signers: e.signers.map((s) => canonicalParty(s, ctx)) } : {}),
      ...(e.each_party && !party ? { eachParty: true } : {}),
      ...(toldAgain(claim.text, e) ? { again: true } : {}),
    });
  }
  ctx.lastParty = lastParty;
  return { observations, expectations };
}

/** Words that tell a step done again, beside its verb: a law passed again over a veto, a second vote. */
const AGAIN =
  /(?<![\p{L}])(?:again|a second time|re-?approved|re-?passed|erneut|nochmals|noch einmal|повторно|вновь|de nouveau|à nouveau|une seconde fois|nuevamente|de nuevo|por segunda vez|مجددا|مجدداً|مرة أخرى|مرة ثانية)(?![\p{L}])/iu;
/** How far from the verb the word may stand ("am 5. Juli erneut", "повторно одобряет"). */
const AGAIN_REACH = 30;
const toldAgain = (text: string, e: ClaimEvent) => AGAIN.test(text.slice(Math.max(0, e.start - AGAIN_REACH), e.end + AGAIN_REACH));

/** The party by the record's names for its parties, or as the other side of a bilateral deal. */
function recordParty(claim: Claim, e: ClaimEvent, ctx: ClaimContext): string | null {
  const mentions = partyMentions(claim, ctx);
  const found = partyOfStep(claim.text, mentions, e.actors ?? [], e.clause ?? 0, e.start);
  if (found) return canonicalParty(found, ctx);
  const others = new Set(mentions.filter((m) => isCounterpart(claim.text, m)).map((m) => canonicalParty(m.code, ctx)));
  const rest = ctx.parties.filter((p) => !others.has(p));
  return e.actors?.length && others.size === 1 && ctx.parties.length === 2 && rest.length === 1 ? rest[0] : null;
}

/** The claim's party mentions, and the agreement's parties named in it by a one-word name the reading stage
 *  may not know (a state with no ISO code, in another script or case: "Norland's", "Норланда"). */
function partyMentions(claim: Claim, ctx: ClaimContext): StateMention[] {
  const found: StateMention[] = [...(claim.party_mentions ?? [])];
  const names = ctx.parties.flatMap((p) => [p, ...(ctx.partyNames[p] ?? [])].filter((n) => /^\p{Lu}\p{L}{3,}$/u.test(n)).map((n) => ({ p, n })));
  if (!names.length) return found;
  for (const w of claim.text.matchAll(/\p{Lu}\p{L}{3,}/gu)) {
    const start = w.index!;
    const end = start + w[0].length;
    if (found.some((m) => m.start < end && start < m.end)) continue;
    const hit = names.find(({ n }) => sameName(n, w[0]));
    if (hit) found.push({ code: hit.p, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A mention's code as the agreement's party ("Норланда" → the party sources also call Norland). */
export function canonicalParty(code: string, ctx: Pick<ClaimContext, 'parties' | 'partyNames'>): string {
  if (ctx.parties.includes(code)) return code;
  for (const p of ctx.parties) {
    if ([p, ...(ctx.partyNames[p] ?? [])].some((n) => sameName(n, code))) return p;
  }
  return code;
}
