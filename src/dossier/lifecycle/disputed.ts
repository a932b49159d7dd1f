// Events one source asserts against all other evidence stay out of the lifecycle (an amendment that "added"
// an article every other source cites as part of the signed text; provisional application that "officials
// insist on" when the official text makes entry into force wait for ratification).
//
// Rule: an event that only ONE independent source asserts is disputed when the weight against it reaches
// DISPUTED_AT. Contradicting evidence weighs 2: another source cites the "amended" article as part of the
// text; the official text conditions entry into force on ratification/exchange and provides no provisional
// application; a later report still expects the step. Reports (no official text) conditioning entry into
// force on ratification weigh 1 against provisional application (a treaty may be both). A hedged assertion
// (only what someone "insists" or "claims") weighs 1, and so does an assertion only opinion pieces make. An
// event only opinion pieces assert and nothing contradicts is left out of the lifecycle, not disputed.

import { PER_PARTY } from '../../read/index.ts';
import type { Claim, DocumentRecord, Expectation, LifecycleEvent } from '../../types.ts';
import type { MergedEvent } from './merge.ts';

export interface DisputedEvent extends LifecycleEvent {
  reason: string;
  /** The documents and claims whose evidence contradicts it. */
  against: { docs: string[]; claims: string[] };
}

const DISPUTED_AT = 2;
const WEIGHT = { contradicted: 2, reported: 1, hedged: 1, opinion: 1 };

/** Entry into force waiting for ratification or the exchange of instruments, in en/ru/de/fr/es. */
const AFTER_RATIFICATION = /ratif|exchange|обмен|ратифи|austausch|échange|canje|intercambio/iu;
/** Words of provisional application, whose absence from the official text tells against it. */
const PROVISIONAL = /provisional|provisoire|vorläufig|временн\p{L}*\s+примен/iu;

export interface DisputeContext {
  docs: Map<string, DocumentRecord>;
  /** The pile, and a claim by id. */
  claims: Claim[];
  claimOf: (id: string) => Claim | undefined;
  /** Expectations with their claims, before merging (each names the claim it comes from). */
  expectations: Expectation[];
  officialDocs: Set<string>;
  sourceOf: (doc: string) => string;
}

export function splitDisputed(events: MergedEvent[], ctx: DisputeContext): { kept: MergedEvent[]; disputed: DisputedEvent[] } {
  const kept: MergedEvent[] = [];
  const disputed: DisputedEvent[] = [];
  const evidence = lazyEvidence(ctx);
  for (const e of events) {
    const sources = new Set(e.event.docs.map(ctx.sourceOf));
    const verdict = sources.size === 1 ? weigh(e, ctx, evidence) : null;
    if (verdict && verdict.weight >= DISPUTED_AT) disputed.push({ ...e.event, reason: verdict.reasons.join('; '), against: verdict.against });
    // An opinion piece's assertion makes no event by itself: only one a report, a factbox or the text confirms.
    else if (!e.event.docs.every((d) => ctx.docs.get(d)?.kind === 'opinion')) kept.push(e);
  }
  return { kept, disputed };
}

/** What the other sources say, indexed once for all events (a pile may hold thousands of claims). */
function lazyEvidence(ctx: DisputeContext) {
  let byArticle: Map<number, Claim[]> | null = null;
  let official: { provisional: boolean } | null = null;
  let conditioned: Claim[] | null = null;
  const claimsOf = (x: Expectation) => x.claims.map(ctx.claimOf).filter((c): c is Claim => !!c);
  return {
    citing(n: number): Claim[] {
      if (!byArticle) {
        byArticle = new Map();
        for (const c of ctx.claims) {
          for (const a of new Set(c.articles)) {
            const list = byArticle.get(a);
            if (list) list.push(c);
            else byArticle.set(a, [c]);
          }
        }
      }
      return byArticle.get(n) ?? [];
    },
    officialProvidesProvisional(): boolean {
      official ??= { provisional: ctx.claims.some((c) => ctx.officialDocs.has(c.doc) && PROVISIONAL.test(c.text)) };
      return official.provisional;
    },
    /** Claims conditioning entry into force on ratification or the exchange of instruments. */
    conditioned(): Claim[] {
      conditioned ??= ctx.expectations.filter((x) => x.step === 'entered-into-force' && x.condition && AFTER_RATIFICATION.test(x.condition)).flatMap(claimsOf);
      return conditioned;
    },
    expecting: (step: string) => ctx.expectations.filter((x) => x.step === step).flatMap(claimsOf),
  };
}

function weigh(
  e: MergedEvent,
  ctx: DisputeContext,
  evidence: ReturnType<typeof lazyEvidence>,
): { weight: number; reasons: string[]; against: { docs: string[]; claims: string[] } } {
  const own = new Set(e.event.docs.map(ctx.sourceOf));
  const independent = (c: Claim) => !own.has(ctx.sourceOf(c.doc));
  const reasons: string[] = [];
  const against = { docs: new Set<string>(), claims: new Set<string>() };
  let weight = 0;
  const contradict = (reason: string, claims: Claim[], w = WEIGHT.contradicted) => {
    weight += w;
    reasons.push(reason);
    for (const c of claims) {
      against.claims.add(c.id);
      against.docs.add(c.doc);
    }
  };
  const sourceCount = (claims: Claim[]) => new Set(claims.map((c) => ctx.sourceOf(c.doc))).size;

  if (e.event.step === 'amended') {
    const numbers = [...new Set(e.event.claims.flatMap((id) => ctx.claimOf(id)?.articles ?? []))];
    const citing = numbers.flatMap((n) => evidence.citing(n)).filter(independent);
    if (citing.length) {
      const n = sourceCount(citing);
      contradict(
        `Article ${numbers.join(', ')} is cited by ${n} other independent source${n > 1 ? 's' : ''} as part of the text, and no other source mentions an amendment`,
        citing,
      );
    }
  }
  if (e.event.step === 'provisionally-applied') {
    const conditioned = evidence.conditioned().filter(independent);
    if (conditioned.length && !evidence.officialProvidesProvisional()) {
      const official = conditioned.some((c) => ctx.officialDocs.has(c.doc));
      const by = official ? 'official text' : `${sourceCount(conditioned)} other source${sourceCount(conditioned) > 1 ? 's' : ''}`;
      contradict(
        `entry into force depends on ratification and the exchange of instruments (${by}), and nothing provides for provisional application`,
        conditioned,
        official ? WEIGHT.contradicted : WEIGHT.reported,
      );
    }
  }
  // A later report by another source still expects the step: it had not happened. (Expectations name no
  // party, so a party's step is not weighed this way: the other party's vote may still be pending; nor is a
  // step for one state of a multilateral agreement: it may still be expected for the others.)
  if (!PER_PARTY.has(e.event.step) && !e.event.party) {
    const asserted = e.event.date ?? e.event.docs.map((d) => ctx.docs.get(d)?.published ?? '').sort()[0] ?? '';
    const later = (c: Claim) => !!asserted && (ctx.docs.get(c.doc)?.published ?? '') > asserted && !ctx.officialDocs.has(c.doc);
    const stillExpected = evidence.expecting(e.event.step).filter((c) => independent(c) && later(c));
    if (stillExpected.length) contradict('a later report still expects it', stillExpected);
  }

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
