// Who each document is when facts are weighed: its independent source, whether it is the official text, and
// the party it speaks for. A party's state media, and its government's own statements, speak for that party:
// they attest what their government did, but they are one voice, not independent witnesses.
import type { DocumentRecord } from '../../types.ts';
import type { Voices } from './rules.ts';

/** Source types that speak for the state behind them. */
const PARTY_VOICES = new Set(['state-media', 'government']);

/** The party a document speaks for: a party's state media or government (not the official text itself). */
export function partyVoice(doc: DocumentRecord | undefined, parties: Iterable<string>): string | null {
  if (!doc || doc.kind === 'official' || !doc.source_type || !PARTY_VOICES.has(doc.source_type) || !doc.source_state) return null;
  return new Set(parties).has(doc.source_state) ? doc.source_state : null;
}

export function voicesOf(
  docs: DocumentRecord[],
  sources: Record<string, string>,
  officialDocs: Set<string>,
  parties: string[],
): Voices & { partyOf: (doc: string) => string | null } {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const partySet = new Set(parties);
  return {
    sourceOf: (doc) => sources[doc] ?? doc,
    isOfficial: (doc) => officialDocs.has(doc),
    partyOf: (doc) => partyVoice(byId.get(doc), partySet),
    nameOf: (doc) => {
      const d = byId.get(doc);
      return d?.outlet ?? d?.file.split('/').pop() ?? doc;
    },
  };
}
