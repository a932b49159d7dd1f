// The HTTP API as the UI uses it: the compact dossier, one document with its claim spans, claim search,
// and uploads with progress. Every error comes back as `{ error: { status, message } }`.

import type { CollectionOverview, Comparison } from '../../src/export/view-overview.ts';
import type { ClaimHit, DocumentSummary } from '../../src/store/types.ts';
import type { Claim, DocumentRecord, Dossier, Warning } from '../../src/types.ts';

/** Search hits and document listings as the store gives them to the API. */
export type { ClaimHit, CollectionOverview, Comparison, DocumentSummary };

/**
 * The served dossier (src/pipeline/compact.ts): a few sources per fact, documents without bodies, and totals
 * of the rest. A capped fact carries `claims_total` / `docs_total`, a capped conflict `values_total`.
 */
export type CompactDossier = Dossier & { compact?: true; totals?: { documents: number; claims: number; misstating?: number } };

/** The full counts of a fact whose evidence the served dossier cut to a few sources. */
export interface Capped {
  claims_total?: number;
  docs_total?: number;
}

/** A stored document as GET /api/documents/:sha returns it; its claims' `doc` is the sha256. */
export type SourceDocument = DocumentRecord & { claims: Claim[] };

export interface UploadResult {
  added: { sha256: string; file: string; title: string | null }[];
  duplicates: { sha256: string; file: string }[];
  warnings: Warning[];
  ms: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The collection the page shows: `?collection=NAME` in the page address; none on the home page, whose
 *  uploads and searches go to the default collection and to every collection. */
let collection = new URLSearchParams(location.search).get('collection');

/** The collection named by the page address (null on the home page). */
export function pageCollection(): string | null {
  return collection;
}

/** Shows a collection from now on: the address names it (a new history entry), and API calls ask for it. */
export function openCollection(name: string): void {
  collection = name;
  const url = new URL(location.href);
  url.searchParams.set('collection', name);
  history.pushState(null, '', url);
}

/** Follows the address after Back or Forward. */
export function readAddress(): void {
  collection = new URLSearchParams(location.search).get('collection');
}

function withCollection(path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  if (collection) query.set('collection', collection);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

function errorMessage(status: number, body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : `the server answered ${status}`;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, errorMessage(res.status, body));
  return body as T;
}

const documents = new Map<string, Promise<SourceDocument>>();

/** Search hits asked for at once: a first screenful, the query narrows the rest. */
export const SEARCH_LIMIT = 30;

export const api = {
  dossier: () => getJson<CompactDossier>(withCollection('/api/dossier')),
  /** Every collection of the store, summed up (the home page). */
  collections: () => getJson<{ collections: CollectionOverview[] }>('/api/collections'),
  /** The agreements of every sorted collection side by side. */
  compare: () => getJson<Comparison>('/api/compare'),
  /** Whether the server serves a route (its OpenAPI document names it): a route a server may lack is asked for
   *  only when it is there, so an older or API-only server costs no failed request. */
  async serves(path: string): Promise<boolean> {
    const doc = await getJson<{ paths?: Record<string, unknown> }>('/api/openapi.json').catch(() => null);
    return !!doc?.paths && Object.hasOwn(doc.paths, path);
  },
  /** One document with its body; cached, since a document never changes under its sha256. */
  document(sha: string): Promise<SourceDocument> {
    let doc = documents.get(sha);
    if (!doc) {
      doc = getJson<SourceDocument>(`/api/documents/${encodeURIComponent(sha)}`);
      documents.set(sha, doc);
      doc.catch(() => documents.delete(sha));
    }
    return doc;
  },
  listDocuments: (limit: number) => getJson<{ total: number; items: DocumentSummary[] }>(withCollection('/api/documents', { limit: String(limit) })),
  /** The address of the dossier in an export format (src/export), for a download link. */
  exportUrl: (format: string, full = false) => withCollection('/api/dossier', full ? { format, full: '1' } : { format }),
  searchClaims: (q: string) => getJson<{ q: string; claims: ClaimHit[] }>(withCollection('/api/search', { q, in: 'claims', limit: String(SEARCH_LIMIT) })),
};

/** The write token, when the server asks for one (PACTWATCH_TOKEN); kept for this browser tab only. */
const TOKEN_KEY = 'pactwatch-token';
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) => sessionStorage.setItem(TOKEN_KEY, value),
};

/**
 * Uploads one file (multipart, field "files"); `onProgress` gets the fraction of bytes sent. Resolves with
 * the server's result, or rejects with an ApiError (status 0 when the network failed).
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withCollection('/api/documents'));
    const bearer = token.get();
    if (bearer) xhr.setRequestHeader('Authorization', `Bearer ${bearer}`);
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      const body = xhr.response as unknown;
      // 422: nothing in the file could be read; the body still lists the warnings that say why.
      if (xhr.status === 201 || (xhr.status === 422 && (body as UploadResult | null)?.warnings)) resolve(body as UploadResult);
      else reject(new ApiError(xhr.status, errorMessage(xhr.status, body)));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'the upload failed: is the server still running?')));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
