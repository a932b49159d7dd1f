// Citation numbering shared by the Markdown footnotes and the HTML links: a claim keeps one number wherever
// it is cited, numbers follow first use, and a fact known only from a document cites the document itself.
import type { Claim, DocumentRecord } from '../types.ts';
import type { Lookup } from './view.ts';

export interface Citation {
  n: number;
  /** The cited sentence, or null when the fact rests on a whole document. */
  claim: Claim | null;
  doc: DocumentRecord;
}

export class Citations {
  private readonly byKey = new Map<string, Citation>();

  constructor(private readonly look: Lookup) {}

  /** Cites claims, then each listed document none of those claims comes from. Unknown ids are skipped. */
  cite(claimIds: readonly string[] = [], docIds: readonly string[] = []): Citation[] {
    const out: Citation[] = [];
    const covered = new Set<string>();
    for (const id of claimIds) {
      const claim = this.look.claim(id);
      const doc = claim && this.look.doc(claim.doc);
      if (!claim || !doc) continue;
      covered.add(doc.id);
      out.push(this.take(`claim:${id}`, claim, doc));
    }
    for (const id of docIds) {
      const doc = this.look.doc(id);
      if (!doc || covered.has(id)) continue;
      covered.add(id);
      out.push(this.take(`doc:${id}`, null, doc));
    }
    return out;
  }

  /** Every citation so far, in number order. */
  all(): Citation[] {
    return [...this.byKey.values()];
  }

  private take(key: string, claim: Claim | null, doc: DocumentRecord): Citation {
    let c = this.byKey.get(key);
    if (!c) {
      c = { n: this.byKey.size + 1, claim, doc };
      this.byKey.set(key, c);
    }
    return c;
  }
}
