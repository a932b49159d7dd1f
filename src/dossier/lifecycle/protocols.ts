// Steps told of a protocol of the agreement, when the agreement is no protocol itself: a legislature approving
// "the protocol" or a state ratifying it takes a step apart from the agreement's own ("Mexico's Senate approves
// the protocol" is no date of its approval of the agreement), and the signature of an amending protocol is the
// agreement's amendment ("signed a protocol of amendment on 10 December"), and that of a protocol ending or
// prolonging it its termination or extension; another protocol's is none of its.
import type { Claim, ClaimEvent } from '../../types.ts';
import { ENDING, EXTENDING, PURPOSE_REACH } from '../record/document-kinds.ts';
import type { Observation } from './types.ts';

/** A protocol or an amendment, in en, ru, de, fr, es, ar. */
const PROTOCOL = String.raw`(?:protocols?|amendments?|protocolos?|enmiendas?|protocoles?|amendements?|\p{L}*protokoll\p{L}*|\p{L}*änderung\p{L}*|протокол\p{L}*|поправк\p{L}*|بروتوكول|تعديل\p{L}*)`;
/** Words that make a protocol an amendment of the agreement ("exchange" is no "change"). */
const AMENDING = /amend|modif|(?<!ex)chang|cambi|änder|изменени|تعديل|enmienda/iu;
/** The agreement as an object or subject: a step told of it is its own even when a protocol is named too. */
const AGREEMENT =
  /(?<![\p{L}])(?:agreement|treaty|pact|accord|deal|convention|it|acuerdo|tratado|lo|accord|traité|l['’]|Abkommen|Vertrag|ihn|ihm|соглашени\p{L}*|договор\p{L}*|его|اتفاقي\p{L}*|معاهد\p{L}*)(?![\p{L}])/iu;
/** How far from the verb the protocol it acts on may be: its object after ("approved on 9 December the
 *  amending protocol"), or the subject of a passive or participle before ("the protocol, approved by …"). */
const REACH = 45;
/** Where the words of one clause end: its object is within. */
const CLAUSE_END = /[,;.:]|\s(?:and|y|et|und|и|و)\s/u;

const OBJECT = new RegExp(String.raw`(?<![\p{L}])${PROTOCOL}(?![\p{L}])`, 'iu');
const NAMES_PROTOCOL = /protocol|protokoll|протокол|بروتوكول/iu;

/** The words of the protocol a step is told of, next to its verb: its object after it ("approved on 9 December
 *  the amending protocol") or the subject before it ("the protocol, approved by …"), with no word of the
 *  agreement between them; null when the step is the agreement's own. */
function protocolOf(claim: Claim, e: ClaimEvent): string | null {
  const after = clause(claim.text.slice(e.end, e.end + REACH));
  const object = OBJECT.exec(after);
  if (object) return AGREEMENT.test(after.slice(0, object.index)) ? null : after;
  if (AGREEMENT.test(after)) return null;
  const before = claim.text.slice(Math.max(0, e.start - REACH), e.start);
  const subject = before.slice(lastBreak(before));
  const named = OBJECT.exec(subject);
  return named && !AGREEMENT.test(subject.slice(named.index + named[0].length)) ? subject : null;
}

const clause = (text: string) => {
  const end = text.search(CLAUSE_END);
  return end < 0 ? text : text.slice(0, end);
};
const lastBreak = (text: string) => {
  let at = 0;
  for (const m of text.matchAll(new RegExp(CLAUSE_END.source, 'gu'))) at = m.index! + m[0].length;
  return at;
};

/** A protocol to a treaty named otherwise than the agreement: "the Protocol to the North Atlantic Treaty on the
 *  Accession of …" in a pile about another agreement is no step of this one, nor of its protocols. */
const PROTOCOL_TO =
  /(?:[Pp]rotocol\p{L}*|[Pp]rotokoll\p{L}*|[Пп]ротокол\p{L}*)\s+(?:to|zum|au|al|del|к)\s+(?:the\s+|dem\s+|le\s+|la\s+|el\s+)?(\p{Lu}\p{L}*(?:[\s-]+\p{Lu}\p{L}*)*)/u;
function toAnotherTreaty(words: string, title: string | null): boolean {
  const named = PROTOCOL_TO.exec(words)?.[1];
  if (!named) return false;
  const titleWords = new Set((title ?? '').toLowerCase().split(/[^\p{L}]+/u));
  return !named
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 3)
    .every((w) => titleWords.has(w));
}

/** The observations with a protocol's steps marked as its own, and its signature made the agreement's amendment. */
export function withoutProtocolSteps(observations: Observation[], claimOf: (id: string) => Claim | undefined, title: string | null): Observation[] {
  if (title && NAMES_PROTOCOL.test(title)) return observations;
  const out: Observation[] = [];
  for (const o of observations) {
    const claim = claimOf(o.claim);
    const e = claim?.events?.find((x) => x.step === o.step && x.text === o.text && x.date === o.date);
    const words = claim && e ? protocolOf(claim, e) : null;
    // A protocol that prolongs or ends the agreement does so to the agreement ("un protocole qui proroge le traité").
    if (!words || o.step === 'extended' || o.step === 'terminated') out.push(o);
    else if (toAnotherTreaty(words, title)) continue;
    else if (o.step !== 'signed') out.push({ ...o, of: 'protocol' });
    else if (AMENDING.test(words)) out.push({ ...o, step: 'amended', party: null });
    else {
      // A protocol signed to end or to prolong the agreement ("le protocole qui met fin au traité", "das Protokoll,
      // mit dem der Vertrag seine Gültigkeit verlor", "a protocol extending the treaty by twenty years").
      const told = claim!.text.slice(e!.end, e!.end + PURPOSE_REACH);
      if (ENDING.test(told)) out.push({ ...o, step: 'terminated', party: null });
      else if (EXTENDING.test(told)) out.push({ ...o, step: 'extended', party: null });
    }
  }
  return out;
}
