// The dossier as the spec's JSON (../shared/spec/dossier.md): pretty-printed, keys in the spec's order so two
// runs over the same pile give byte-identical files whatever order a stage happened to build an object in.
import type { Dossier } from '../types.ts';

/** Key order of one object kind, and the shapes of its nested fields (arrays: of each element). */
interface Shape {
  order: string[];
  fields?: Record<string, Shape>;
}

const SPAN = ['text', 'start', 'end'];
const INSTRUMENT: Shape = { order: ['title', 'date', 'claims'] };
const OBLIGATION: Shape = { order: ['value', 'conditions', 'claims', 'basis'] };
const EVENT = ['step', 'date', 'party', 'body', 'ref', 'place', 'claims', 'docs'];

/** The spec's order first; fields the spec leaves out (the types' extras) follow in the types' order. */
const DOSSIER: Shape = {
  order: ['version', 'generated', 'documents', 'claims', 'agreements', 'conflicts', 'warnings'],
  fields: {
    documents: {
      order: [
        'id',
        'file',
        'sha256',
        'title',
        'outlet',
        'author',
        'published',
        'language',
        'kind',
        'source_type',
        'source_state',
        'source_evidence',
        'body',
        'removed',
        'near_duplicate_of',
        'warnings',
        'format',
        'url',
        'evidence',
      ],
      fields: { removed: { order: ['text', 'why'] } },
    },
    claims: {
      order: [
        'id',
        'doc',
        'start',
        'end',
        'text',
        'kind',
        'speaker',
        'articles',
        'dates',
        'parties',
        'unit',
        'article_refs',
        'foreign_refs',
        'party_mentions',
        'bodies',
        'features',
      ],
      fields: {
        dates: { order: ['value', 'text', 'start', 'end', 'until', 'relative'] },
        article_refs: { order: ['number', 'paragraph', 'inherited', ...SPAN] },
        foreign_refs: { order: ['number', 'instrument', ...SPAN] },
        party_mentions: { order: ['code', 'form', ...SPAN] },
        bodies: { order: ['name', 'country', 'role', ...SPAN] },
        features: { order: ['cue', 'weight', 'text'] },
      },
    },
    agreements: {
      order: [
        'id',
        'title',
        'aliases',
        'parties',
        'signed',
        'article_count',
        'articles',
        'obligations',
        'lifecycle',
        'expected',
        'duration',
        'supersedes',
        'related',
        'disputed_events',
        'split',
      ],
      fields: {
        signed: { order: ['date', 'place', 'claims'] },
        articles: { order: ['number', 'topics', 'summary', 'claims', 'docs'] },
        obligations: {
          order: ['defense', 'consultation', 'nonaggression', 'neutrality', 'no_competing_commitments', 'no_territory_use', 'offense'],
          fields: {
            defense: OBLIGATION,
            consultation: OBLIGATION,
            nonaggression: OBLIGATION,
            neutrality: OBLIGATION,
            no_competing_commitments: OBLIGATION,
            no_territory_use: OBLIGATION,
            offense: OBLIGATION,
          },
        },
        lifecycle: { order: EVENT },
        expected: { order: ['step', 'condition', 'claims'] },
        duration: { order: ['kind', 'years', 'renewal_years', 'notice', 'claims'] },
        supersedes: INSTRUMENT,
        related: INSTRUMENT,
        disputed_events: { order: [...EVENT, 'reason'] },
      },
    },
    conflicts: {
      order: ['slot', 'about', 'agreement', 'values', 'resolved', 'misstated_by'],
      fields: { values: { order: ['value', 'docs', 'claims'] }, resolved: { order: ['value', 'basis'] } },
    },
    warnings: { order: ['level', 'file', 'message'] },
  },
};

/** A copy of `value` with object keys in the shape's order; keys no shape names keep sorted order at the end. */
function ordered(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, shape));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const known = shape?.order ?? [];
  const rest = Object.keys(obj)
    .filter((k) => !known.includes(k))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    if (key in obj) out[key] = ordered(obj[key], shape?.fields?.[key]);
  }
  return out;
}

/**
 * The dossier's JSON in pieces: each document and claim of a large pile is ordered and stringified on its
 * own, so writing 10,000 reports never holds a second copy of the dossier or one giant string. The pieces
 * join to exactly `JSON.stringify(ordered(d), null, 2)`: JSON strings hold no raw newline, so indenting a
 * nested value is a replace on its line breaks.
 */
export function* jsonChunks(d: Dossier): Generator<string> {
  const record = d as unknown as Record<string, unknown>;
  const top = ordered({ ...d, documents: [], claims: [], agreements: [], conflicts: [], warnings: [] }, DOSSIER) as object;
  const keys = Object.keys(top).filter((key) => record[key] !== undefined);
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  yield '{';
  for (const [i, key] of keys.entries()) {
    const value = record[key];
    const shape = DOSSIER.fields?.[key];
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield indent(JSON.stringify(ordered(value, shape), null, 2), '  ');
      continue;
    }
    yield '[';
    for (const [j, item] of value.entries()) yield `${j ? ',' : ''}\n    ${indent(JSON.stringify(ordered(item, shape), null, 2), '    ')}`;
    yield '\n  ]';
  }
  yield '\n}\n';
}

export function toJson(d: Dossier): string {
  return [...jsonChunks(d)].join('');
}
