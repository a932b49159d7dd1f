// Documents and claims: upload reports, list and search them, read one with its claim spans.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ingestBytes } from '../../ingest/index.ts';
import type { SourceOptions } from '../../pipeline/index.ts';
import type { Store } from '../../store/index.ts';
import type { RawDocument, Warning } from '../../types.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { safeFileName } from '../security.ts';
import { typedDocument, typedSummaries } from '../typed-rows.ts';

interface Limits {
  store: Store;
  maxUploadBytes: number;
  maxFileBytes: number;
  /** How documents are typed under the user's outlet register in force; null while none is. */
  sourceOptions: () => Promise<SourceOptions | null>;
}

/** A report sent as JSON: the same fields a .json/.jsonl input file may carry. */
const REPORT_FIELDS = ['text', 'html', 'url', 'outlet', 'published', 'title', 'author', 'language'];

const int = (value: string | undefined, fallback: number, max: number) => {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 0) fail(400, 'limit and offset take whole numbers ≥ 0');
  return Math.min(n, max);
};

async function filesFromMultipart(form: FormData, limits: Limits): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = [...form.getAll('files'), ...form.getAll('file')].filter((f): f is File => typeof f !== 'string');
  if (!files.length) fail(422, 'multipart upload without a "files" field');
  return Promise.all(files.map(async (f, i) => ({ name: safeFileName(f.name, `upload-${i + 1}.txt`), bytes: new Uint8Array(await f.arrayBuffer()) })));
}

function filesFromJson(payload: unknown): { name: string; bytes: Uint8Array }[] {
  const reports = Array.isArray(payload) ? payload : ((payload as { reports?: unknown })?.reports ?? [payload]);
  if (!Array.isArray(reports) || !reports.length) fail(422, 'send a report object, an array of them, or { "reports": [...] }');
  return reports.map((r, i) => {
    if (!r || typeof r !== 'object' || (typeof (r as any).text !== 'string' && typeof (r as any).html !== 'string'))
      fail(422, `report ${i + 1} needs a "text" or "html" string`);
    const fields = Object.fromEntries(REPORT_FIELDS.filter((k) => typeof (r as any)[k] === 'string').map((k) => [k, (r as any)[k]]));
    const name = safeFileName((r as any).name ?? (r as any).file, `report-${i + 1}`).replace(/(\.json)?$/, '.json');
    return { name, bytes: new TextEncoder().encode(JSON.stringify(fields)) };
  });
}

export function documentRoutes(limits: Limits): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  api.post(
    '/documents',
    bodyLimit({ maxSize: limits.maxUploadBytes, onError: () => fail(413, `upload larger than ${limits.maxUploadBytes} bytes`) }),
    async (c) => {
      const type = (c.req.header('Content-Type') ?? '').toLowerCase();
      let files: { name: string; bytes: Uint8Array }[];
      if (type.startsWith('multipart/form-data')) {
        const form = await c.req.formData().catch(() => fail(400, 'malformed multipart body'));
        files = await filesFromMultipart(form, limits);
      } else if (type.startsWith('application/json')) {
        const payload = await c.req.json().catch(() => fail(400, 'malformed JSON body'));
        files = filesFromJson(payload);
      } else {
        fail(415, 'send multipart/form-data (field "files") or application/json');
      }
      const raws: RawDocument[] = [];
      const warnings: Warning[] = [];
      for (const f of files) {
        const result = await ingestBytes(f.name, f.bytes, { maxBytes: limits.maxFileBytes });
        raws.push(...result.docs);
        warnings.push(...result.warnings);
      }
      const collection = await c.get('collection')(c.req.query('collection'));
      const result = await collection.add(raws, warnings);
      const status = result.added.length || result.duplicates.length ? 201 : 422;
      return c.json({ ...result, ms: Math.round(result.ms) }, status);
    },
  );

  api.get('/documents', async (c) => {
    const { q, collection } = c.req.query();
    const limit = int(c.req.query('limit'), 50, 500);
    const offset = int(c.req.query('offset'), 0, Number.MAX_SAFE_INTEGER);
    const listed = await limits.store.listDocuments({ q: q || undefined, limit, offset, collection: collection || undefined });
    return c.json({ ...listed, items: await typedSummaries(limits.store, listed.items, await limits.sourceOptions()) });
  });

  api.get('/documents/:sha', async (c) => {
    const sha = c.req.param('sha');
    if (!/^[0-9a-f]{64}$/.test(sha)) fail(400, 'documents are addressed by the sha256 of their bytes (64 hex digits)');
    const doc = await limits.store.getDocumentBySha(sha);
    if (!doc) fail(404, `no document ${sha}`);
    const { signature, ...fields } = typedDocument(doc, await limits.sourceOptions());
    return c.json({ ...fields, claims: await limits.store.claimsFor([sha]) });
  });

  api.get('/search', async (c) => {
    const q = c.req.query('q')?.trim();
    if (!q) fail(400, 'search needs ?q=');
    const limit = int(c.req.query('limit'), 20, 200);
    const collection = c.req.query('collection') || undefined;
    const what = c.req.query('in') ?? 'claims';
    if (what === 'documents') return c.json({ q, documents: await limits.store.searchDocuments(q, { limit, collection }) });
    if (what !== 'claims') fail(400, '?in= takes claims or documents');
    return c.json({ q, claims: await limits.store.searchClaims(q, { limit, collection }) });
  });

  return api;
}
