// The OpenAPI 3.1 description of the API; a test checks that it names exactly the routes the app serves.
import { FORMATS } from '../export/index.ts';

const error = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const collection = { name: 'collection', in: 'query', schema: { type: 'string', default: 'default' }, description: 'the named pile of documents' };
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Pactwatch API', version: '1', description: 'Source-cited dossiers of international agreements from the reports about them.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'needed on write routes when PACTWATCH_TOKEN is set' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', properties: { status: { type: 'integer' }, message: { type: 'string' } } } },
        },
        Report: {
          type: 'object',
          properties: Object.fromEntries(
            ['text', 'html', 'url', 'outlet', 'published', 'title', 'author', 'language', 'name'].map((k) => [k, { type: 'string' }]),
          ),
          description: 'one report: text or html, plus optional metadata',
        },
        OutletRegister: {
          type: 'object',
          required: ['outlets'],
          description: 'an outlet register, as in the `--outlets` file (README "Outlet register")',
          properties: {
            outlets: {
              type: 'array',
              items: {
                type: 'object',
                required: ['names', 'type'],
                properties: {
                  names: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'the outlet’s names, in any script' },
                  domains: { type: 'array', items: { type: 'string' }, description: 'hostnames; a subdomain matches too' },
                  type: { enum: ['state-media', 'government', 'wire', 'press', 'research'] },
                  state: { type: ['string', 'null'], pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code of the state behind it' },
                },
              },
            },
            defaults: { type: 'boolean', default: true, description: 'false: the bundled register is dropped' },
          },
        },
        Outlets: {
          type: 'object',
          properties: {
            user: { oneOf: [{ $ref: '#/components/schemas/OutletRegister' }, { type: 'null' }], description: 'the user’s register in force' },
            from: { enum: ['file', 'store', null], description: 'file: `serve --outlets` or PACTWATCH_OUTLETS; store: the one last PUT' },
            merged: { $ref: '#/components/schemas/OutletRegister' },
          },
        },
        WatchConfig: {
          type: 'object',
          additionalProperties: false,
          properties: {
            agreements: {
              type: 'array',
              items: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  aliases: { type: 'array', items: { type: 'string' } },
                  parties: { type: 'array', items: { type: 'string' }, description: 'names in any language, or ISO codes' },
                  collection: { type: 'string', pattern: '^[\\w.-]{1,64}$', description: 'default: from the name' },
                },
              },
            },
            sources: { type: 'array', items: { type: 'string' }, description: 'feed and sitemap addresses, and absolute folder paths' },
            interval: { type: ['number', 'null'], description: 'seconds between polls' },
            unsorted: { type: 'string', default: 'unsorted', description: 'the collection of reports about no followed agreement' },
            host_interval: { type: ['number', 'null'], description: 'seconds between two requests to one host' },
          },
        },
      },
    },
    paths: {
      '/api/health': { get: { summary: 'liveness and store kind', responses: { 200: json('ok') } } },
      '/api/openapi.json': { get: { summary: 'this document', responses: { 200: json('OpenAPI 3.1') } } },
      '/api/documents': {
        get: {
          summary: 'list documents (newest last), optionally filtered by a full-text query',
          parameters: [
            collection,
            { name: 'q', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 500 } },
            { name: 'offset', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { 200: json('{ total, items }'), 400: error },
        },
        post: {
          summary: 'upload reports; the dossier of the collection is updated',
          security: [{ bearer: [] }],
          parameters: [collection],
          requestBody: {
            content: {
              'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
              'application/json': {
                schema: {
                  oneOf: [
                    { $ref: '#/components/schemas/Report' },
                    { type: 'array', items: { $ref: '#/components/schemas/Report' } },
                    { type: 'object', properties: { reports: { type: 'array', items: { $ref: '#/components/schemas/Report' } } } },
                  ],
                },
              },
            },
          },
          responses: { 201: json('{ added, duplicates, warnings, ms }'), 400: error, 401: error, 413: error, 415: error, 422: error },
        },
      },
      '/api/documents/{sha}': {
        get: {
          summary: 'one document with its cleaned body, what was removed, and its claims with offsets',
          parameters: [{ name: 'sha', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } }],
          responses: { 200: json('document'), 400: error, 404: error },
        },
      },
      '/api/search': {
        get: {
          summary: 'full-text search of claims (default) or documents',
          parameters: [
            collection,
            { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'in', in: 'query', schema: { enum: ['claims', 'documents'] } },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 200 } },
          ],
          responses: { 200: json('hits with rank and a plain-text headline'), 400: error },
        },
      },
      '/api/dossier': {
        get: {
          summary: 'the dossier of a collection',
          description: 'Rendered once per change of the dossier; sent with an ETag (If-None-Match answers 304) and brotli or gzip when Accept-Encoding allows.',
          parameters: [
            collection,
            { name: 'format', in: 'query', schema: { enum: [...FORMATS] } },
            { name: 'full', in: 'query', schema: { enum: ['1'] }, description: 'JSON with every body and claim (default: compact, cited claims only)' },
          ],
          responses: {
            200: {
              description: 'the dossier',
              content: { 'application/json': {}, 'text/markdown': {}, 'text/html': {}, 'application/ld+json': {}, 'text/csv': {}, 'text/calendar': {} },
            },
            304: { description: 'not modified: the ETag given in If-None-Match is current' },
            400: error,
          },
        },
      },
      '/api/collections': {
        get: {
          summary: 'every collection in the store: its agreements with their stage, newest event and open conflicts, its number of reports',
          description:
            'The unsorted pile (reports matched to no followed agreement: the stored watch config’s "unsorted" collection, "unsorted" without one) is marked `unsorted: true` and listed last.',
          responses: { 200: json('{ collections: [{ name, documents, unsorted, agreements, conflicts, open_conflicts }] }') },
        },
      },
      '/api/compare': {
        get: {
          summary: 'the agreements of every sorted collection side by side: ATOP-style obligations (value and status), parties, signature, entry into force',
          responses: {
            200: json(
              '{ obligations: [{ key, label, gloss }], agreements: [{ collection, id, name, parties, signed, entered_into_force, stage, obligations }] }',
            ),
          },
        },
      },
      '/api/watch/config': {
        get: {
          summary: 'what `pactwatch watch` follows: the stored watch config (an empty one while none was saved), in the config file’s JSON form',
          responses: { 200: { description: 'the config', content: { 'application/json': { schema: { $ref: '#/components/schemas/WatchConfig' } } } } },
        },
        put: {
          summary: 'replace the stored watch config; `pactwatch watch` without --config and the home page’s unsorted pile use it',
          description:
            'Checked as `pactwatch watch --config` checks a file; a local folder source must be an absolute path (there is no config file folder to resolve a relative one against). A 400 names the faulty field in one sentence.',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WatchConfig' } } } },
          responses: {
            200: { description: 'the config as stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/WatchConfig' } } } },
            400: error,
            401: error,
            413: error,
            415: error,
          },
        },
      },
      '/api/outlets': {
        get: {
          summary: 'the user’s outlet register in force, where it came from, and the register merged over the bundled one',
          responses: { 200: { description: 'the registers', content: { 'application/json': { schema: { $ref: '#/components/schemas/Outlets' } } } } },
        },
        put: {
          summary: 'replace the user’s outlet register; it is kept in the store, and every dossier served types its documents’ sources under it',
          description:
            'Checked as `--outlets FILE` is; a 400 names each faulty entry. No report is read again. A file given to `serve --outlets` wins at the next start.',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/OutletRegister' } } } },
          responses: {
            200: { description: 'the registers now in force', content: { 'application/json': { schema: { $ref: '#/components/schemas/Outlets' } } } },
            400: error,
            401: error,
            413: error,
            415: error,
          },
        },
      },
      '/api/events': {
        get: {
          summary: 'alerts as Server-Sent Events (event: alert, id, data: the alert JSON), live as workers find them',
          description:
            'A new lifecycle event, a new conflict, a status change or a new misstatement, each with the sentences that caused it (`evidence`: text, offsets, document). Last-Event-ID (or ?after=ID) first sends the alerts stored after that id.',
          parameters: [
            { name: 'collection', in: 'query', schema: { type: 'string' }, description: 'only this collection’s alerts (default: all)' },
            { name: 'after', in: 'query', schema: { type: 'integer' }, description: 'replay alerts after this id' },
          ],
          responses: { 200: { description: 'an event stream', content: { 'text/event-stream': {} } } },
        },
      },
      '/api/changes': {
        get: {
          summary: 'what changed since a time: new documents, new or changed facts, new conflicts',
          parameters: [collection, { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' } }],
          responses: { 200: json('{ documents, facts, conflicts }'), 400: error },
        },
      },
    },
  };
}
