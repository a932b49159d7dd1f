// The agreement record: which agreement the pile is about (title, aliases), its parties, signature, article
// count, and the instruments it supersedes or relates to. Articles, obligations and lifecycle are added later.
import type { Agreement, Claim, DocumentRecord, ObligationKey } from '../../types.ts';
import { articleCount } from './article-count.ts';
import { cluster, type Instrument, isPlural, mainInstrument, relatedRefs, supersededRefs, unnamedSuperseded } from './instruments.ts';
import { findNames, type NameMention } from './names.ts';
import { parseOfficial } from './official.ts';
import { findParties } from './parties.ts';
import { reportsSigning, signing } from './signing.ts';
import { independentSources, mostCommon } from './sources.ts';
import { titleAndAliases } from './title.ts';
import type { DossierRecord } from './types.ts';

export const OBLIGATION_KEYS: ObligationKey[] = ['defense', 'offense', 'neutrality', 'nonaggression', 'consultation', 'no_competing_commitments', 'no_territory_use'];

export function buildRecord(docs: DocumentRecord[], claims: Claim[]): DossierRecord | null {
  const sources = independentSources(docs);
  const official = parseOfficial(docs);
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const names = claims.flatMap((c) => findNames(c));
  const instruments = cluster(names, claimsById, newestYear(docs, claims));
  const main = mainInstrument(instruments, sources, official?.doc ?? null);

  // Claims that name only earlier or superseded instruments are about them, not about this agreement.
  const others = instruments.filter((i) => i !== main && (i.superseded || i.earlier));
  const otherNames = new Set(others.flatMap((i) => i.names));
  const mainSet = new Set(main?.names ?? []);
  const namesOf = new Map<string, NameMention[]>();
  for (const n of names) namesOf.set(n.claim, [...(namesOf.get(n.claim) ?? []), n]);
  const otherClaims = new Set(
    [...namesOf].filter(([, inClaim]) => inClaim.some((n) => otherNames.has(n)) && !inClaim.some((n) => mainSet.has(n))).map(([id]) => id),
  );
  const sign = signing(claims, otherClaims, sources, official?.doc ?? null);
  const signedDate = sign.dates[0]?.value ?? null;
  if (!main && !sign.dates.length && !sign.places.length) return null;

  const lang = new Map(docs.map((d) => [d.id, d.language]));
  const mainLang = majority((main?.names ?? []).map((n) => lang.get(n.doc) ?? null));
  const prefer = (doc: string) => (doc === official?.doc ? 8 : 0) + (lang.get(doc) === mainLang ? 3 : 0);
  const aliasNames = main
    ? instruments.filter((i) => i !== main && !i.superseded && !i.earlier).flatMap((i) => aliasNamesOf(i, (doc) => lang.get(doc) ?? null, mainLang, claimsById, signedDate))
    : [];
  const { title, between, aliases } = main ? titleAndAliases(main, aliasNames, official, sources) : { title: 'Agreement', between: null, aliases: [] };
  const mainNames = [...(main?.names ?? []), ...aliasNames];
  const treatyClaims = new Set([...mainNames.map((n) => n.claim), ...claims.filter((c) => reportsSigning(c.text)).map((c) => c.id)]);
  const { parties, names: partyNames } = findParties(claims, between, treatyClaims, sources);
  const counts = articleCount(claims.filter((c) => !otherClaims.has(c.id)), sources, official);
  const signedClaims = [...new Set([...(sign.dates[0]?.claims ?? []), ...(sign.places[0]?.claims ?? [])])];
  const named = supersededRefs(instruments, prefer);
  const supersedes = [...named, ...unnamedSuperseded(claims, named, (id, after) => (namesOf.get(id) ?? []).some((n) => n.end > after))];

  const agreement: Agreement = {
    id: 'a1',
    title,
    aliases,
    parties,
    signed: { date: signedDate, place: sign.places[0]?.value ?? null, claims: signedClaims },
    article_count: counts[0] ? Number(counts[0].value) : null,
    articles: [],
    obligations: Object.fromEntries(OBLIGATION_KEYS.map((k) => [k, { value: null }])) as Agreement['obligations'],
    lifecycle: [],
    expected: [],
    duration: { kind: null, years: null, renewal_years: null, notice: null, claims: [] },
    supersedes,
    related: relatedRefs(instruments, sign.otherInstrument, prefer),
  };
  return {
    agreement,
    official,
    alignments: [],
    evidence: { signedDate: sign.dates, signedPlace: sign.places, articleCount: counts },
    sources,
    partyNames,
    otherInstrumentClaims: [...otherClaims],
  };
}

/** Names of another cluster that name this agreement: a nickname, a title in another language than the main
 *  name's, or a (singular) name used when reporting its signature on its date or undated. */
function aliasNamesOf(i: Instrument, lang: (doc: string) => string | null, mainLang: string | null, claimsById: Map<string, Claim>, signedDate: string | null): NameMention[] {
  const singular = i.names.filter((n) => !isPlural(n));
  if (i.nickname) return singular;
  if (singular.some((n) => n.form !== 'descriptive') && i.names.every((n) => lang(n.doc) !== mainLang)) return singular;
  return singular.filter((n) => {
    const c = claimsById.get(n.claim);
    if (!c || !reportsSigning(c.text)) return false;
    return c.dates.length === 0 || (!!signedDate && c.dates.some((d) => signedDate.startsWith(d.value) || d.value.startsWith(signedDate)));
  });
}

function majority(xs: (string | null)[]): string | null {
  const present = xs.filter((x): x is string => !!x);
  return present.length ? mostCommon(present) : null;
}

/** The year of the newest report (or the newest date any claim gives): what "earlier" is measured against. */
function newestYear(docs: DocumentRecord[], claims: Claim[]): number | null {
  const years = docs.map((d) => Number(d.published?.slice(0, 4))).filter((y) => y > 0);
  if (!years.length) years.push(...claims.flatMap((c) => c.dates.map((d) => Number(d.value.slice(0, 4)))).filter((y) => y > 0));
  return years.length ? Math.max(...years) : null;
}
