// The agreement record: which agreement the pile is about (title, aliases), its parties, signature, article
// count, and the instruments it supersedes or relates to. Articles, obligations and lifecycle are added later.
import type { Agreement, Claim, DocumentRecord, ObligationKey } from '../../types.ts';
import { compatibleDates } from '../dates.ts';
import { claimsById, perObjectIn } from '../memo.ts';
import { idsByDoc, runsOf } from '../runs.ts';
import { articleCount } from './article-count.ts';
import { kindsOf } from './document-kinds.ts';
import { cluster, type Instrument, mainInstrument, relatedRefs, supersededRefs, unnamedSuperseded } from './instruments.ts';
import { isMultilateral } from './multilateral.ts';
import { parseOfficial } from './official.ts';
import { findParties, statesInNames } from './parties.ts';
import { namesIn, namingOnly, type ReadName } from './reading.ts';
import { signing, signingIn } from './signing.ts';
import { independentSources, mostCommon } from './sources.ts';
import { titleAndAliases } from './title.ts';
import type { DossierRecord } from './types.ts';

export const OBLIGATION_KEYS: ObligationKey[] = [
  'defense',
  'offense',
  'neutrality',
  'nonaggression',
  'consultation',
  'no_competing_commitments',
  'no_territory_use',
];

export function buildRecord(docs: DocumentRecord[], claims: Claim[]): DossierRecord | null {
  const sources = independentSources(docs);
  const official = parseOfficial(docs);
  const runs = runsOf(claims);
  const instruments = pileInstruments(claims, docs);
  const main = mainInstrument(instruments, sources, official?.doc ?? null);

  // Claims that name only earlier or superseded instruments are about them, not about this agreement. An
  // instrument old only by its dates, each the day the pile's reports sign on, is this one under another
  // language's name ("Der Vertrag über … war am 19. Januar 1960 … unterzeichnet worden" among anniversary pieces).
  // The pile's signing day is read first only for such an instrument: most piles have none (a server rebuilds the
  // record on every new report).
  const aged = instruments.some((i) => i !== main && i.aged && !i.superseded);
  const signedDay = aged ? (signing(runs, new Map(), sources, official?.doc ?? null).dates[0]?.value ?? null) : null;
  const sameDay = (i: Instrument) => i.aged && signedDay !== null && i.names.every((n) => !n.date || n.date === signedDay);
  const others = instruments.filter((i) => i !== main && (i.superseded || (i.earlier && !sameDay(i))));
  // A name belongs to the instrument of its key and year.
  const other = new Set(others.flatMap((i) => [...i.sigs]));
  const mainSigs = main?.sigs ?? new Set<string>();
  const sigs = { key: JSON.stringify([[...other].sort(), [...mainSigs].sort()]), other, main: mainSigs };
  const otherNamed: Claim[] = [];
  for (const run of runs) otherNamed.push(...namingOnly(run, sigs));
  const otherClaims = new Set(otherNamed.map((c) => c.id));
  const kinds = kindsOf([...(main?.names ?? []).map((n) => n.text), official?.title ?? '']);
  const sign = signing(runs, otherNamesStart(runs, otherClaims, sigs.other), sources, official?.doc ?? null, kinds);
  const signedDate = sign.dates[0]?.value ?? null;
  if (!main && !sign.dates.length && !sign.places.length) return null;

  const lang = new Map(docs.map((d) => [d.id, d.language]));
  const mainLang = majority((main?.names ?? []).map((n) => lang.get(n.doc) ?? null));
  const prefer = (doc: string) => (doc === official?.doc ? 8 : 0) + (lang.get(doc) === mainLang ? 3 : 0);
  const aliasNames = main
    ? instruments
        .filter((i) => i !== main && !i.superseded && !i.earlier && !i.framework)
        .flatMap((i) => aliasNamesOf(i, (doc) => lang.get(doc) ?? null, mainLang, signedDate))
    : [];
  const { title, between, aliases } = main ? titleAndAliases(main, aliasNames, official, sources) : { title: 'Agreement', between: null, aliases: [] };
  const mainNames = [...(main?.names ?? []), ...aliasNames];
  const treatyClaims = () => {
    const ids = new Set(mainNames.map((n) => n.claim));
    for (const run of runs) for (const c of signingIn(run).reports) ids.add(c.id);
    return ids;
  };
  const multilateral = !between && isMultilateral(claims, sources);
  // A multilateral agreement's parties are the states reported joining it, known only once its lifecycle is read.
  const { parties, names: partyNames } = multilateral
    ? { parties: [], names: {} }
    : findParties(runs, between, treatyClaims, sources, statesInNames(mainNames, claimsById(claims)));
  const counts = articleCount(runs, otherClaims, sources, official);
  const signedClaims = [...new Set([...(sign.dates[0]?.claims ?? []), ...(sign.places[0]?.claims ?? [])])];
  const replaced = supersededRefs(instruments, prefer, signedDate, sign.otherInstrument);
  const supersedes = [...replaced, ...unnamedSuperseded(runs, replaced)];

  const agreement: Agreement = {
    id: 'a1',
    title,
    aliases,
    parties,
    ...(multilateral ? { multilateral } : {}),
    signed: { date: signedDate, place: sign.places[0]?.value ?? null, claims: signedClaims },
    article_count: counts[0] ? Number(counts[0].value) : null,
    articles: [],
    obligations: Object.fromEntries(OBLIGATION_KEYS.map((k) => [k, { value: null }])) as Agreement['obligations'],
    lifecycle: [],
    expected: [],
    duration: { kind: null, years: null, renewal_years: null, notice: null, claims: [] },
    supersedes,
    related: relatedRefs(
      instruments,
      // A signing on the day a replaced instrument was signed is that instrument's, in whatever language it is named.
      sign.otherInstrument.filter((s) => !supersedes.some((r) => r.date === s.date)),
      prefer,
    ),
  };
  return {
    agreement,
    official,
    alignments: [],
    evidence: { signedDate: sign.dates, signedPlace: sign.places, articleCount: counts },
    sources,
    partyNames,
    otherInstrumentClaims: [...otherClaims],
    otherInstrumentByDoc: idsByDoc(otherNamed),
  };
}

/** Where each claim that names only other instruments first names one (an offset in its text): a signature
 *  told before that is still this agreement's ("The agreement, signed in Suva on 4 March, replaces the 1987
 *  treaty"). */
function otherNamesStart(runs: ReturnType<typeof runsOf>, ids: Set<string>, other: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const run of runs) {
    for (const x of namesIn(run).claims) {
      if (ids.has(x.claim.id)) out.set(x.claim.id, Math.min(...x.names.filter((n) => other.has(n.sig)).map((n) => n.start)));
    }
  }
  return out;
}

/** Names of another cluster that name this agreement: a nickname, a title in another language than the main
 *  name's, or a (singular) name used when reporting its signature on its date or undated. */
function aliasNamesOf(i: Instrument, lang: (doc: string) => string | null, mainLang: string | null, signedDate: string | null): ReadName[] {
  const singular = i.names.filter((n) => !n.plural);
  if (i.nickname) return singular;
  if (singular.some((n) => n.form !== 'descriptive') && i.names.every((n) => lang(n.doc) !== mainLang)) return singular;
  return singular.filter((n) => {
    if (!n.signs) return false;
    const { dates } = n.source;
    return dates.length === 0 || (!!signedDate && dates.some((d) => compatibleDates(signedDate, d.value)));
  });
}

function majority(xs: (string | null)[]): string | null {
  const present = xs.filter((x): x is string => !!x);
  return present.length ? mostCommon(present) : null;
}

/** The year the pile's reports were typically written (the median of their years; without any, the newest date
 *  a claim gives): what "earlier" is measured against. The median, not the newest: an anniversary piece written
 *  decades later must not make the agreement the other reports cover an earlier instrument. */
function pileYear(docs: DocumentRecord[], claims: Claim[]): number | null {
  const years = docs
    .map((d) => Number(d.published?.slice(0, 4)) || 0)
    .filter((y) => y > 0)
    .sort((a, b) => a - b);
  if (years.length) return years[Math.floor((years.length - 1) / 2)];
  let newest = 0;
  for (const c of claims) for (const d of c.dates) newest = Math.max(newest, Number(d.value.slice(0, 4)) || 0);
  return newest || null;
}

/** The instruments a pile names, clustered once per pile: the record and the split (../split) both read them.
 *  Shared: read only. */
export const pileInstruments = perObjectIn(
  (claims: Claim[], docs: DocumentRecord[]): Instrument[] =>
    cluster(
      runsOf(claims).map((run) => namesIn(run).byOrder),
      pileYear(docs, claims),
    ),
  (a, b) => a === b,
);
