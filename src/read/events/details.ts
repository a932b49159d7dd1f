// The details an event verb carries in its claim: the bill's reference number, the place, the condition of an
// expectation.
import type { Claim } from '../../types.ts';
import { matchesOf, rx, rxAny } from './regex.ts';
import type { Guards } from './types.ts';

/** "Draft law No. 1234-8", "Gesetzentwurf Nr. 20/456", "законопроект № 1234-8", "projet de loi n° 12". */
const BILL = String.raw`(?:bill|draft\s+law|draft|law|законопроект\w*|проект\w*\s+закона|Gesetzentwurf\w*|Drucksache|projet\s+de\s+loi|proyecto\s+de\s+ley)`;
const NUMBER_MARK = String.raw`(?:No\.?|Nr\.?|№|n[°o]\.?|núm\.?|number|#)`;
const BILL_REF = rx(String.raw`\b${BILL}\s*${NUMBER_MARK}\s*(\d[\d/.-]*\d|\d)`, 'giu');
/** What every bill reference contains (a number sign and its number): a cheap test first. */
const NUMBER_SIGN = /(?:no|nr|№|n°|núm|number|#)\.?\s*\d/iu;
/** How far around a claim the reference may sit: a segmenter may cut "Draft law No." from its number. */
const REF_REACH = 30;

/** The bill reference in or around a claim (the body text across a cut after "No." counts). */
export function billRef(claim: Pick<Claim, 'start' | 'end'>, body: string): string | null {
  const from = Math.max(0, claim.start - REF_REACH);
  const window = body.slice(from, Math.min(body.length, claim.end + REF_REACH));
  if (!NUMBER_SIGN.test(window)) return null;
  for (const m of matchesOf(BILL_REF, window)) {
    const start = from + m.start;
    const end = from + m.end;
    if (start < claim.end && claim.start < end) return m.groups[0] ?? null;
  }
  return null;
}

/** Names after "in"/"at" that are dates, not places. */
const NOT_A_PLACE = rxAny(
  [
    String.raw`^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`,
    String.raw`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
    String.raw`^(?:Januar|Februar|März|Juni|Juli|Oktober|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b`,
    String.raw`^(?:Article|Artikel|Artículo|The|This|That|Its|Their|Accordance)\b`,
    // An organisation whose seat is a building: the city named after it is the place ("at UN headquarters in New York").
    String.raw`^(?:U\.?N\.?|United\s+Nations|UNO|ONU|ООН|NATO|OTAN|НАТО|OSCE|EU|UE)(?![\p{L}])`,
  ],
  'iu',
);
/** How far after an event verb its place may be named ("signed by A and B on 3 May 2020, in Vienna"). */
const PLACE_REACH = 120;

/** A new clause after a comma ("…, the mood in Vienna was …"): a place there is not the event's. */
const CLAUSE_BREAK = rx(
  String.raw`,\s+(?:the|a|an|and|but|while|when|which|who|as|и|а|но|котор\w+|und|aber|der|die|das|während|et|mais|le|la|les|qui|y|pero|el|los|las|que)\s`,
  'iu',
);

/** Words of a building or hall: a venue, which the city named right after it locates ("at Prague Castle in Prague",
 *  "в Пражском Граде в Праге", "au palais de l'Élysée, à Paris"). Word stems, matched anywhere in the name. */
const VENUE = rxAny(
  [
    String.raw`\b(?:Castle|Palace|Kremlin|House|Hall|Hotel|Cent(?:re|er)|Building|Headquarters)\b`,
    // German compounds: "Krönungssaal", "Rathauses", "Schloss Bellevue".
    String.raw`\b\w*(?:schloss|palast|saal|rathaus)\w*`,
    String.raw`\b(?:Palais|Château|Hôtel|Élysée)\b`,
    String.raw`\b(?:Palacio|Castillo|Casa|Centro|Edificio|Sede)\b`,
    String.raw`\b(?:Кремл|Дворц|Дворе|Град|Зал|Доме)`,
    String.raw`(?<![\p{L}])(?:قصر|مقر|مبنى)`,
  ],
  'iu',
);
/** Between a venue and the city that follows it: spaces and a comma. */
const VENUE_TO_CITY = /^[\s,]*$/u;

export function placeAfter(text: string, from: number, until: number, guards: Guards): string | null {
  let region = text.slice(from, Math.min(until, from + PLACE_REACH));
  const cut = CLAUSE_BREAK.exec(region);
  if (cut) region = region.slice(0, cut.index);
  const found = matchesOf(guards.place, region)
    .map((m) => ({ ...m, name: (m.groups[0] ?? '').trim() }))
    .filter((m) => m.name && !NOT_A_PLACE.test(m.name));
  const [first, next] = found;
  if (first && next && VENUE.test(first.name) && VENUE_TO_CITY.test(region.slice(first.end, next.start))) return next.name;
  return first?.name ?? null;
}

/** Where a condition ends: the clause's end, or a new verb phrase ("… and will remain in force", "unless …"). */
const CONDITION_END = rx(
  String.raw`[.;]|,\s|\s(?:and|und|и|et|y)\s+(?:will|would|shall|будет|wird|sera|será)\b|\s(?:unless|если|sofern|à\s+moins|salvo|a\s+menos)\b`,
  'iu',
);
/** Words of the cue itself that a German or Russian verb bracket leaves after the condition. */
const CUE_TAIL = rx(String.raw`\s+(?:in\s+Kraft|into\s+force|в\s+силу|en\s+vigueur|en\s+vigor)\b.*$`, 'iu');

/** The condition of an expectation: "after the sides exchange ratification documents", "upon ratification". */
export function conditionOf(text: string, start: number, end: number, guards: Guards): string | null {
  const after = text.slice(end);
  const m = guards.conditionStart.exec(after);
  if (m) return clip(after.slice(m.index));
  // A verb bracket holds the condition inside: "tritt am dreißigsten Tag nach dem Austausch … in Kraft".
  const inner = text.slice(start, end).replace(/^\S+\s+/u, '');
  const n = unanchored(guards.conditionStart).exec(inner);
  return n ? clip(inner.slice(n.index).replace(CUE_TAIL, '')) : null;
}

const UNANCHORED = new WeakMap<RegExp, RegExp>();
/** A condition's start anywhere in a text, not only at its beginning (compiled once per language). */
function unanchored(start: RegExp): RegExp {
  let re = UNANCHORED.get(start);
  if (!re) UNANCHORED.set(start, (re = new RegExp(start.source.replace(/^\^\\s\*/, ''), 'iu')));
  return re;
}

function clip(s: string): string | null {
  const stop = CONDITION_END.exec(s);
  const out = (stop ? s.slice(0, stop.index) : s).trim();
  return out.length > 2 ? out : null;
}
