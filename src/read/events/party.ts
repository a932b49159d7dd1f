// Which state took a party's step, from the words of its claim: the country of the body that acted, else the
// state named right beside it ("Germany's Bundesrat", "Парламент Германии"), else the state named before the
// verb in its clause, else the state whose instrument the verb names ("signs the U.S. instrument of
// ratification"). A state named as the other side of the deal ("approved the treaty with Orvenia", "notified
// the EU") is never the actor's, nor is a capital alone (a dateline's city).
import type { ClaimEvent, LifecycleStep, PartyMention } from '../../types.ts';

/** Steps taken by one party each; the others (signature, exchange, entry into force …) are the treaty's. */
export const PER_PARTY = new Set<LifecycleStep>(['submitted-for-ratification', 'approved-by-legislature', 'ratified', 'denounced', 'suspended']);

export type StateMention = Pick<PartyMention, 'code' | 'start' | 'end'> & { form?: string };
export type StepActor = NonNullable<ClaimEvent['actors']>[number];

/** A state named beside a body is its state within this distance (characters), in the same phrase. */
const BESIDE = 30;
const PHRASE_BREAK = /[,;:()]|\s(?:and|und|sowie|et|y|и|а)\s/u;

/** "the treaty with Orvenia", "Vertrag mit …", "avec …", "con …", "с …", "مع …", "notified the EU": the other side. */
const COUNTERPART_BEFORE =
  /(?:\bwith|\bmit|\bavec|\bcon|(?<!\p{L})(?:с|со|مع)|\bnotif\p{L}*|\binform\p{L}*|\bуведоми\p{L}*)\s+(?:(?:the|der|dem|den|die|la|le|l'|el|a|à)\s*)?$/iu;
/** "X notified Y that it had ratified": the pronoun is the main clause's subject, named first. */
const THAT_IT = /(?:\bthat|\bdass|\bqu['’]|\bque|(?<!\p{L})что)\s*(?:it|they|es|er|sie|il|elle|ils|он|она|оно|они)\s+(?:\p{L}+\s+){0,2}?$/iu;

/** A state named in the title of a law ("The European Union (Amendment) Act receives royal assent in the
 *  United Kingdom", "the Australia–UK Free Trade Agreement Implementation Bill") does not act. */
const LAW_TITLE_AFTER = /^(?:\s*\([\p{L}\s]{1,40}\)|[\s–-]+\p{Lu}[\p{L}-]*){0,6}?\s+(?:Act|Bill)\b/u;
const LAW_TITLE_REACH = 80;
function namesLaw(text: string, m: StateMention): boolean {
  return LAW_TITLE_AFTER.test(text.slice(m.end, m.end + LAW_TITLE_REACH));
}

/** Whether a mention names the other side of the deal. */
export function isCounterpart(text: string, m: StateMention): boolean {
  return COUNTERPART_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/** The state of the step whose verb spans [at, end) (its clause starting at `clause`), taken by `actors` (the
 *  body that acted first); null when the claim's words do not say. */
export function partyOfStep(text: string, mentions: StateMention[], actors: StepActor[], clause: number, at: number, end: number = at): string | null {
  const own = mentions.filter((m) => !isCounterpart(text, m) && !namesLaw(text, m));
  for (const actor of actors) {
    const party = actor.country ?? beside(text, own, actor);
    if (party) return party;
  }
  // A state the verb phrase itself spans is its own ("وحذت الأردن حذوها", "deposited Fiji's instrument").
  return (
    own.find((m) => m.start >= at && m.end <= end && m.form !== 'capital')?.code ??
    before(text, own, clause, at) ??
    subjectAfter(text, own, end) ??
    participant(text, own, at, end) ??
    inStateAfter(text, own, end)
  );
}

/** Arabic puts the subject after the verb ("صادقت مصر على الاتفاقية"): a state right after a verb written in Arabic. */
const ARABIC_END = /\p{Script=Arabic}$/u;
const SUBJECT_GAP = 2;
function subjectAfter(text: string, mentions: StateMention[], end: number): string | null {
  if (!ARABIC_END.test(text.slice(Math.max(0, end - 1), end))) return null;
  const i = mentions.findIndex((x) => x.start >= end && x.start - end <= SUBJECT_GAP && x.form !== 'capital');
  const m = mentions[i];
  if (!m || text.slice(end, m.start).trim()) return null;
  // Several states as the subject ("وقّعت الإمارات والبحرين", the second name written onto its "و"): none alone.
  const next = mentions[i + 1];
  if ((next && CONJOINED.test(text.slice(m.end, next.start))) || AND_NEXT.test(text.slice(m.end, m.end + 3))) return null;
  return m.code;
}
const AND_NEXT = /^\s+و/u;

/** "received parliamentary approval in Norway", "was ratified by Fiji", "ratification by Ghana": a state (not a
 *  capital) right after the verb, when nothing else names the actor's. */
const IN_STATE = /^\s+(?:in|by|im|en|в|à|au|aux)\s+(?:the\s+|der\s+|la\s+|le\s+|l['’])?$/iu;
function inStateAfter(text: string, mentions: StateMention[], end: number): string | null {
  const m = mentions.find((x) => x.start >= end && x.start - end <= IN_STATE_REACH && x.form !== 'capital');
  return m && IN_STATE.test(text.slice(end, m.start)) ? m.code : null;
}
const IN_STATE_REACH = 12;

/** Between two states of one subject ("The United States and China join …", "La Chine et les États-Unis …", "la
 *  Chine, le Japon", "اليابان وأستراليا" with the Arabic "و" written onto the next name). */
const CONJOINED = /^\s*(?:,|and|und|et|y|и|&|و)\s*(?:(?:the|die|der|la|le|les|el|los|las)\s+|l['’])?$/iu;
/** Between the subject's last state and the verb: an auxiliary or an adverb at most. */
const SUBJECT_TO_VERB = /^\s*(?:\p{L}+\s+){0,2}$/u;

/** The states of a subject that names several ("X and Y deposited their instruments"), else none. */
export function subjectStates(text: string, mentions: StateMention[], clause: number, at: number): string[] {
  const own = mentions.filter((m) => m.start >= clause && m.end <= at && m.form !== 'capital' && !isCounterpart(text, m));
  const last = own.at(-1);
  if (!last || !SUBJECT_TO_VERB.test(text.slice(last.end, at))) return [];
  const chain = [last];
  for (let i = own.length - 2; i >= 0 && CONJOINED.test(text.slice(own[i].end, chain[0].start)); i--) chain.unshift(own[i]);
  const codes = [...new Set(chain.map((m) => m.code))];
  return codes.length >= 2 ? codes : [];
}

/** The agent of a passive named right after it ("was ratified by Iceland and Norway", "ratifié par l'Islande et
 *  la Norvège", "ratificado por …", "von …"), its date maybe between: each state of its chain, when several. */
const BY_AFTER = /^\s+(?:(?:on|le|el|am)\s+[^,;]{1,25}?\s+)?(?:by|par|por|von|durch)\s+(?:(?:the|la|le|les|el|los|las|die|der|dem|den)\s+|l['’])?$/iu;
const BY_REACH = 45;
export function agentStates(text: string, mentions: StateMention[], end: number): string[] {
  const own = mentions.filter((m) => m.form !== 'capital');
  const first = own.find((m) => m.start >= end && m.start - end <= BY_REACH && BY_AFTER.test(text.slice(end, m.start)));
  if (!first) return [];
  const chain = [first];
  for (const m of own) if (m.start > chain.at(-1)!.end && CONJOINED.test(text.slice(chain.at(-1)!.end, m.start))) chain.push(m);
  const codes = [...new Set(chain.map((m) => m.code))];
  return codes.length >= 2 ? codes : [];
}

/** Entry into force for some states only: "… for Uruguay and Paraguay", "on 7 October for Bolivia", "For
 *  Bolivia, … entered into force", "para Bolivia", "für Bolivien", "для Боливии". */
const FOR_AFTER =
  /^(?:[^.;]{0,40}?\s)?(?:again\s+|erneut\s+|de\s+nouveau\s+|de\s+nuevo\s+)?(?:for|für|pour|para|для|بالنسبة\s+(?:إلى|ل))\s+(?:(?:the|la|le|les|los|las|die|der)\s+|l['’])?$/iu;
const FOR_BEFORE = /(?:^|[.;:]\s*)(?:for|für|pour|para|для)\s+(?:(?:the|la|le|les|los|las|die|der)\s+|l['’])?$/iu;
const FOR_REACH = 60;
/** Inside a German verb bracket: "trat für Bolivien am 7. Oktober in Kraft". */
const FOR_INSIDE = /(?:^|\s)für\s+(?:(?:die|den)\s+)?$/iu;

/** The states an entry into force at [at, end) is told for, in order; none when it is the agreement's. */
export function entryStates(text: string, mentions: StateMention[], at: number, end: number): string[] {
  const first =
    mentions.find((m) => m.start >= end && m.start - end <= FOR_REACH && FOR_AFTER.test(text.slice(end, m.start))) ??
    mentions.find((m) => m.end <= at && FOR_BEFORE.test(text.slice(0, m.start))) ??
    mentions.find((m) => m.start > at && m.end < end && FOR_INSIDE.test(text.slice(at, m.start)));
  if (!first) return [];
  const chain = [first];
  for (const m of mentions) if (m.start > chain.at(-1)!.end && CONJOINED.test(text.slice(chain.at(-1)!.end, m.start))) chain.push(m);
  return [...new Set(chain.map((m) => m.code))];
}

/** "suspending Russia's participation", "la participation de la Russie": the state whose part the act ends. */
const PARTICIPATION_AFTER =
  /^\s*(?:(?:the|its|la|sa|die|seine|ihre|la|su)\s+)?(?:participation|membership|участи\p{L}*|Teilnahme|Mitgliedschaft|participación)\s+(?:of|de|du|de\s+la|del|der|des|в)?\s*(?:the\s+|la\s+|l['’])?$/iu;
const PARTICIPATION_OF = /^['’]s\s+(?:participation|membership)/iu;
const PARTICIPATION_REACH = 40;

/** "la ley de retirada de Rusia", "the law on the withdrawal of Russia": the state the act takes out. */
const EXIT_NOUN = /(?:withdrawal|exit|retirada|salida|retrait|sortie|Austritt\p{L}*|выход\p{L}*|денонсаци\p{L}*)$/iu;
const OF = /^\s*(?:of|de|del|de\s+la|du|des|der|из)\s*(?:the\s+|la\s+|l['’])?$/iu;

function participant(text: string, mentions: StateMention[], at: number, end: number): string | null {
  const exit = EXIT_NOUN.test(text.slice(at, end));
  for (const m of mentions) {
    if (m.start < end || m.start - end > PARTICIPATION_REACH) continue;
    const between = text.slice(end, m.start);
    if (PARTICIPATION_AFTER.test(between) || (exit && OF.test(between)) || (!between.trim() && PARTICIPATION_OF.test(text.slice(m.end)))) return m.code;
  }
  return null;
}

/** The state named beside a body, in its phrase (a capital only as a possessive: "Tehran's parliament"). */
function beside(text: string, mentions: StateMention[], actor: StepActor): string | null {
  let best: { code: string; gap: number } | null = null;
  for (const m of mentions) {
    const between = m.end <= actor.start ? text.slice(m.end, actor.start) : m.start >= actor.end ? text.slice(actor.end, m.start) : '';
    if (between.length > BESIDE || PHRASE_BREAK.test(between)) continue;
    // A capital only as the body's own ("Tehran's parliament", "das Parlament in Jakarta").
    if (m.form === 'capital' && !/^['’]s\s$|^\s+(?:in|à|en|в|im)\s+$/u.test(between)) continue;
    if (!best || between.length < best.gap) best = { code: m.code, gap: between.length };
  }
  return best?.code ?? null;
}

/** The last state named before the verb in its clause; the first when a pronoun after "that" stands for it. */
function before(text: string, mentions: StateMention[], clause: number, at: number): string | null {
  const named = mentions.filter((m) => m.start >= clause && m.end <= at && m.form !== 'capital');
  if (!named.length) return null;
  const last = named[named.length - 1];
  return THAT_IT.test(text.slice(last.end, at)) ? named[0].code : last.code;
}

/** "signed on behalf of Ireland", "signed for the United States", "au nom de", "im Namen", "en nombre de", "от имени". */
const ON_BEHALF =
  /^[^.;]{0,40}?\s(?:on\s+behalf\s+of|for|au\s+nom\s+(?:de|du|des)|pour|im\s+Namen|für|en\s+nombre\s+de|en\s+representación\s+de|por|от\s+имени|за)\s+(?:(?:the|la|le|les|los|las|die|der|del)\s+|l['’])?$/iu;
const BEHALF_REACH = 60;

/** The one state that signed (a multilateral agreement is signed state by state): the state it signed on
 *  behalf of, else the state of the subject when it names one state only; none for "X and Y signed" (the
 *  agreement's signature by its parties). */
export function signerOf(text: string, mentions: StateMention[], actors: StepActor[], clause: number, at: number, end: number): string | null {
  const own = mentions.filter((m) => m.form !== 'capital' && !isCounterpart(text, m));
  const behalf = own.find((m) => m.start >= end && m.start - end <= BEHALF_REACH && ON_BEHALF.test(text.slice(end, m.start)));
  if (behalf) return behalf.code;
  if (subjectStates(text, mentions, clause, at).length) return null;
  const subject = own.filter((m) => m.start >= clause && m.end <= at);
  if (new Set(subject.map((m) => m.code)).size > 1) return null;
  for (const actor of actors) {
    const party = actor.country ?? beside(text, own, actor);
    if (party) return party;
  }
  return subject.at(-1)?.code ?? subjectAfter(text, own, end);
}
