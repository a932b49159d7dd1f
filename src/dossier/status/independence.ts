// Which reports are one source. Reports that repeat each other count once: a near duplicate (a syndicated
// copy, already linked by the clean stage), and a report that credits an outlet whose own report is in the pile
// ("(Agency) -", "according to Agency", "сообщает Agency", "selon l'agence Agency", "— Agency"). Deliberately
// simple and explainable: a report that credits an outlet joins that outlet's source for everything it says, not
// only for the credited passage. Two reports of one outlet stay two sources (a wire's story and its later
// factbox each report): only a copy or a credit joins them.
import { DEFAULT_REGISTER, nameKey } from '../../meta/index.ts';
import type { DocumentRecord } from '../../types.ts';
import { creditsIn } from './credits/index.ts';

/** A report counted with another's source, and why. */
export interface Repeat {
  doc: string;
  /** The document whose source it joins. */
  source: string;
  why: string;
}

export interface Independence {
  /** doc id → the id of its independent source (the first report of its group, in pile order). */
  sources: Record<string, string>;
  /** The reports that joined another's source, with the reason in words. */
  repeats: Repeat[];
}

/** Words that end an outlet's name without telling it apart ("Tarnford Wire" is credited as "Tarnford"). */
const GENERIC_TAILS = ['news agency', 'news service', 'wire service', 'press agency', 'english edition', 'agency', 'wire', 'press', 'news', 'online'];
/** A shortened name shorter than this is too ambiguous to look for. */
const MIN_SHORT_NAME = 4;
/** Lines cut by cleaning that still credit a source (a credit line, a byline, a dateline). */
const CREDIT_LINES = new Set(['credit', 'byline', 'dateline']);

/** The outlet's register entry names, else the name itself. */
const REGISTERED = new Map<string, string[]>();
for (const e of DEFAULT_REGISTER.outlets) for (const n of e.names) REGISTERED.set(nameKey(n), e.names);

/** One key per outlet: a registered outlet's first name, else its own name's key. */
function outletKey(outlet: string): string {
  const names = REGISTERED.get(nameKey(outlet));
  return nameKey(names ? names[0] : outlet);
}

/** The ways a report may write the outlet's name: itself, its registered names, and without a generic tail. */
export function namesOf(outlet: string): string[] {
  const out = new Set([outlet.trim(), ...(REGISTERED.get(nameKey(outlet)) ?? [])]);
  for (const n of [...out]) {
    const bare = n.replace(/^the\s+/i, '');
    const lower = bare.toLowerCase();
    const tail = GENERIC_TAILS.find((t) => lower.endsWith(` ${t}`));
    if (tail) {
      const short = bare.slice(0, bare.length - tail.length - 1).trim();
      if (short.length >= MIN_SHORT_NAME) out.add(short);
    }
  }
  return [...out].filter((n) => n.length >= 2);
}

export function independenceOf(docs: DocumentRecord[], nearDuplicates: Record<string, string> = {}): Independence {
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const parent = new Map(docs.map((d) => [d.id, d.id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const repeats: Repeat[] = [];
  const join = (doc: string, source: string, why: string) => {
    const a = find(doc);
    const b = find(source);
    if (a === b) return;
    // The earlier report heads the group.
    if (order.get(a)! < order.get(b)!) parent.set(b, a);
    else parent.set(a, b);
    repeats.push({ doc, source, why });
  };

  for (const d of docs) {
    const root = nearDuplicates[d.id] ?? d.near_duplicate_of;
    if (root && root !== d.id && parent.has(root)) join(d.id, root, 'near duplicate');
  }
  // The outlets a report may credit: each outlet's first report in the pile stands for it.
  const firstOfOutlet = new Map<string, DocumentRecord>();
  for (const d of docs) {
    const key = d.outlet ? outletKey(d.outlet) : null;
    if (key && !firstOfOutlet.has(key)) firstOfOutlet.set(key, d);
  }
  for (const d of docs) {
    const own = d.outlet ? outletKey(d.outlet) : null;
    const names = new Map([...firstOfOutlet].filter(([key]) => key !== own).map(([key, first]) => [key, namesOf(first.outlet!)]));
    if (!names.size) continue;
    const texts = [d.body ?? '', ...(d.removed ?? []).filter((r) => CREDIT_LINES.has(r.why)).map((r) => r.text)];
    for (const [key, words] of creditsIn(texts, names)) {
      const source = firstOfOutlet.get(key)!;
      join(d.id, source.id, `credits ${source.outlet}: "${words}"`);
    }
  }
  const sources: Record<string, string> = {};
  for (const d of docs) sources[d.id] = find(d.id);
  return { sources, repeats };
}
