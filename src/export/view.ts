// Presentation facts every human-readable exporter shares: labels, dates, the status line, misstatements.
// Pure derivations of a Dossier, so Markdown, HTML and ClaimReview always tell the same story.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type {
  Agreement,
  Claim,
  Conflict,
  ConflictValue,
  DocumentMeta,
  DocumentRecord,
  Dossier,
  FactStanding,
  FactStatus,
  LifecycleEvent,
  LifecycleStep,
  ObligationKey,
  RuleBasis,
  ScheduledDate,
  SourceType,
  Support,
  Totals,
} from '../types.ts';

countries.registerLocale(en);

/** Step names as a reader says them (Vienna Convention / UN Treaty Collection vocabulary). */
export const STEP_LABELS: Record<LifecycleStep, string> = {
  signed: 'Signed',
  'submitted-for-ratification': 'Submitted for ratification',
  'approved-by-legislature': 'Approved by legislature',
  ratified: 'Ratified',
  'instruments-exchanged': 'Instruments exchanged',
  'entered-into-force': 'Entered into force',
  'provisionally-applied': 'Provisionally applied',
  amended: 'Amended',
  extended: 'Extended',
  suspended: 'Suspended',
  terminated: 'Terminated',
  denounced: 'Denounced',
  expired: 'Expired',
};

/** ATOP obligations in the order analysts read them: the alliance core first. */
export const OBLIGATIONS: { key: ObligationKey; label: string; gloss: string }[] = [
  { key: 'defense', label: 'Defense', gloss: 'aid if a party is attacked' },
  { key: 'offense', label: 'Offense', gloss: 'joint offensive action' },
  { key: 'neutrality', label: 'Neutrality', gloss: 'stay out of a conflict the other party is in' },
  { key: 'nonaggression', label: 'Non-aggression', gloss: 'no use of force against each other' },
  { key: 'consultation', label: 'Consultation', gloss: 'consult in a crisis' },
  { key: 'no_competing_commitments', label: 'No competing commitments', gloss: 'no alliances against the other party' },
  { key: 'no_territory_use', label: 'No territory use', gloss: "no territory lent to the other party's enemies" },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2031-03-14" → "14 Mar 2031"; partial dates keep their precision; anything else is shown as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Party code → name: ISO 3166-1 codes get their English name; other values are names as the source wrote them. */
export function partyName(code: string | null): string {
  if (!code) return 'All parties';
  return (/^[A-Z]{2}$/.test(code) && countries.getName(code, 'en', { select: 'official' })) || code;
}

/** How a document is named in prose: its outlet, else its title, else its file. */
export function docLabel(doc: DocumentRecord | undefined): string {
  if (!doc) return 'unknown source';
  return doc.outlet || doc.title || doc.file;
}

export interface Lookup {
  claim(id: string): Claim | undefined;
  doc(id: string): DocumentRecord | undefined;
}

export function lookup(d: Dossier): Lookup {
  const claims = new Map(d.claims.map((c) => [c.id, c]));
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  return { claim: (id) => claims.get(id), doc: (id) => docs.get(id) };
}

/** Dates compare as strings once padded; a partial date sorts at the start of its period. */
function dateKey(date: string | null): string {
  return date ? date.padEnd(10, '-') : '';
}

/** The latest dated lifecycle event (ties: the later in the list, which is in time order); undated only if none is dated. */
export function latestEvent(a: Agreement): LifecycleEvent | null {
  let best: LifecycleEvent | null = null;
  for (const e of a.lifecycle) {
    if (!best || dateKey(e.date) >= dateKey(best.date)) best = e;
  }
  return best;
}

/** Steps after which the agreement no longer binds (or not fully), overriding "in force". */
const ENDING_STEPS: LifecycleStep[] = ['suspended', 'terminated', 'denounced', 'expired'];

/** One line a reader needs first: is it in force, and what happened last. */
export function statusHeadline(a: Agreement): { headline: string; tone: 'ok' | 'pending' | 'ended' | 'unknown' } {
  const latest = latestEvent(a);
  if (!latest) return { headline: 'No lifecycle event reported', tone: 'unknown' };
  if (ENDING_STEPS.includes(latest.step)) return { headline: STEP_LABELS[latest.step], tone: 'ended' };
  if (a.lifecycle.some((e) => e.step === 'entered-into-force')) return { headline: 'In force', tone: 'ok' };
  if (a.lifecycle.some((e) => e.step === 'provisionally-applied')) return { headline: 'Provisionally applied, not yet in force', tone: 'pending' };
  return { headline: 'Not yet in force', tone: 'pending' };
}

/** A step's name, saying when it was taken on a protocol of the agreement rather than on the agreement itself. */
export function stepLabel(e: Pick<LifecycleEvent, 'step' | 'of'>): string {
  return `${STEP_LABELS[e.step]}${e.of === 'protocol' ? ' (protocol)' : ''}`;
}

/** "Ratified by Aurelia (President), 28 Nov 2030": one event as a sentence. */
export function describeEvent(e: LifecycleEvent, withParty = true): string {
  const who = e.party && withParty ? ` by ${partyName(e.party)}` : '';
  const body = e.body ? ` (${e.body})` : '';
  const ref = e.ref ? `, ref. ${e.ref}` : '';
  const place = e.place ? ` in ${e.place}` : '';
  return `${stepLabel(e)}${who}${body}${place}${ref}, ${formatDate(e.date)}`;
}

/** Source types in the order the filter and the badges list them (the spec's `source_type` values). */
export const SOURCE_TYPES: readonly SourceType[] = ['state-media', 'government', 'wire', 'press', 'research'];

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'state-media': 'state media',
  government: 'government',
  wire: 'wire',
  press: 'press',
  research: 'research',
};

/** A document's source badge: "state media · RU", "wire"; null when nothing shows who publishes it. */
export function sourceTypeLabel(doc: Partial<Pick<DocumentMeta, 'source_type' | 'source_state'>> | undefined): string | null {
  const type = doc?.source_type;
  if (!type || !(type in SOURCE_TYPE_LABELS)) return null;
  return doc.source_state ? `${SOURCE_TYPE_LABELS[type]} · ${doc.source_state}` : SOURCE_TYPE_LABELS[type];
}

/** The badge's tooltip: the words or the address that decided the type, and the state named in full. */
export function sourceTypeTitle(doc: Partial<Pick<DocumentMeta, 'source_type' | 'source_state' | 'source_evidence'>> | undefined): string {
  const state = doc?.source_state ? `${partyName(doc.source_state)}; ` : '';
  return `${state}${doc?.source_evidence || 'nothing in the report shows who publishes it'}`;
}

export const STATUS_LABELS: Record<FactStatus, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  disputed: 'Disputed',
  unknown: 'Unknown',
};

/** "2 of 3 independent": K independent sources among the N reports that state a fact; "no report" for none. */
export function supportLabel(s: Support | undefined): string | null {
  if (!s) return null;
  if (!s.reports) return 'no report';
  return `${s.independent} of ${s.reports} independent`;
}

/** "Confirmed · 2 of 3 independent": a fact's status and support in words; null before the fact was judged. */
export function standingLabel(f: FactStanding | undefined): string | null {
  if (!f?.status && !f?.support) return null;
  return [f.status ? STATUS_LABELS[f.status] : null, supportLabel(f.support)].filter(Boolean).join(' · ');
}

/** What each date of an agreement's schedule is. */
export const SCHEDULE_LABELS: Record<ScheduledDate['what'], string> = {
  expiry: 'Term ends',
  renewal: 'Renewed',
  'notice-deadline': 'Last day for notice',
  'withdrawal-effective': 'Withdrawal takes effect',
};

/** The rule behind a projected date: its offset and, quoted, the words that state it. */
export function ruleLabel(rule: RuleBasis | undefined): string {
  if (!rule) return 'computed from the agreement’s own rule';
  const words = rule.text.replace(/\s+/g, ' ').trim();
  return `${rule.offset}${words && words !== rule.offset ? ` («${words}»)` : ''}`;
}

/** Steps in the order a treaty goes through them, to tell how far a party has come whatever the dates say. */
const STEP_RANK: LifecycleStep[] = [
  'signed',
  'submitted-for-ratification',
  'approved-by-legislature',
  'ratified',
  'instruments-exchanged',
  'provisionally-applied',
  'entered-into-force',
  'amended',
  'extended',
  'suspended',
  'terminated',
  'denounced',
  'expired',
];

/** Each party's furthest step (its own events; ties go to the later date), so the summary shows who still has to act. */
export function partyProgress(a: Agreement): { party: string; event: LifecycleEvent | null }[] {
  const further = (x: LifecycleEvent, y: LifecycleEvent) => {
    const rank = STEP_RANK.indexOf(y.step) - STEP_RANK.indexOf(x.step);
    return rank > 0 || (rank === 0 && dateKey(y.date) >= dateKey(x.date)) ? y : x;
  };
  return a.parties.map((party) => {
    const own = a.lifecycle.filter((e) => e.party === party);
    return { party, event: own.length ? own.reduce(further) : null };
  });
}

/** What the pile holds: a capped dossier (src/pipeline/compact.ts) lists only the documents and claims its
 *  facts cite and counts the whole pile in `totals`; `listed` says when some were left out. */
export function pileSize(d: Dossier): { documents: number; claims: number; misstating: number | null; listed: boolean } {
  const totals = (d as { totals?: Totals }).totals;
  if (!totals) return { documents: d.documents.length, claims: d.claims.length, misstating: null, listed: true };
  return { ...totals, listed: totals.documents === d.documents.length };
}

/** "1 conflict", "2 conflicts". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Values compare without case and surrounding space ("Article 4" and "article 4 " are one claim). */
function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export interface Misstatement {
  conflict: Conflict;
  value: ConflictValue;
  doc: DocumentRecord;
  /** The value's claims that sit in this document (may be empty when only the document is known). */
  claims: Claim[];
}

/** The agreement a conflict is about, named only when the pile covers several (a split pile tags each one). */
export function conflictAgreement(d: Pick<Dossier, 'agreements'>, c: Conflict): string | null {
  if (d.agreements.length < 2 || !c.agreement) return null;
  const a = d.agreements.find((x) => x.id === c.agreement);
  return a ? (a.aliases[0] ?? a.title) : null;
}

/** Sources shown per side of a conflict (and entries per outlet) before "and N more": a reader compares the
 *  sides; a pile of 10,000 reports must not turn one conflict into thousands of quotes. */
export const SHOWN_SOURCES = 8;

/** "A, B, C and 4 others" from a list that may hold thousands of names. */
export function nameList(names: string[], max = SHOWN_SOURCES): string {
  const unique = [...new Set(names)];
  if (unique.length <= max) return unique.join(', ');
  return `${unique.slice(0, max).join(', ')} and ${plural(unique.length - max, 'other')}`;
}

/** A fact's claims grouped by their document (one pass, whatever the number of sources). */
export function claimsPerDoc(look: Lookup, ids: readonly string[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const id of ids) {
    const c = look.claim(id);
    if (!c) continue;
    const list = out.get(c.doc);
    if (list) list.push(c);
    else out.set(c.doc, [c]);
  }
  return out;
}

/** Every document whose value contradicts a conflict's resolution, one entry per document and conflict. */
export function misstatements(d: Dossier): Misstatement[] {
  const look = lookup(d);
  const out: Misstatement[] = [];
  for (const conflict of d.conflicts) {
    if (!conflict.resolved) continue;
    // misstated_by, when given, is the resolver's own verdict on which documents are wrong.
    const flagged = conflict.misstated_by ? new Set(conflict.misstated_by) : null;
    for (const value of conflict.values) {
      if (isResolvedValue(conflict, value)) continue;
      const perDoc = claimsPerDoc(look, value.claims);
      for (const id of value.docs) {
        const record = look.doc(id);
        if (record && (!flagged || flagged.has(id))) out.push({ conflict, value, doc: record, claims: perDoc.get(id) ?? [] });
      }
    }
  }
  return out;
}

/** Claims grouped by document id, in claim order (one pass: a pile can hold 10,000 documents). */
export function claimsByDoc(d: Dossier): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of d.claims) {
    const list = out.get(c.doc);
    if (list) list.push(c);
    else out.set(c.doc, [c]);
  }
  return out;
}

/** Opinion passages grouped by their document, in document order. */
export function opinionsByDoc(d: Dossier): { doc: DocumentRecord; claims: Claim[] }[] {
  const byDoc = claimsByDoc(d);
  return d.documents.map((doc) => ({ doc, claims: (byDoc.get(doc.id) ?? []).filter((c) => c.kind === 'opinion') })).filter((g) => g.claims.length > 0);
}

/** Only the date part of the dossier's generation time, for publication fields. */
export function generatedDate(d: Dossier): string {
  return d.generated.slice(0, 10);
}

/** A conflict value as a reader expects it: "Article 4" rather than "4", "12 Sep 2030" rather than "2030-09-12". */
export function valueLabel(c: Conflict, value: string): string {
  if (c.slot === 'article' && /^\d+$/.test(value.trim())) return `Article ${value.trim()}`;
  if (c.slot === 'date' && /^\d{4}(-\d{2}){0,2}$/.test(value.trim())) return formatDate(value.trim());
  return value;
}

/** True when this value is the one the conflict was resolved to. */
export function isResolvedValue(c: Conflict, value: ConflictValue): boolean {
  return !!c.resolved && same(c.resolved.value, value.value);
}

export interface Unsupported {
  event: LifecycleEvent & { reason: string };
  doc: DocumentRecord;
  claims: Claim[];
}

/** Each document asserting a disputed lifecycle event (one source against all other evidence). */
export function unsupported(d: Dossier): Unsupported[] {
  const look = lookup(d);
  return d.agreements.flatMap((a) =>
    (a.disputed_events ?? []).flatMap((event) => {
      const perDoc = claimsPerDoc(look, event.claims);
      return event.docs.flatMap((id) => {
        const record = look.doc(id);
        return record ? [{ event, doc: record, claims: perDoc.get(id) ?? [] }] : [];
      });
    }),
  );
}

/** A list item's bullet or number is layout, not part of what the source says. */
const LIST_MARKER = /^\s*(?:[-–—•*·▪]|\d{1,3}[.)])\s+/;

/** A claim's words as a quotation: whitespace folded, list marker dropped. */
export function quoteText(c: Claim): string {
  return c.text.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '');
}
