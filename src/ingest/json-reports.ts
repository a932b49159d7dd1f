// JSON and JSONL containers: one report per object. A JSON file holds one object, an array of objects, or an
// object wrapping one array of them ({"items": [...]}); JSONL holds one object per line. A bad entry is a
// warning naming the line and the rest carry on. An item with both text and html keeps both; the clean
// stage chooses.
import type { MetaHints, RawDocument, Warning } from '../types.ts';
import { looksLikeHtml } from './format.ts';
import { canonicalJson, sha256Hex } from './hash.ts';
import { normalizeText } from './normalize.ts';

/** Field names read for each part of a report, first match wins. Besides the documented names (text, html,
 *  url, outlet, published, title, author, language) the spellings of common scrapers and schema.org. */
const FIELDS = {
  text: ['text', 'body', 'content', 'articleBody'],
  html: ['html', 'body_html', 'content_html'],
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'site_name', 'publisher'],
  author: ['author', 'authors', 'byline', 'creator'],
  published: ['published', 'date', 'published_at', 'datePublished', 'pubDate'],
  url: ['url', 'link'],
  language: ['language', 'lang', 'inLanguage'],
} as const satisfies Record<string, readonly string[]>;

type Obj = Record<string, unknown>;

interface Entry {
  /** 1-based position among the file's entries (array elements, or non-blank lines). */
  n: number;
  /** 1-based line, for JSONL. */
  line?: number;
  value: unknown;
}

export interface JsonReports {
  docs: RawDocument[];
  warnings: Warning[];
}

/** A report nested deeper than this (none real comes near) has its deeper values dropped, with a warning: every
 *  step that walks a value (its canonical hash, reading its fields) would otherwise overflow the stack. */
export const MAX_JSON_DEPTH = 100;

/** Whether a value nests objects or arrays deeper than `limit`; walked without recursion. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** A copy of an object with every object or array nested deeper than `limit` replaced by null, and how many
 *  were; keys keep their order. Without recursion. */
function pruned(value: Obj, limit: number): { value: Obj; dropped: number } {
  let dropped = 0;
  const copyOf = (v: object): Record<string, unknown> => (Array.isArray(v) ? new Array(v.length) : {}) as Record<string, unknown>;
  const top = copyOf(value);
  const stack: [object, Record<string, unknown>, number][] = [[value, top, 1]];
  while (stack.length) {
    const [from, to, depth] = stack.pop()!;
    for (const [key, child] of Object.entries(from)) {
      if (child === null || typeof child !== 'object') to[key] = child;
      else if (depth >= limit) {
        to[key] = null;
        dropped++;
      } else {
        const copy = copyOf(child);
        to[key] = copy;
        stack.push([child, copy, depth + 1]);
      }
    }
  }
  return { value: top, dropped };
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field's value as text: a string, strings joined, or the `name` of a schema.org Person/Organization. */
function asText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const parts = v.map(asText).filter((s): s is string => !!s);
    return parts.length ? parts.join(', ') : null;
  }
  if (isObject(v)) return asText(v.name);
  return null;
}

function field(obj: Obj, names: readonly string[]): string | null {
  for (const name of names) {
    const s = asText(obj[name]);
    if (s) return s;
  }
  return null;
}

function hasReportField(obj: Obj): boolean {
  return [...FIELDS.text, ...FIELDS.html].some((k) => typeof obj[k] === 'string');
}

function entriesOfJson(value: unknown): Entry[] | string {
  if (Array.isArray(value)) return value.map((v, i) => ({ n: i + 1, value: v }));
  if (!isObject(value)) return 'JSON is neither an object nor an array of objects';
  if (hasReportField(value)) return [{ n: 1, value }];
  const arrays = Object.values(value).filter((v): v is unknown[] => Array.isArray(v) && v.some(isObject));
  if (arrays.length === 1) return arrays[0].map((v, i) => ({ n: i + 1, value: v }));
  return `JSON object has no text or html field and no single array of reports (keys: ${Object.keys(value).slice(0, 8).join(', ')})`;
}

function entriesOfLines(text: string, file: string, warnings: Warning[]): Entry[] {
  const entries: Entry[] = [];
  let n = 0;
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    n++;
    try {
      entries.push({ n, line: i + 1, value: JSON.parse(raw) });
    } catch (error) {
      warnings.push({ level: 'warning', file, message: `line ${i + 1}: invalid JSON (${(error as Error).message}); skipped` });
    }
  });
  return entries;
}

function toDocument(file: string, entry: Entry, charset: string, warnings: Warning[]): RawDocument | null {
  const where = entry.line ? `line ${entry.line}` : `report ${entry.n}`;
  const itemFile = `${file}#${entry.n}`;
  if (!isObject(entry.value)) {
    warnings.push({ level: 'warning', file, message: `${where}: not a JSON object; skipped` });
    return null;
  }
  let obj = entry.value;
  let deep: string | null = null;
  if (deeperThan(obj, MAX_JSON_DEPTH)) {
    const cut = pruned(obj, MAX_JSON_DEPTH);
    obj = cut.value;
    deep = `${where}: nested more than ${MAX_JSON_DEPTH} levels deep; the ${cut.dropped} value(s) at that depth were replaced by null`;
  }
  const text = field(obj, FIELDS.text);
  const html = field(obj, FIELDS.html);
  if (deep) warnings.push({ level: 'warning', file: itemFile, message: deep });
  if (!text && !html) {
    warnings.push({ level: 'warning', file: itemFile, message: `${where}: no text or html field (keys: ${Object.keys(obj).slice(0, 8).join(', ')}); skipped` });
    return null;
  }
  // A scraper's `text`/`content` that holds markup is HTML.
  const textIsHtml = !!text && !html && looksLikeHtml(text);
  const hints: MetaHints = {};
  for (const key of ['title', 'outlet', 'author', 'published', 'url', 'language'] as const) {
    const v = field(obj, FIELDS[key]);
    if (v) hints[key] = normalizeText(v);
  }
  return {
    file: itemFile,
    sha256: sha256Hex(canonicalJson(obj)),
    format: 'json',
    text: text && !textIsHtml ? normalizeText(text) : null,
    html: html ? normalizeText(html) : textIsHtml ? normalizeText(text!) : null,
    hints,
    charset,
    warnings: deep ? [deep] : [],
  };
}

/** Reads the reports of a decoded JSON or JSONL file. A `.json` that is really JSONL (and the reverse) is read
 *  as what it is. */
export function jsonReports(file: string, text: string, charset: string): JsonReports {
  const warnings: Warning[] = [];
  const fail = (message: string): JsonReports => ({ docs: [], warnings: [{ level: 'error', file, message }] });
  let entries: Entry[];
  try {
    const found = entriesOfJson(JSON.parse(text));
    if (typeof found === 'string') return fail(found);
    entries = found;
  } catch (error) {
    entries = entriesOfLines(text, file, warnings);
    // Not one line parsed: the file is broken JSON, not JSONL with a bad line.
    if (entries.length === 0) return fail(`invalid JSON: ${(error as Error).message}`);
  }
  const docs = entries.map((e) => toDocument(file, e, charset, warnings)).filter((d): d is RawDocument => d !== null);
  if (docs.length === 0) {
    warnings.push({ level: 'error', file, message: `no report read: ${entries.length ? 'no entry has a text or html field' : 'no JSON entry found'}` });
  }
  return { docs, warnings };
}
