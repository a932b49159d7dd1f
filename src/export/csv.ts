// Research exports as CSV (RFC 4180, UTF-8 with a byte-order mark and CRLF line ends, so Excel reads the
// accents and the lines as LibreOffice, Google Sheets, R and pandas do): one row per agreement with the ATOP
// variables and their evidence, and one row per claim with its offsets.
import { stringify } from 'csv-stringify/sync';
import type { Agreement, Claim, Dossier, ObligationKey } from '../types.ts';
import { latestEvent, lookup, OBLIGATIONS, statusHeadline } from './view.ts';

/** Several values in one cell: "4; 5", "AU; BR". */
const LIST_SEPARATOR = '; ';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(…)" from a hostile report).
 * Such a cell is written with a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV
 * injection); numbers we write ourselves never start so.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet shows as text, never runs. */
export function textCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function listCell(values: readonly (string | number)[]): string {
  return textCell(values.join(LIST_SEPARATOR));
}

type Cell = string | number;

function toCsv(columns: readonly string[], rows: Cell[][]): string {
  return stringify(rows, { header: true, columns: [...columns], bom: true, record_delimiter: 'windows' });
}

/**
 * ATOP v5 variable names for the obligations ATOP codes as 0/1 (Leeds et al., Alliance Treaty Obligations and
 * Provisions codebook); the two obligations without an ATOP variable of that kind keep Pactwatch's names.
 */
export const ATOP_VARIABLES: Record<ObligationKey, string> = {
  defense: 'DEFENSE',
  offense: 'OFFENSE',
  neutrality: 'NEUTRAL',
  nonaggression: 'NONAGG',
  consultation: 'CONSUL',
  no_competing_commitments: 'no_competing_commitments',
  no_territory_use: 'no_territory_use',
};

/** The evidence columns each obligation's code gets, after the code itself. */
const EVIDENCE_COLUMNS = ['articles', 'claims', 'conditions', 'basis'] as const;

const AGREEMENT_COLUMNS = [
  'agreement',
  'title',
  'aliases',
  'parties',
  'multilateral',
  'signed',
  'signed_place',
  'article_count',
  'status',
  'latest_step',
  'latest_date',
  'entered_into_force',
  'duration',
] as const;

export const ATOP_COLUMNS: readonly string[] = [
  ...AGREEMENT_COLUMNS,
  ...OBLIGATIONS.flatMap(({ key }) => [ATOP_VARIABLES[key], ...EVIDENCE_COLUMNS.map((c) => `${ATOP_VARIABLES[key]}_${c}`)]),
];

/** ATOP's coding: 1 yes, 0 no; an empty cell where the sources do not tell (read as missing by R, Stata, pandas). */
function code(value: boolean | null): Cell {
  return value === null ? '' : value ? 1 : 0;
}

/** The agreement's articles about an obligation: those whose topic it is, and those its claims cite. */
function obligationArticles(a: Agreement, key: ObligationKey, claims: readonly (Claim | undefined)[]): number[] {
  const topic = key.replaceAll('_', '-');
  const numbers = new Set(a.articles.filter((x) => x.topics.includes(topic)).map((x) => x.number));
  for (const c of claims) for (const n of c?.articles ?? []) numbers.add(n);
  return [...numbers].sort((x, y) => x - y);
}

function durationCell(a: Agreement): string {
  const d = a.duration;
  if (!d.kind) return '';
  if (d.kind === 'indefinite') return 'indefinite';
  return d.years ? `${d.years} years${d.renewal_years ? `, renewed by ${d.renewal_years}` : ''}` : 'fixed';
}

function agreementRow(d: Dossier, a: Agreement): Cell[] {
  const look = lookup(d);
  const latest = latestEvent(a);
  const inForce = a.lifecycle.find((e) => e.step === 'entered-into-force' && e.party === null) ?? a.lifecycle.find((e) => e.step === 'entered-into-force');
  const row: Cell[] = [
    a.id,
    textCell(a.title),
    listCell(a.aliases),
    listCell(a.parties),
    code(a.multilateral ?? false),
    a.signed.date ?? '',
    textCell(a.signed.place),
    a.article_count ?? '',
    statusHeadline(a).headline,
    latest?.step ?? '',
    latest?.date ?? '',
    inForce?.date ?? '',
    durationCell(a),
  ];
  for (const { key } of OBLIGATIONS) {
    const o = a.obligations[key];
    const claims = o.claims ?? [];
    row.push(code(o.value), listCell(obligationArticles(a, key, claims.map(look.claim))), listCell(claims), listCell(o.conditions ?? []), textCell(o.basis));
  }
  return row;
}

/** One row per agreement: ATOP's obligation codes with the articles, claims, conditions and basis behind each. */
export function toAtopCsv(d: Dossier): string {
  return toCsv(
    ATOP_COLUMNS,
    d.agreements.map((a) => agreementRow(d, a)),
  );
}

export const CLAIM_COLUMNS = ['claim', 'doc', 'file', 'start', 'end', 'kind', 'speaker', 'articles', 'dates', 'parties', 'text'] as const;

/** One row per claim: where it sits in its document's body (UTF-16 offsets, as in the JSON) and what it says. */
export function toClaimsCsv(d: Dossier): string {
  const { doc } = lookup(d);
  return toCsv(
    CLAIM_COLUMNS,
    d.claims.map((c) => [
      c.id,
      c.doc,
      textCell(doc(c.doc)?.file),
      c.start,
      c.end,
      c.kind,
      textCell(c.speaker),
      listCell(c.articles),
      listCell(c.dates.map((x) => x.value)),
      listCell(c.parties),
      textCell(c.text),
    ]),
  );
}
