// An alert as the page reads it from the server's stream (GET /api/events, `event: alert`): only the fields it
// shows, each checked, since its strings come from reports; a message of another shape is dropped, never shown raw.

/** The sentence that caused an alert; `doc.sha256` is empty when it cannot be opened in its document. */
export interface AlertSentence {
  text: string;
  start: number;
  end: number;
  doc: { sha256: string; name: string };
}

export interface ShownAlert {
  kind: string;
  collection: string;
  agreement: string | null;
  summary: string;
  at: string | null;
  sentence: AlertSentence | null;
}

/** The kinds the server sends (src/alerts/types.ts AlertKind) as a reader names them. */
const KIND_LABELS: Record<string, string> = {
  event: 'New lifecycle event',
  conflict: 'New conflict',
  status: 'Status change',
  misstatement: 'New misstatement',
};

export function kindLabel(kind: string): string {
  return Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind] : 'Alert';
}

const SHA256 = /^[0-9a-f]{64}$/;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const offset = (v: unknown): number | null => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null);

function sentenceOf(raw: unknown): AlertSentence | null {
  const e = raw as { text?: unknown; start?: unknown; end?: unknown; doc?: Record<string, unknown> } | null;
  const text = str(e?.text);
  if (!e || !text) return null;
  const doc = e.doc ?? {};
  const sha = str(doc.sha256);
  const start = offset(e.start);
  const end = offset(e.end);
  return {
    text,
    start: start ?? 0,
    end: end ?? 0,
    doc: { sha256: sha && SHA256.test(sha) && start !== null && end !== null ? sha : '', name: str(doc.outlet) ?? str(doc.title) ?? str(doc.file) ?? 'Source' },
  };
}

/** The alert in a stream message, or null when it is not one (an unknown shape is dropped, never shown raw). */
export function readAlert(data: string): ShownAlert | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  const collection = str(raw?.collection);
  const summary = str(raw?.summary);
  if (!collection || !summary) return null;
  const evidence = Array.isArray(raw.evidence) ? raw.evidence : [];
  return {
    kind: str(raw.kind) ?? 'alert',
    collection,
    agreement: str((raw.agreement as { title?: unknown } | null)?.title),
    summary,
    at: str(raw.at),
    sentence: sentenceOf(evidence[0]),
  };
}
