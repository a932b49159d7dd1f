// The live state of one collection: its prepared documents and claims mirrored in memory from the store,
// the current dossier, and the log of what changed. Adding a report reads only that report; the agreement
// record is then recomputed from the claims already held, so an update costs the dossier stage, not a re-read.

import { type ExportOptions, type Format, jsonChunks, MEDIA_TYPES, render } from '../export/index.ts';
import { findNearDuplicate, linkNearDuplicates } from '../ingest/index.ts';
import {
  assembleDossier,
  type CompactDossier,
  compactDossier,
  diffFacts,
  docId,
  type FactChange,
  inDossierForm,
  type Prepared,
  readableDossier,
  type SourceOptions,
  shareMemory,
  sourceOptions,
  withSource,
} from '../pipeline/index.ts';
import { cacheOn, inlinePreparer, type Preparer, pipelineVersion, preparedOf, readDocuments } from '../runner/index.ts';
import type { Store } from '../store/index.ts';
import type { Dossier, RawDocument, Warning } from '../types.ts';
import { updateEnded, updateStarted } from './garbage.ts';
import { Rendered, renderInSlices } from './rendered.ts';

export interface ChangeEntry {
  at: string;
  documents: { sha256: string; file: string; title: string | null }[];
  facts: FactChange[];
}

export interface AddResult {
  added: { sha256: string; file: string; title: string | null }[];
  duplicates: { sha256: string; file: string }[];
  warnings: Warning[];
  ms: number;
}

const CHANGES_KEPT = 500;
/** Typing under the bundled register alone: what a held document returns to when the user's register goes. */
const BUNDLED = sourceOptions(null);

/** How documents are typed now: the user's register in force, or null when the stored typing stands. Asked at
 *  each use, so a register replaced meanwhile (PUT /api/outlets) types what arrives after it. */
export type Typing = () => SourceOptions | null;
/** Piles up to this many documents get Markdown and HTML reports of every source and claim; larger ones the
 *  capped facts (at 10,000 reports the whole HTML report is 104 MB and takes 3.7 s to render). */
const WHOLE_REPORT_UP_TO = 200;
/** Formats rendered from the whole dossier whatever the pile's size: every claim (claims-csv), every misstating
 *  document (claimreview), every obligation's and event's evidence (atop-csv, ics). */
const FROM_FULL: ReadonlySet<Format> = new Set(['claimreview', 'atop-csv', 'claims-csv', 'ics']);

export class Collection {
  private items: Prepared[] = [];
  private shas = new Set<string>();
  /** Claims of the documents held, so far. */
  private claimCount = 0;
  private full: Dossier | null = null;
  private compact: CompactDossier | null = null;
  private renders = new Map<string, Promise<Rendered>>();
  /** The renders finished so far, for a caller that answers without waiting (src/server/hot-path.ts). */
  private finished = new Map<string, Rendered>();
  private changes: ChangeEntry[] = [];
  /** Near-duplicate links by dossier id (d1…, by position), extended as documents arrive. */
  private links = new Map<string, string>();
  /** The sync running, and the one queued after it (see sync). */
  private syncRunning: Promise<number> | null = null;
  private syncQueued: Promise<number> | null = null;

  private constructor(
    private store: Store,
    readonly name: string,
    /** Where new reports are read: the server's worker pool (off the event loop, each under a time budget). */
    private preparer: Preparer,
    private typing: Typing,
  ) {}

  static async load(store: Store, name: string, preparer: Preparer = inlinePreparer, typing: Typing = () => null): Promise<Collection> {
    const c = new Collection(store, name, preparer, typing);
    const docs = await store.documentsFor({ collection: name });
    const claims = await store.claimsFor({ collection: name });
    const bySha = new Map<string, Prepared>();
    for (const d of docs) {
      const p = preparedOf(d, []);
      bySha.set(d.sha256, p);
      c.items.push(p);
    }
    for (const claim of claims) bySha.get(claim.doc)?.claims.push(claim);
    c.items = c.items.map((p) => c.held(shareMemory(p)));
    c.changes = (await store.loadDossier<ChangeEntry[]>(`changes:${name}`))?.json ?? [];
    c.links = linkNearDuplicates(c.items.map((p, i) => ({ id: docId(i), body: p.doc.body, signature: p.signature })));
    c.recompute();
    return c;
  }

  /** How many documents the collection holds in memory. */
  get documentCount(): number {
    return this.items.length;
  }

  /** The served dossier: a few sources per fact (src/pipeline/compact.ts). */
  get compactDossier(): CompactDossier {
    return this.compact!;
  }

  /**
   * The dossier in one format as response bytes, rendered once and dropped whenever the dossier changes.
   * The compact JSON is the page's data: unindented. Markdown and HTML of a large pile show the same capped
   * facts with their sources whole (readableDossier); ClaimReview, the CSVs and the calendar read the whole
   * dossier (FROM_FULL). `options` (the ClaimReview publisher's page) is part of the rendering's key.
   * The full JSON of a large pile takes seconds: it is rendered in slices between which the server goes on
   * answering. Full Markdown and HTML (`full=1`) are still rendered in one piece.
   */
  rendered(format: Format, full: boolean, options: ExportOptions = {}): Promise<Rendered> {
    const key = `${format}:${full}${format === 'claimreview' ? `:${options.publisherUrl ?? ''}` : ''}`;
    let r = this.renders.get(key);
    if (!r) {
      const made = full && format === 'json' ? renderInSlices(jsonChunks(this.full!)) : Promise.resolve(Buffer.from(this.renderNow(format, full, options)));
      const renders = this.renders;
      r = made.then((body) => new Rendered(body, MEDIA_TYPES[format]));
      renders.set(key, r);
      // A render finished after the dossier changed again belongs to no current version: it is not kept.
      r.then(
        (done) => this.renders === renders && this.finished.set(key, done),
        () => renders.delete(key),
      );
    }
    return r;
  }

  /** The rendering if it is ready, without waiting. */
  renderedNow(format: Format, full: boolean): Rendered | undefined {
    return this.finished.get(`${format}:${full}`);
  }

  private renderNow(format: Format, full: boolean, options: ExportOptions): string {
    if (full || FROM_FULL.has(format)) return render(this.full!, format, options);
    if (format === 'json') return JSON.stringify(this.compact);
    // A report for people: every source of a small pile; the compact form's facts, with the bodies the HTML
    // export highlights, of a large one.
    return render(this.full!.documents.length <= WHOLE_REPORT_UP_TO ? this.full! : readableDossier(this.full!), format);
  }

  changesSince(iso: string): ChangeEntry[] {
    return this.changes.filter((c) => c.at > iso);
  }

  /** Reads new reports, stores them, and recomputes the dossier from the claims held in memory. */
  async add(raws: RawDocument[], warnings: Warning[]): Promise<AddResult> {
    updateStarted();
    try {
      return await this.readAndUpdate(raws, warnings);
    } finally {
      updateEnded();
    }
  }

  private async readAndUpdate(raws: RawDocument[], warnings: Warning[]): Promise<AddResult> {
    const started = performance.now();
    const version = await pipelineVersion();
    const duplicates: AddResult['duplicates'] = [];
    const held = this.shas;
    // A report already in the collection is not read again; copies within the upload are the reading's to skip.
    function* notHeld(): Generator<RawDocument> {
      for (const raw of raws) {
        if (!held.has(raw.sha256)) {
          yield raw;
          continue;
        }
        duplicates.push({ sha256: raw.sha256, file: raw.file });
        warnings.push({ level: 'warning', file: raw.file, message: 'exact duplicate of a stored document: stored once' });
      }
    }
    const read = await readDocuments(notHeld(), { cache: cacheOn(this.store), version, collection: this.name, preparer: this.preparer, warnings });
    const added = read.items;
    duplicates.push(...read.duplicates);
    if (added.length) {
      for (const p of added) {
        if (this.shas.has(p.doc.sha256)) continue; // a sync took it in from the store meanwhile
        const earlier = findNearDuplicate(
          p.doc.body,
          p.signature,
          this.items.map((q, i) => ({ id: docId(i), sig: q.signature })),
        );
        this.items.push(this.held(p));
        if (earlier) this.links.set(docId(this.items.length - 1), earlier);
      }
      const before = this.full;
      this.recompute();
      const entry: ChangeEntry = {
        at: new Date().toISOString(),
        documents: added.map((p) => ({ sha256: p.doc.sha256, file: p.doc.file, title: p.doc.title })),
        facts: diffFacts(before, this.full!),
      };
      this.changes = [...this.changes, entry].slice(-CHANGES_KEPT);
      await this.store.saveDossier(this.name, this.compact);
      await this.store.saveDossier(`changes:${this.name}`, this.changes);
    }
    const summary = (p: Prepared) => ({ sha256: p.doc.sha256, file: p.doc.file, title: p.doc.title });
    return { added: added.map(summary), duplicates, warnings, ms: performance.now() - started };
  }

  /**
   * Takes in the documents another process stored in this collection since it was loaded (a worker, `watch`,
   * `analyze`): only those are read from the store, then the dossier is recomputed. Calls made while one runs
   * share one more run after it. Resolves with how many joined.
   */
  sync(): Promise<number> {
    if (!this.syncRunning) {
      const run = this.syncOnce().finally(() => {
        if (this.syncRunning === run) this.syncRunning = null;
      });
      this.syncRunning = run;
      return run;
    }
    this.syncQueued ??= this.syncRunning
      .catch(() => 0)
      .then(() => {
        this.syncQueued = null;
        return this.sync();
      });
    return this.syncQueued;
  }

  private async syncOnce(): Promise<number> {
    const missing = (await this.store.signatures(this.name)).map((s) => s.sha256).filter((sha) => !this.shas.has(sha));
    if (!missing.length) return 0;
    const docs = await this.store.documentsFor(missing);
    const claims = await this.store.claimsFor(missing);
    const bySha = new Map<string, Prepared>();
    for (const d of docs) bySha.set(d.sha256, preparedOf(d, []));
    for (const claim of claims) bySha.get(claim.doc)?.claims.push(claim);
    let joined = 0;
    for (const p of bySha.values()) {
      if (this.shas.has(p.doc.sha256)) continue; // an upload to this server took it in meanwhile
      const earlier = findNearDuplicate(
        p.doc.body,
        p.signature,
        this.items.map((q, i) => ({ id: docId(i), sig: q.signature })),
      );
      this.items.push(this.held(shareMemory(p)));
      if (earlier) this.links.set(docId(this.items.length - 1), earlier);
      joined++;
    }
    if (joined) this.recompute();
    return joined;
  }

  /**
   * Types the held documents again under the register now in force (the user's register replaced): only those
   * whose type changes are replaced, and the dossier is recomputed (and stored) when any is. No report is read
   * again: the type follows from fields the store keeps (src/pipeline/sources.ts).
   */
  async retype(): Promise<void> {
    const options = this.typing() ?? BUNDLED;
    let changed = false;
    this.items = this.items.map((p) => {
      const typed = withSource(p, options);
      if (typed !== p) changed = true;
      return typed;
    });
    if (!changed) return;
    this.recompute();
    await this.store.saveDossier(this.name, this.compact);
  }

  /** A document as the collection keeps it: typed under the user's register when one is in force, its claims in
   *  the form the dossier cites them (inDossierForm). */
  private held(p: Prepared): Prepared {
    const options = this.typing();
    const kept = inDossierForm(options ? withSource(p, options) : p, this.shas.size, this.claimCount);
    this.shas.add(p.doc.sha256);
    this.claimCount += p.claims.length;
    return kept;
  }

  /** One more pass of the dossier stage over the same documents, its result dropped (it equals the current
   *  dossier): the cached paths every update runs, run once before any upload does (./warm.ts). */
  warmDossier(): void {
    this.assemble();
  }

  private assemble(): Dossier {
    return assembleDossier(this.items, [], { links: this.links });
  }

  private recompute(): void {
    this.full = this.assemble();
    this.compact = compactDossier(this.full);
    this.renders = new Map();
    this.finished = new Map();
    // The page's request, ready (and compressed) before anyone asks.
    void this.rendered('json', false).then((r) => r.prepare());
  }
}
