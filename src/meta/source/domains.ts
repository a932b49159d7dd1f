// What a report's address says about its publisher: a government's domain (.gov, .gov.xx, .gouv.fr, .gob.mx,
// .go.jp, .gc.ca, .mil), the host of a parliament, a ministry or a presidency, or an intergovernmental body's
// (.int, un.org, europa.eu). The state is the country-code domain's; .gov and .mil alone are the United States'.

export interface DomainFinding {
  type: 'government';
  state: string | null;
  evidence: string;
}

/** Second-level labels that mark a government under a country code: gov.uk, gouv.fr, gob.mx, go.jp, gc.ca. */
const GOVERNMENT_LABELS = new Set(['gov', 'gouv', 'gob', 'go', 'gc', 'govt', 'government', 'mil', 'admin', 'gv']);
/** Hosts of intergovernmental bodies. */
const INTERGOVERNMENTAL = ['un.org', 'europa.eu', 'nato.int', 'wto.org', 'iaea.org', 'au.int', 'asean.org', 'osce.org', 'coe.int'];
/** Words in a host that name a state's institution: "parliament.uk", "bundestag.de", "kremlin.ru", "mfa.gov.cn". */
const INSTITUTION_WORDS = [
  'parliament',
  'parlament',
  'parlement',
  'bundestag',
  'bundesrat',
  'bundesregierung',
  'senate',
  'senado',
  'senat',
  'congreso',
  'duma',
  'kremlin',
  'presidency',
  'presidencia',
  'presidence',
  'elysee',
  'whitehouse',
  'mfa',
  'mofa',
  'diplomatie',
  'auswaertiges-amt',
  'cancilleria',
  'minrel',
  'assemblee-nationale',
  'gouvernement',
  'gobierno',
  'government',
];
const INSTITUTION = new RegExp(`(?:^|[.-])(?:${INSTITUTION_WORDS.join('|')})(?:[.-]|$)`);

/** The host of an address, lowercased, without "www.", or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The state of a country-code top-level domain ("uk" → GB), or null for a generic one. */
function countryOfTld(tld: string): string | null {
  if (tld.length !== 2) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

export function domainSource(url: string | null): DomainFinding | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.split('.');
  const tld = labels[labels.length - 1];
  const evidence = `address ${host}`;
  if (tld === 'int' || INTERGOVERNMENTAL.some((d) => host === d || host.endsWith(`.${d}`)))
    return { type: 'government', state: null, evidence: `${evidence} (intergovernmental)` };
  if (tld === 'gov' || tld === 'mil') return { type: 'government', state: 'US', evidence };
  // "gob.mx", "gov.uk" themselves are the governments' portals.
  if (tld.length === 2 && labels.length >= 2 && GOVERNMENT_LABELS.has(labels[labels.length - 2]))
    return { type: 'government', state: countryOfTld(tld), evidence };
  if (INSTITUTION.test(labels.slice(0, -1).join('.')))
    return { type: 'government', state: countryOfTld(tld), evidence: `${evidence} (a state institution's host)` };
  return null;
}
