// The user's watch file: the agreements followed (name, aliases, parties, collection) and the sources. Pure:
// JSON in, a checked config out, or one sentence saying what is wrong and where.

export interface FollowedAgreement {
  name: string;
  aliases: string[];
  /** States (or organisations) party to it, as the user writes them: names in any language, or ISO codes. */
  parties: string[];
  /** The collection its reports go to. */
  collection: string;
}

export interface WatchConfig {
  agreements: FollowedAgreement[];
  /** Feed and sitemap addresses, and folders (relative to the config file's folder). */
  sources: string[];
  /** Seconds between polls; null for the command's default. */
  interval: number | null;
  /** Where reports about no followed agreement go. */
  unsorted: string;
  /** Seconds between the starts of two requests to one host; null for the fetcher's default (1 s). */
  hostInterval: number | null;
}

export const UNSORTED = 'unsorted';
/** Collection names the server accepts (src/server/collections.ts). */
const COLLECTION_NAME = /^[\w.-]{1,64}$/;

/** A collection name from an agreement's name: ASCII letters and digits joined by '-' ("Treaty on the Lumen
 *  Strait" → "treaty-on-the-lumen-strait"); empty when the name has none (then the config must give one). */
export function collectionSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) throw new Error(`${where} must be a list of non-empty strings`);
  return value.map((v: string) => v.trim());
}

function agreementOf(value: unknown, i: number): FollowedAgreement {
  const where = `agreements[${i}]`;
  if (!isObject(value)) throw new Error(`${where} must be an object with a "name"`);
  if (typeof value.name !== 'string' || !value.name.trim()) throw new Error(`${where}.name must be a non-empty string`);
  const name = value.name.trim();
  const collection = value.collection === undefined ? collectionSlug(name) : value.collection;
  if (typeof collection !== 'string' || !COLLECTION_NAME.test(collection)) {
    throw new Error(`${where}.collection must be 1–64 letters, digits, "_", "-" or "." (give one: the name has no such letters)`);
  }
  return { name, aliases: strings(value.aliases, `${where}.aliases`), parties: strings(value.parties, `${where}.parties`), collection };
}

/** The config a parsed JSON value describes; throws one sentence naming the faulty field. */
export function parseConfig(value: unknown): WatchConfig {
  if (!isObject(value)) throw new Error('the config must be a JSON object with "agreements" and "sources"');
  const known = new Set(['agreements', 'sources', 'interval', 'unsorted', 'host_interval']);
  const unknown = Object.keys(value).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${[...known].join(', ')})`);
  if (value.agreements !== undefined && !Array.isArray(value.agreements)) throw new Error('"agreements" must be a list');
  const agreements = ((value.agreements as unknown[]) ?? []).map(agreementOf);
  const interval = value.interval ?? null;
  if (interval !== null && !(typeof interval === 'number' && interval > 0)) throw new Error('"interval" must be a positive number of seconds');
  const hostInterval = value.host_interval ?? null;
  if (hostInterval !== null && !(typeof hostInterval === 'number' && hostInterval >= 0))
    throw new Error('"host_interval" must be a number of seconds (0 or more)');
  const unsorted = value.unsorted ?? UNSORTED;
  if (typeof unsorted !== 'string' || !COLLECTION_NAME.test(unsorted)) throw new Error('"unsorted" must be 1–64 letters, digits, "_", "-" or "."');
  const taken = new Map<string, string>();
  for (const a of agreements) {
    const other = taken.get(a.collection);
    if (other) throw new Error(`agreements "${other}" and "${a.name}" share the collection "${a.collection}": give one a "collection" of its own`);
    taken.set(a.collection, a.name);
  }
  return { agreements, sources: strings(value.sources, '"sources"'), interval, unsorted, hostInterval };
}

/** The config in its file's JSON form, which parseConfig reads back as the same config (the store keeps this). */
export function configJson(config: WatchConfig): Record<string, unknown> {
  return {
    agreements: config.agreements.map((a) => ({ name: a.name, aliases: a.aliases, parties: a.parties, collection: a.collection })),
    sources: config.sources,
    interval: config.interval,
    unsorted: config.unsorted,
    host_interval: config.hostInterval,
  };
}
