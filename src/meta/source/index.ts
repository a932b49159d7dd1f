// Source type per document: state media (and whose), government, wire, press, research, or null when nothing in
// the report shows it. Evidence first (rules.ts: the frame, the address, the kind); the outlet register only fills
// what the evidence leaves open (a type, or the state of a state outlet), except a user's own entries, which win.
import type { DocumentRecord } from '../../types.ts';
import { frameOf } from './frame.ts';
import { lookupDomain, lookupName } from './register.ts';
import { contextOf, RULES } from './rules.ts';
import type { OutletEntry, OutletRegister, SourceFinding, SourceInput } from './types.ts';

export { DEFAULT_REGISTER } from './defaults.ts';
export { domainSource, hostOf } from './domains.ts';
export { mergeRegisters, nameKey, registerProblems } from './register.ts';
export { describedAgency } from './rules.ts';
export { withoutLeadingState } from './states.ts';
export type { OutletEntry, OutletRegister, SourceFinding, SourceInput, SourceType } from './types.ts';
export { wordsOf } from './words/index.ts';

export interface SourceOptions {
  /** Consulted when the evidence abstains or leaves a state outlet's state open. */
  register: OutletRegister;
  /** A user's register: its entries decide over the evidence. */
  overrides?: OutletRegister | null;
}

const NONE: SourceFinding = { type: null, state: null, evidence: 'nothing in the report shows who publishes it' };

function entryFor(register: OutletRegister, input: SourceInput, credited: string | null): { entry: OutletEntry; by: string } | null {
  for (const name of [input.outlet, credited]) {
    const entry = lookupName(register, name);
    if (entry) return { entry, by: `name «${name}»` };
  }
  const domain = lookupDomain(register, input.url);
  return domain ? { entry: domain.entry, by: `domain ${domain.domain}` } : null;
}

const fromEntry = (e: OutletEntry, by: string, which: string): SourceFinding => ({
  type: e.type,
  state: e.state ?? null,
  evidence: `${which} register entry by ${by}`,
});

export function sourceOf(input: SourceInput, options: SourceOptions): SourceFinding {
  const frame = frameOf(input);
  const context = contextOf(input, frame);
  const credited = context.syndicated ? null : context.credited;
  const own = options.overrides ? entryFor(options.overrides, input, credited) : null;
  if (own) return fromEntry(own.entry, own.by, "the user's");
  let decided: SourceFinding | null = null;
  for (const rule of RULES) {
    decided = rule(context);
    if (decided) break;
  }
  const needsState = decided && (decided.type === 'state-media' || decided.type === 'government') && !decided.state;
  // "press" is what any named publication is when nothing says more, and an agency with no frame is open: a listed
  // outlet says more.
  const open = decided && (decided.type === 'press' || decided.open);
  if (decided && !needsState && !open) return decided;
  const listed = entryFor(options.register, input, credited);
  if (!listed) return decided ? { type: decided.type, state: decided.state, evidence: decided.evidence } : NONE;
  if (!decided || open) return fromEntry(listed.entry, listed.by, 'outlet');
  return listed.entry.type === decided.type && listed.entry.state
    ? { ...decided, state: listed.entry.state, evidence: `${decided.evidence}; state from the outlet register by ${listed.by}` }
    : decided;
}

/** A document's source fields typed again from its record (a stored document, or a user's register given late). */
export function retypeSource(
  doc: Pick<DocumentRecord, 'outlet' | 'kind' | 'language' | 'url' | 'body' | 'removed' | 'evidence'>,
  options: SourceOptions,
): Pick<DocumentRecord, 'source_type' | 'source_state' | 'source_evidence'> {
  const input = {
    outlet: doc.outlet,
    outletEvidence: doc.evidence?.outlet ?? null,
    kind: doc.kind,
    language: doc.language,
    url: doc.url,
    body: doc.body,
    removed: doc.removed,
  };
  const found = sourceOf(input, options);
  return { source_type: found.type, source_state: found.state, source_evidence: found.evidence };
}
