// The store's view of the dossier types: what goes in, what comes back, and the Store interface.
// Stored ids are content ids: a document's id is its sha256, a claim's is `sha256#N` (N = 1-based
// position in the document). The export stage maps them to the dossier's d1…/c1… ids.
import type { Claim, DocumentRecord } from '../types.ts';

/** A document as the pipeline hands it to the store. */
export type NewDocument = Omit<DocumentRecord, 'id' | 'near_duplicate_of'> & {
  /** MinHash signature, kept so a later run can find near duplicates of stored documents. */
  signature: number[];
  /** sha256 of the earlier stored document this one repeats. */
  near_duplicate_of?: string | null;
};

/** A claim as the reader produces it, before it belongs to a stored document. */
export type NewClaim = Omit<Claim, 'id' | 'doc'>;

export interface StoredDocument extends Omit<DocumentRecord, 'source_evidence'> {
  /**
   * The words that decided the source type; null only on a row stored before sources were typed (migration 003),
   * whose source_type and source_state are then null too without meaning "nothing shows it". The runner types such
   * a row again when it loads it (src/runner/cache.ts, preparedOf); `analyze` reads it again (an older reader version).
   */
  source_evidence: string | null;
  signature: number[];
  /** Version of the reader whose claims are stored for this document. */
  reader_version: string;
  /** ISO timestamps: first stored, and last re-read. */
  created_at: string;
  updated_at: string;
}

/** One row of a document listing: no body, no removed text; how many claims the document has. */
export type DocumentSummary = Pick<
  StoredDocument,
  | 'id'
  | 'sha256'
  | 'file'
  | 'format'
  | 'url'
  | 'title'
  | 'outlet'
  | 'author'
  | 'published'
  | 'language'
  | 'kind'
  | 'source_type'
  | 'source_state'
  | 'source_evidence'
  | 'near_duplicate_of'
  | 'created_at'
  | 'updated_at'
> & { claim_count: number };

/** A search snippet as plain text (never markup: report text is untrusted) plus the matched ranges in it. */
export interface Headline {
  text: string;
  /** UTF-16 offsets into `text`, start inclusive, end exclusive. */
  marks: { start: number; end: number }[];
}

export interface DocumentHit {
  id: string;
  sha256: string;
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  rank: number;
  headline: Headline;
}

export interface ClaimHit {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  kind: Claim['kind'];
  rank: number;
  headline: Headline;
}

/** Which documents a read covers: the given sha256s, or every member of a collection. */
export type Selection = string[] | { collection: string };

export interface PageOptions {
  limit?: number;
  offset?: number;
  collection?: string;
}

/** A collection as the store lists it: its name, how many documents it holds, when the last one joined (ISO). */
export interface CollectionCount {
  name: string;
  documents: number;
  updated_at: string;
}

export interface StoredDossier<T = unknown> {
  key: string;
  json: T;
  updated_at: string;
}

/** What `pactwatch watch` remembers of one address (migration 004). */
export interface WatchedUrl {
  url: string;
  etag: string | null;
  last_modified: string | null;
  /** sha256 of the content last stored from it; null while nothing was. */
  sha256: string | null;
  collection: string | null;
  /** What its source said of the item when last seen (a date, a file's size and time). */
  item_version: string | null;
  failures: number;
  last_error: string | null;
  checked_at: string;
}

/** The watch config kept in the store (migration 007): JSON in the config file's form, as last saved. */
export interface StoredWatchConfig {
  config: unknown;
  updated_at: string;
}

export interface WatchStore {
  /** The rows of these addresses, by address. */
  urls(urls: string[]): Promise<Map<string, WatchedUrl>>;
  /** Creates or updates one address's row: only the fields given change. */
  saveUrl(url: string, fields: Partial<Omit<WatchedUrl, 'url' | 'checked_at'>>): Promise<void>;
  /** The stored watch config; null while none was saved. */
  config(): Promise<StoredWatchConfig | null>;
  /** Replaces the stored watch config (the caller checks it: the store keeps any JSON). */
  saveConfig(config: unknown): Promise<void>;
}

/** A setting kept in the store (migration 008): its JSON value as last saved. */
export interface StoredSetting {
  value: unknown;
  updated_at: string;
}

export interface SettingsStore {
  /** The setting's value; null while none was saved. */
  get(key: string): Promise<StoredSetting | null>;
  /** Replaces the setting's value (the caller checks it: the store keeps any JSON). */
  save(key: string, value: unknown): Promise<void>;
}

export interface Store {
  /** 'pglite' for the embedded store, 'postgres' for a server. */
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives: the folder, `memory://`, or the URL without its password. */
  readonly location: string;

  getDocumentBySha(sha256: string): Promise<StoredDocument | null>;
  /** The subset of `shas` already stored. */
  hasDocuments(shas: string[]): Promise<Set<string>>;
  /** Stores one document and its claims atomically; false when it was already stored by the same reader version. */
  putDocument(doc: NewDocument, claims: NewClaim[], readerVersion: string, collection?: string): Promise<boolean>;
  /** Bulk `putDocument`: one transaction per chunk; returns the sha256s written (new, or re-read by another reader version). */
  putDocuments(batch: { doc: NewDocument; claims: NewClaim[] }[], readerVersion: string, collection?: string): Promise<string[]>;
  /** Replaces the claims of one stored document (after a re-read with a new reader version). */
  putClaims(sha256: string, claims: NewClaim[], readerVersion: string): Promise<void>;
  /** sha256s of stored documents whose claims came from another reader version. */
  staleDocuments(readerVersion: string): Promise<string[]>;
  /** Adds already stored documents to a collection (an exact duplicate met again in another pile). */
  addToCollection(collection: string, shas: string[]): Promise<void>;
  /** Every collection holding at least one document, by name. */
  collections(): Promise<CollectionCount[]>;

  documentsFor(selection: Selection): Promise<StoredDocument[]>;
  claimsFor(selection: Selection): Promise<Claim[]>;
  /** MinHash signatures of stored documents, oldest first, for near-duplicate detection. */
  signatures(collection?: string): Promise<{ sha256: string; signature: number[] }[]>;
  listDocuments(options?: PageOptions & { q?: string }): Promise<{ total: number; items: DocumentSummary[] }>;
  searchDocuments(q: string, options?: PageOptions): Promise<DocumentHit[]>;
  searchClaims(q: string, options?: PageOptions): Promise<ClaimHit[]>;
  /** Documents first stored after `isoTime`, oldest first. */
  documentsSince(isoTime: string, collection?: string): Promise<DocumentSummary[]>;

  saveDossier(key: string, json: unknown): Promise<void>;
  loadDossier<T = unknown>(key: string): Promise<StoredDossier<T> | null>;

  /** What `pactwatch watch` keeps between polls. */
  readonly watch: WatchStore;
  /** What a user set through the API, shared by every process on the store (the outlet register). */
  readonly settings: SettingsStore;

  close(): Promise<void>;
}
