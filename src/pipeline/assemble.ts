// Prepared documents → the dossier: dossier ids, near-duplicate links, agreements and conflicts. Pure.
import { buildAgreements, perText, sameItems } from '../dossier/index.ts';
import { linkNearDuplicates } from '../ingest/index.ts';
import type { Claim, DocumentRecord, Dossier, Warning } from '../types.ts';
import { completePublished } from './pile-year.ts';
import type { Prepared } from './prepare.ts';

export interface AssembleOptions {
  generated?: Date;
  /** Near-duplicate links already known (later id → earlier id), e.g. kept by a server between updates. */
  links?: Map<string, string>;
}

/** The dossier records made last time from a prepared document. A server re-assembles the whole pile after
 *  each new report: giving an unchanged document and its claims the same objects again lets the dossier stage
 *  keep what it read from them (its per-document memos), so an update re-reads only the new report. */
const MADE = new WeakMap<
  Prepared,
  { doc?: { from: Prepared['doc']; made: DocumentRecord }; claims?: { doc: string; first: number; from: Claim[]; made: Claim[] } }
>();

const madeFor = (item: Prepared) => {
  let made = MADE.get(item);
  if (!made) MADE.set(item, (made = {}));
  return made;
};

/** The document's record with its dossier id and near-duplicate link. */
function dossierDocument(item: Prepared, id: string, link: string | null): DocumentRecord {
  const made = madeFor(item);
  const last = made.doc;
  if (last && last.from === item.doc && last.made.id === id && last.made.near_duplicate_of === link) return last.made;
  const doc = { id, ...item.doc, near_duplicate_of: link };
  made.doc = { from: item.doc, made: doc };
  return doc;
}

/** The claims of one document with their dossier ids (c<first + 1>…) and document id. */
function dossierClaims(item: Prepared, doc: string, first: number): Claim[] {
  const made = madeFor(item);
  const last = made.claims;
  if (last && last.doc === doc && last.first === first && sameItems(last.from, item.claims)) return last.made;
  const claims = withDossierIds(item.claims, doc, first);
  made.claims = { doc, first, from: [...item.claims], made: claims };
  return claims;
}

const withDossierIds = (claims: Claim[], doc: string, first: number): Claim[] =>
  claims.map((c, i) => ({ ...c, id: `c${first + i + 1}`, doc, text: sharedText(c.text) }));

/**
 * The document as the `index`th of a pile whose earlier documents have `first` claims, its claims replaced by
 * the dossier claims assembleDossier gives them there. For a caller that keeps a pile between assemblies and
 * only appends to it (a server): each claim is then held once, not once as read and once as cited, which at
 * 10,000 reports is about 100 MB less for the garbage collector to trace in every major collection.
 */
export function inDossierForm(item: Prepared, index: number, first: number): Prepared {
  const doc = docId(index);
  const claims = withDossierIds(item.claims, doc, first);
  const held = { ...item, claims };
  MADE.set(held, { claims: { doc, first, from: claims, made: claims } });
  return held;
}

/** Identical sentences (a syndicated copy, boilerplate) share one string: the dossier stage reads each distinct
 *  sentence once and finds it again by that string fastest. */
const sharedText = perText((text: string) => text);

/** Document ids, the same strings from call to call: the dossier stage looks documents up by id a great many
 *  times, and a key that is the very string it was stored under is found fastest. */
const DOC_IDS: string[] = [];
/** The dossier id of the `i`th document of a pile (0-based). */
export const docId = (i: number) => (DOC_IDS[i] ??= `d${i + 1}`);

export function assembleDossier(pile: Prepared[], warnings: Warning[], options: AssembleOptions = {}): Dossier {
  const items = completePublished(pile);
  const ids = items.map((_, i) => docId(i));
  const links = options.links ?? linkNearDuplicates(items.map((item, i) => ({ id: ids[i], body: item.doc.body, signature: item.signature })));
  const documents = items.map((item, i) => dossierDocument(item, ids[i], links.get(ids[i]) ?? null));

  // Sized once: a server assembles hundreds of thousands of claims on every update.
  let total = 0;
  for (const item of items) total += item.claims.length;
  const claims = new Array<Claim>(total);
  let next = 0;
  for (let i = 0; i < items.length; i++) {
    for (const claim of dossierClaims(items[i], ids[i], next)) claims[next++] = claim;
  }
  const { agreements, conflicts } = buildAgreements(documents, claims);
  return { version: 1, generated: (options.generated ?? new Date()).toISOString(), documents, claims, agreements, conflicts, warnings };
}
