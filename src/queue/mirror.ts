// A worker's copy of a collection's prepared documents, kept between dossier updates: an update loads only the
// documents that joined the collection since the last one (from the store, whoever prepared them), then builds
// the dossier from the claims held, as the server's collections do (src/server/collection.ts). Mirrors are
// dropped oldest-used first when a process holds more documents than MAX_HELD_DOCUMENTS.
import { findNearDuplicate, linkNearDuplicates } from '../ingest/index.ts';
import { assembleDossier, docId, inDossierForm, type Prepared, shareMemory } from '../pipeline/index.ts';
import { preparedOf } from '../runner/index.ts';
import type { Store } from '../store/index.ts';
import type { Claim, Dossier } from '../types.ts';

/** Documents a process keeps in its mirrors at most (PACTWATCH_WORKER_HELD_DOCUMENTS sets it): about 40 KB of
 *  memory each for a news report. */
export const MAX_HELD_DOCUMENTS = Number(process.env.PACTWATCH_WORKER_HELD_DOCUMENTS) || 50_000;

export class CollectionMirror {
  private items: Prepared[] = [];
  private shas = new Set<string>();
  private claimCount = 0;
  private links = new Map<string, string>();

  get size(): number {
    return this.items.length;
  }

  /** Loads the members (sha256s, in stored order) not held yet; returns how many joined. */
  async sync(store: Store, members: string[]): Promise<number> {
    const missing = members.filter((sha) => !this.shas.has(sha));
    if (!missing.length) return 0;
    const docs = await store.documentsFor(missing);
    const claims = await store.claimsFor(missing);
    const bySha = new Map<string, Claim[]>();
    for (const c of claims) {
      const list = bySha.get(c.doc);
      if (list) list.push(c);
      else bySha.set(c.doc, [c]);
    }
    const first = this.items.length === 0;
    for (const d of docs) {
      const p = shareMemory(preparedOf(d, bySha.get(d.sha256) ?? []));
      const earlier = first
        ? null
        : findNearDuplicate(
            p.doc.body,
            p.signature,
            this.items.map((q, i) => ({ id: docId(i), sig: q.signature })),
          );
      this.items.push(this.held(p));
      if (earlier) this.links.set(docId(this.items.length - 1), earlier);
    }
    if (first) this.links = linkNearDuplicates(this.items.map((p, i) => ({ id: docId(i), body: p.doc.body, signature: p.signature })));
    return docs.length;
  }

  dossier(): Dossier {
    return assembleDossier(this.items, [], { links: this.links });
  }

  /** A document as kept: its claims in the form the dossier cites them (see inDossierForm). */
  private held(p: Prepared): Prepared {
    const kept = inDossierForm(p, this.shas.size, this.claimCount);
    this.shas.add(p.doc.sha256);
    this.claimCount += p.claims.length;
    return kept;
  }
}

export class Mirrors {
  private byName = new Map<string, CollectionMirror>();

  constructor(private readonly maxHeld = MAX_HELD_DOCUMENTS) {}

  /** The collection's mirror (empty the first time), now the most recently used. */
  get(collection: string): CollectionMirror {
    const mirror = this.byName.get(collection) ?? new CollectionMirror();
    this.byName.delete(collection);
    this.byName.set(collection, mirror);
    return mirror;
  }

  /** Drops the least recently used mirrors, the current one aside, while the process holds too many documents. */
  trim(current: string): void {
    let held = 0;
    for (const m of this.byName.values()) held += m.size;
    for (const [name, m] of this.byName) {
      if (held <= this.maxHeld) break;
      if (name === current) continue;
      this.byName.delete(name);
      held -= m.size;
    }
  }
}
