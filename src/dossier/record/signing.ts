// Signing date and place: from claims with a sign verb ("signed on May 2, 2030 … in Geneva", "подписанный
// 2 мая в Берлине", "Done at PLACE on DATE"), voted across independent sources.
import type { Claim } from '../../types.ts';
import { lookupPlace } from '../conflicts/values/index.ts';
import { foldName } from '../conflicts/values/places/fold.ts';
import { perObject, perText } from '../memo.ts';
import type { Run } from '../runs.ts';
import { PROTOCOL_WORDS, signsOtherKind } from './document-kinds.ts';
import { type Ballot, mostCounted, tally, tallyDates } from './sources.ts';
import { sameWord } from './text.ts';
import type { Vote } from './types.ts';

/** Verbs (and the closing formula of a treaty text) that report the act of signature, en/ru/de/fr/es/ar. */
export const SIGN_VERB = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:`,
    String.raw`sign(?:ed|s|ing|ature)?|inked|done at|done in|(?:put|puts|putting|affix\p{L}*) (?:their|his|her) (?:names?|signatures?) to|put pen to paper`,
    String.raw`|подпис\p{L}*|совершено в|постав\p{L}* (?:свои )?подпис\p{L}*`,
    // not the noun of the signatories ("die Unterzeichnerstaaten")
    String.raw`|unterzeichne(?!r)\p{L}*|unterschrieb\p{L}*|geschehen zu`,
    // A treaty opened for signature ("zur Unterzeichnung aufgelegt"); not the noun alone, which the Council may approve.
    String.raw`|zur (?:unter)?zeichnung (?:aufgelegt|freigegeben)`,
    String.raw`|sign(?:é|ée|és|ées|èrent|er|a)|fait à|appos\p{L}* (?:leurs?|sa) signatures?`,
    // The French present of a timeline or a headline ("signent le traité au Kremlin"), not the noun ("un signe de").
    String.raw`|(?<!(?:un|le|ce|du|de|les|des|ces)\s)signe(?:nt)?`,
    String.raw`|firm(?:ó|aron|ado|ada|ados|adas|ar|an|a|ará|aría)|suscri(?:bió|bieron|to|ta)|hecho en|estamp\p{L}* su firma`,
    // Arabic, with or without the shadda: وقع, وقّعت, وقعا, وقّعوا, توقيع, التوقيع (the noun with its article)
    String.raw`|وق\u0651?ع(?:ت|ا|وا)?|(?:ال)?توقيع`,
    String.raw`)(?![\p{L}])`,
  ].join(''),
  'giu',
);
/** What else gets signed: a ratification law, a decree, an instrument of ratification. Such a claim is not about
 *  the signature of the agreement. */
const OTHER_DOCUMENT =
  /(?<![\p{L}])(?:law|bill|decree|instruments? of ratification|legislation|закон\p{L}*|указ\p{L}*|грамот\p{L}*|\p{L}*gesetz\p{L}*|\p{L}*urkunde\p{L}*|постановлени\p{L}*|распоряжени\p{L}*|executive order|instruments? of (?:acceptance|accession|approval)|Verordnung\p{L}*|ordonnance|loi|décret|ley|decreto|instrumento de ratificación)(?![\p{L}])/iu;
/** A protocol or an amendment next to a sign verb, as its object ("signed an amending protocol", "firmaron un
 *  protocolo modificatorio") or as the noun the participle follows ("modifié par un protocole signé à …"): that
 *  signature is the protocol's, not the agreement's. A protocol counts only as "a protocol" or an amending one:
 *  "signed the Kyoto Protocol" may be the agreement itself. */
const AMENDMENT = String.raw`(?:amendments?|enmiendas?|amendements?|\p{L}*änderung\p{L}*|поправк\p{L}*|تعديلات?)`;
const PROTOCOL = `(?:${PROTOCOL_WORDS})`;
const INDEFINITE = String.raw`(?:an?|un|una|une|einen?|eines)\s+(?:\p{L}+\s+)?`;
const AMENDING = String.raw`(?:amend\p{L}*|modif\p{L}*|\p{L}*änder\p{L}*|изменени\p{L}*|تعديل\p{L}*)`;
const OTHER_PROTOCOL = String.raw`(?:${AMENDMENT}|${INDEFINITE}${PROTOCOL}|${AMENDING}\s+${PROTOCOL}|${PROTOCOL}(?:\s+\p{L}+){0,2}\s+${AMENDING})`;
/** A document signed on the side, not the agreement: a memorandum, a joint communiqué, a letter (never a
 *  declaration or a statement, which an agreement may itself be). */
const SIDE_DOCUMENT = String.raw`(?:memorand\p{L}*|communiqu\p{L}*|comunicado|kommuniqu\p{L}*|letters?|lettres?|cartas?|меморандум\p{L}*|коммюнике|مذكرة)`;
/** The side document as the sign verb's object: with an indefinite article within the clause ("firmó además el
 *  domingo en Nadi un comunicado conjunto"), or after "also" in a language without articles ("подписали также
 *  меморандум", "وقعا أيضا مذكرة تفاهم"). */
const SIDE_AFTER = new RegExp(
  String.raw`^(?:[^.;:!?]{0,50}?(?<![\p{L}])(?:an?|un|una|une|einen?|eine)\s+(?:\p{L}+\s+){0,2}|\s+(?:также|أيضا|أيضاً)\s+)${SIDE_DOCUMENT}(?![\p{L}])`,
  'iu',
);
/** The protocol on the exchange of instruments of ratification, signed where they are exchanged ("signed the
 *  protocol on the exchange at a ceremony in Beijing", "firmaron en Lautoka el protocolo de canje"): a step of
 *  ratification, not the agreement's signature. */
const EXCHANGE = String.raw`(?:exchang\p{L}*|обмен\p{L}*|\p{L}*austausch\p{L}*|échang\p{L}*|canje|intercambio|تبادل)`;
const EXCHANGE_PROTOCOL = String.raw`${PROTOCOL}(?:\s+\p{L}+){0,3}?\s+${EXCHANGE}(?![\p{L}])`;
/** The exchange protocol as the object in the verb's clause (no comma between). */
const EXCHANGE_AFTER = new RegExp(String.raw`^[^.;:!?,]{0,40}?(?<![\p{L}])${EXCHANGE_PROTOCOL}`, 'iu');
const EXCHANGE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${EXCHANGE_PROTOCOL}(?:\s+\p{L}+){0,4}\s*,?\s*$`, 'iu');
const PROTOCOL_AFTER = new RegExp(String.raw`^\s+(?:(?:the|el|la|le|das|die)\s+)?${OTHER_PROTOCOL}(?![\p{L}])`, 'iu');
const PROTOCOL_BEFORE = new RegExp(String.raw`(?<![\p{L}])${OTHER_PROTOCOL}\s*,?\s*$`, 'iu');
/** A place after a preposition or after "visit to": capitalized words, hyphens allowed (Port-au-Prince, Aix-la-Chapelle, Нью-Йорке);
 *  in German also after "im" and an adjective of its region ("im schottischen Dunmore"); and a settlement named
 *  after its kind ("в греческой деревне Псарадес", "in the lakeside village of Psarades", "im Dorf Psarades"). */
const PLACE =
  /(?:(?<![\p{L}])(?:in|at|visit to|в|во|zu|à|en|im\s+\p{Ll}+ischen)\s+(?:(?:the|a|an|el|la|le|dem|der)\s+)?(?:(?:\p{Ll}+\s+)?(?:village|town|city|resort|деревне|селе|посёлке|поселке|городе|Dorf|Ort|Stadt|pueblo|aldea|ciudad)\s+(?:of\s+|de\s+|d['’])?)?)(\p{Lu}[\p{L}'’.]*(?:(?:[ -]|-(?:la|le|les|de|du|des|au|aux|sur|en|on|upon|am|an|der|di|del)-)\p{Lu}[\p{L}'’]*){0,3})/gu;
/** A new clause between the verb and a place: the place belongs to that clause ("signed a treaty that commits … in the Strait"). */
const CLAUSE_BREAK = /(?<![\p{L}])(?:that|which|who|if|when|whether|because|while|where|который|которая|которое|если|wenn|falls|qui|que|si)(?![\p{L}])/iu;
/** "in the English and French languages": the capitalized words name languages, not a place. */
const LANGUAGE_AFTER = /^\s*(?:(?:and|,)\s+\p{Lu}\p{L}*\s+)?(?:languages?|языках?|sprachen?|langues?)(?![\p{L}])/u;
/** "in the Czechoslovak capital": the capitalized word is a state's adjective, not the place. */
const CAPITAL_AFTER = /^\s*(?:capital|Hauptstadt|capitale|столиц\p{L}*)(?![\p{L}])/iu;
/** Capitalized words after "in"/"at" that are not places. */
const NOT_PLACE = new RegExp(
  [
    String.raw`^(?:January|February|March|April|May|June|July|August|September|October|November|December`,
    String.raw`|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`,
    String.raw`|Article|The|This|Accordance|Kraft|Artikel|Статье|Статья|Силу|Vigor`,
    // Organisations whose seat is a building, not the city that the place names ("at the U.N. in New York")
    String.raw`|U\.?N\.?|United Nations|UNO|ONU|ООН|NATO|OTAN|НАТО|OSCE|EU|UE)(?![\p{L}])`,
  ].join(''),
  'iu',
);
/** How far (characters) from the verb a date or place may be to belong to it. */
const REACH = 130;
/** Signing dates this many years apart from the majority are another instrument's signature. */
export const OTHER_INSTRUMENT_YEARS = 5;

export interface SigningEvidence {
  dates: Vote[];
  places: Vote[];
  /** Signatures of another instrument (dated years away from this one): related instruments. */
  otherInstrument: { claim: Claim; date: string; place: string | null }[];
}

/** How far around a sign verb its object may be: "signed the law", "the law … Putin signed". */
const OBJECT_REACH = 50;
/** A law, decree or instrument of ratification near the sign verb: what it signs is that document. */
const signsOtherDocument = (text: string, m: RegExpMatchArray) =>
  OTHER_DOCUMENT.test(text.slice(Math.max(0, m.index! - OBJECT_REACH), m.index! + m[0].length + OBJECT_REACH));
/** The text reports the signature of an agreement by some sign verb with no other document near it: "Договор был
 *  подписан в Вашингтоне … и вступил в силу … после обмена ратификационными грамотами" signs the treaty; its
 *  instruments are another clause's. */
export const reportsSigning = perText((text: string) => [...text.matchAll(SIGN_VERB)].some((m) => !signsOtherDocument(text, m)));

/** A run's claims that report a signature, and the date and place each gives it (headlines left out: they
 *  restate the body, often without a date). */
export const signingIn = perObject((run: Run) => {
  const reports = run.claims.filter((c) => reportsSigning(c.text));
  const given: { claim: Claim; date: string | null; place: string | null }[] = [];
  for (const c of reports) {
    if (c.kind === 'heading') continue;
    const { verbs, final, place } = signingWords(c.text);
    if (!verbs.length) continue;
    const date = readingsDate(
      c,
      nearest(
        c.dates.map((d) => ({ at: d.start, value: d.value })),
        verbs,
        final,
      ),
    );
    if (date || place) given.push({ claim: c, date, place });
  }
  return { reports, given };
});

/** The reading stage dated each verb of a claim (read/events): where it read a signature, the date nearest a
 *  sign verb stands only if it is that signature's, else the signature's own date, or none ("entered into force on
 *  Friday, a year after it was signed" gives the signature no date). Claims it read no signature in keep theirs. */
function readingsDate(c: Claim, near: string | null): string | null {
  const signatures = c.events?.filter((e) => e.step === 'signed');
  if (!signatures?.length) return near;
  const dates = signatures.flatMap((e) => (e.date ? [e.date] : []));
  if (!dates.length) return null;
  // A day the reading could not give a year ("--10-26") is the claim's date of that day.
  if (near && dates.some((d) => d === near || (d.startsWith('--') && near.endsWith(d.slice(1))))) return near;
  return dates.find((d) => /^\d{4}/.test(d)) ?? near;
}

/** A German participle or verb of signing, which ends its clause: what it signed, where and when come before it. */
const VERB_FINAL = /^(?:unterzeichne|unterschrieb)/iu;

/** Where a sentence's sign verbs are, and the place nearest them (once per sentence). */
const signingWords = perText((text: string) => {
  const matched = [...text.matchAll(SIGN_VERB)].filter(
    (m) =>
      !signsOtherDocument(text, m) &&
      !PROTOCOL_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) &&
      !PROTOCOL_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!)) &&
      !SIDE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 100)) &&
      !EXCHANGE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 120)) &&
      !EXCHANGE_BEFORE.test(text.slice(Math.max(0, m.index! - 80), m.index!)),
  );
  const verbs = matched.map((m) => m.index!);
  const ends = matched.map((m) => m.index! + m[0].length);
  const final = new Set(matched.filter((m) => VERB_FINAL.test(m[0])).map((m) => m.index!));
  const places = [...text.matchAll(PLACE)]
    .map((m) => ({ at: m.index!, end: m.index! + m[0].length, value: m[1].replace(/[.’']+$/u, '') }))
    .filter((p) => !NOT_PLACE.test(p.value) && !LANGUAGE_AFTER.test(text.slice(p.end, p.end + 40)) && !CAPITAL_AFTER.test(text.slice(p.end, p.end + 40)))
    .filter((p) => !verbs.some((v) => v < p.at && CLAUSE_BREAK.test(text.slice(v, p.at))));
  return { verbs, ends, final, place: nearest(places, verbs, final) };
});

/** A place as the gazetteer names it in English when it knows one city by that name ("в Пхеньяне" → Pyongyang,
 *  "the White House" → Washington), else as written. */
function placeName(written: string): string {
  const found = lookupPlace(written);
  if (found.length !== 1 || found[0].level !== 'city') return written;
  // The report's own spelling of the English name stays as written ("Montreal" is no misspelt "Montréal").
  return foldName(written) === foldName(found[0].english) ? written : found[0].english;
}

/** `excluded`: claims that name only other instruments, each with where it first names one: its signature
 *  counts only when told before that. `agreementKinds`: the kinds of document the agreement's names are of. */
export function signing(
  runs: Run[],
  excluded: Map<string, number>,
  sources: Record<string, string>,
  official: string | null,
  agreementKinds: Set<string> = new Set(),
): SigningEvidence {
  const dateBallots: (Ballot & { claimObj: Claim; place: string | null })[] = [];
  const placeBallots: Ballot[] = [];
  for (const run of runs) {
    for (const { claim: c, date, place } of signingIn(run).given) {
      if (excluded.has(c.id) && !signedBefore(c.text, date, excluded.get(c.id)!, c)) continue;
      // A declaration or a road map signed on the way to the agreement is another document ("sign the Nadi
      // Declaration"), unless the agreement is of that kind (./document-kinds.ts).
      if (signsOtherKind(c.text, signingWords(c.text).ends, agreementKinds)) continue;
      if (date) dateBallots.push({ value: date, claim: c.id, doc: c.doc, claimObj: c, place });
      if (place) placeBallots.push({ value: placeName(place), claim: c.id, doc: c.doc });
    }
  }
  // A date years away from the majority is another treaty's signature ("an international treaty was signed in 1949").
  const first = tallyDates(dateBallots, sources)[0];
  const year = first ? Number(first.value.slice(0, 4)) : NaN;
  const far = new Set(dateBallots.filter((b) => Math.abs(Number(b.value.slice(0, 4)) - year) >= OTHER_INSTRUMENT_YEARS).map((b) => b.claim));
  const otherInstrument = dateBallots.filter((b) => far.has(b.claim)).map((b) => ({ claim: b.claimObj, date: b.value, place: b.place }));
  const keep = <T extends Ballot>(bs: T[]) => bs.filter((b) => !far.has(b.claim)).map(({ value, claim, doc }) => ({ value, claim, doc }));
  const dates = officialFirst(tallyDates(keep(dateBallots), sources), official);
  // A place signed on another day, weeks from the agreement's, is another instrument's ("the Protocol …, which the
  // Allies signed in Brussels on 6 February 2019" in a report on an agreement signed in June 2018).
  const day = dates[0]?.value ?? null;
  // Only a day written out: one read from "on Wednesday" may be the report's, not the signature's.
  const written = (b: (typeof dateBallots)[number]) => b.claimObj.dates.some((d) => d.value === b.value && !d.relative);
  const otherDay = new Set(dateBallots.filter((b) => day && written(b) && daysApart(b.value, day) > SAME_CEREMONY_DAYS).map((b) => b.claim));
  const places = officialFirst(
    knownFirst(
      tally(
        keep(placeBallots).filter((b) => !otherDay.has(b.claim)),
        sources,
        samePlace,
        placeLabel,
      ),
    ),
    official,
  );
  return { dates, places, otherInstrument };
}

/** Days between two full dates; 0 when either is only a month or a year. */
function daysApart(a: string, b: string): number {
  if (a.length < 10 || b.length < 10) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Signing dates this close are one ceremony told with a slip (or across time zones). */
const SAME_CEREMONY_DAYS = 7;

/** Whether the claim's first sign verb, and the date it gives, come before `at`. */
function signedBefore(text: string, date: string | null, at: number, claim: Claim): boolean {
  const verb = signingWords(text).verbs[0];
  const written = claim.dates.find((d) => d.value === date);
  return verb !== undefined && verb < at && (!written || written.end <= at);
}

/** Whether a sentence has a sign verb whose object may be the agreement (not a protocol, a law or a memorandum). */
export const signsTheAgreement = (text: string) => reportsSigning(text) && signingWords(text).verbs.length > 0;

/** The value nearest a sign verb within reach, preferring what follows the verb (what precedes it, for a verb
 *  that ends its clause: `final`). */
function nearest(items: { at: number; value: string }[], verbs: number[], final: Set<number> = new Set()): string | null {
  let best: { d: number; value: string } | null = null;
  for (const it of items) {
    for (const v of verbs) {
      const d = it.at >= v ? it.at - v : (v - it.at) * (final.has(v) ? 1 : 2);
      if (d <= REACH && (!best || d < best.d)) best = { d, value: it.value };
    }
  }
  return best?.value ?? null;
}

/** One place written in two scripts or case forms ("Berlin", "Берлине"). */
export const samePlace = (a: string, b: string) => sameWord(a, b, 3);
/** A place's label: the Latin-script form written most often, else the most frequent form. */
function placeLabel(counts: Map<string, number>): string {
  const latin = new Map([...counts].filter(([v]) => /^[\p{Script=Latin}\s'’.-]+$/u.test(v)));
  return mostCounted(latin.size ? latin : counts);
}

/** Between places as many sources give, one the gazetteer knows before a name it does not (an exonym it lacks,
 *  a venue, a misreading): the known town is the likelier reading of the signature. */
function knownFirst(votes: Vote[]): Vote[] {
  const known = (v: Vote) => (lookupPlace(v.value).length ? 1 : 0);
  return [...votes].sort((a, b) => b.sources - a.sources || known(b) - known(a));
}

/** The official text's value is ground truth: its vote goes first whatever the count. */
function officialFirst(votes: Vote[], official: string | null): Vote[] {
  if (!official) return votes;
  const i = votes.findIndex((v) => v.docs.includes(official));
  return i <= 0 ? votes : [votes[i], ...votes.slice(0, i), ...votes.slice(i + 1)];
}
