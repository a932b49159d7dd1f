// Events one source asserts against all other evidence stay out of the lifecycle ("the amendment added a
// third article" when every other source cites that article as part of the signed text; "officials insist it
// has been provisionally applied" when the official text makes entry into force wait for ratification).
//
// Rule: an event that only ONE independent source asserts is disputed when the weight against it reaches
// DISPUTED_AT. Contradicting evidence weighs 2: another source cites the "amended" article as part of the
// text; entry into force is conditioned on ratification/exchange by the official text or another source while
// nothing provides for provisional application; a later report still expects the step. A hedged assertion
// (only what someone "insists" or "claims") weighs 1, and so does an assertion only opinion pieces make.
import type { Claim, DocumentRecord, Expectation, LifecycleEvent } from '../../types.ts';
import { PER_PARTY } from './detect.ts';
import type { MergedEvent } from './merge.ts';
import { rx } from './regex.ts';

export interface DisputedEvent extends LifecycleEvent {
  reason: string;
  /** The documents and claims whose evidence contradicts it. */
  against: { docs: string[]; claims: string[] };
}

const DISPUTED_AT = 2;
const WEIGHT = { contradicted: 2, hedged: 1, opinion: 1 };

/** Entry into force waiting for ratification or the exchange of instruments, in en/ru/de/fr. */
const AFTER_RATIFICATION = rx(String.raw`ratif|exchange|обмен|ратифи|Austausch|Ratifi|échange`, 'iu');
/** Words of provisional application, whose absence from the official text tells against it. */
const PROVISIONAL = rx(String.raw`provisional|provisoire|vorläufig|временн\w*\s+примен`, 'iu');

export interface DisputeContext {
  docs: Map<string, DocumentRecord>;
  claims: Map<string, Claim>;
  /** Expectations with their claims, before merging (each names the claim it comes from). */
  expectations: Expectation[];
  officialDocs: Set<string>;
  sourceOf: (doc: string) => string;
}

export function splitDisputed(events: MergedEvent[], ctx: DisputeContext): { kept: MergedEvent[]; disputed: DisputedEvent[] } {
  const kept: MergedEvent[] = [];
  const disputed: DisputedEvent[] = [];
  for (const e of events) {
    const sources = new Set(e.event.docs.map(ctx.sourceOf));
    const verdict = sources.size === 1 ? weigh(e, ctx) : null;
    if (verdict && verdict.weight >= DISPUTED_AT) disputed.push({ ...e.event, reason: verdict.reasons.join('; '), against: verdict.against });
    else kept.push(e);
  }
  return { kept, disputed };
}

function weigh(e: MergedEvent, ctx: DisputeContext): { weight: number; reasons: string[]; against: { docs: string[]; claims: string[] } } {
  const own = new Set(e.event.docs.map(ctx.sourceOf));
  const reasons: string[] = [];
  const against = { docs: new Set<string>(), claims: new Set<string>() };
  let weight = 0;
  const contradict = (reason: string, claims: Claim[]) => {
    weight += WEIGHT.contradicted;
    reasons.push(reason);
    for (const c of claims) {
      against.claims.add(c.id);
      against.docs.add(c.doc);
    }
  };
  const others = [...ctx.claims.values()].filter((c) => !own.has(ctx.sourceOf(c.doc)));

  if (e.event.step === 'amended') {
    const numbers = new Set(e.event.claims.flatMap((id) => ctx.claims.get(id)?.articles ?? []));
    const citing = others.filter((c) => c.articles.some((n) => numbers.has(n)));
    if (citing.length) {
      const n = new Set(citing.map((c) => ctx.sourceOf(c.doc))).size;
      contradict(`Article ${[...numbers].join(', ')} is cited by ${n} other independent source${n > 1 ? 's' : ''} as part of the text, and no other source mentions an amendment`, citing);
    }
  }
  if (e.event.step === 'provisionally-applied' || e.event.step === 'entered-into-force') {
    const conditioned = ctx.expectations.filter((x) => x.step === 'entered-into-force' && x.condition && AFTER_RATIFICATION.test(x.condition)).flatMap((x) => x.claims.map((id) => ctx.claims.get(id)).filter((c): c is Claim => !!c && !own.has(ctx.sourceOf(c.doc))));
    const official = [...ctx.claims.values()].filter((c) => ctx.officialDocs.has(c.doc));
    const providesProvisional = official.some((c) => PROVISIONAL.test(c.text));
    if (e.event.step === 'provisionally-applied' && conditioned.length && !providesProvisional) {
      const fromOfficial = conditioned.some((c) => ctx.officialDocs.has(c.doc));
      contradict(`entry into force depends on ratification and the exchange of instruments (${fromOfficial ? 'official text' : `${new Set(conditioned.map((c) => ctx.sourceOf(c.doc))).size} other sources`}), and nothing provides for provisional application`, conditioned);
    }
  }
  // A later report by another source still expects the step: it had not happened. (Expectations name no
  // party, so a party's step is not weighed this way: the other party's vote may still be pending.)
  const asserted = e.event.date ?? e.event.docs.map((d) => ctx.docs.get(d)?.published ?? '').sort()[0] ?? '';
  const stillExpected = ctx.expectations
    .filter((x) => x.step === e.event.step && !PER_PARTY.has(x.step))
    .flatMap((x) => x.claims.map((id) => ctx.claims.get(id)).filter((c): c is Claim => !!c && !own.has(ctx.sourceOf(c.doc))))
    .filter((c) => asserted && (ctx.docs.get(c.doc)?.published ?? '') > asserted && !ctx.officialDocs.has(c.doc));
  if (stillExpected.length) contradict(`a later report still expects it`, stillExpected);

  if (e.observations.every((o) => o.hedged)) {
    weight += WEIGHT.hedged;
    reasons.push('asserted only as what others insist or claim');
  }
  if (e.event.docs.every((d) => ctx.docs.get(d)?.kind === 'opinion')) {
    weight += WEIGHT.opinion;
    reasons.push('only an opinion piece says so');
  }
  return { weight, reasons, against: { docs: [...against.docs], claims: [...against.claims] } };
}
