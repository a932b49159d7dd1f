// The facts of a dossier as flat keyed values, so two dossiers can be compared: what a new report changed.
import type { Dossier } from '../types.ts';

export interface FactChange {
  change: 'added' | 'changed' | 'removed';
  fact: string;
  value: string | null;
  before?: string | null;
}

export function dossierFacts(d: Dossier | null): Map<string, string> {
  const facts = new Map<string, string>();
  if (!d) return facts;
  d.agreements.forEach((a, i) => {
    const p = `agreement ${i + 1}`;
    facts.set(`${p} title`, a.title);
    facts.set(`${p} parties`, a.parties.join(', '));
    if (a.signed?.date || a.signed?.place) facts.set(`${p} signed`, [a.signed.date, a.signed.place].filter(Boolean).join(' in '));
    if (a.article_count != null) facts.set(`${p} article count`, String(a.article_count));
    for (const x of a.articles ?? []) facts.set(`${p} article ${x.number}`, x.topics.join(', '));
    for (const [k, o] of Object.entries(a.obligations ?? {})) if (o.value !== null) facts.set(`${p} obligation ${k}`, String(o.value));
    for (const e of a.lifecycle ?? []) facts.set(`${p} ${e.step}${e.party ? ` (${e.party})` : ''}`, [e.date, e.body].filter(Boolean).join(', ') || 'undated');
    if (a.duration?.kind) facts.set(`${p} duration`, [a.duration.kind, a.duration.years && `${a.duration.years} years`].filter(Boolean).join(', '));
    for (const s of a.supersedes ?? []) facts.set(`${p} supersedes ${s.title}`, s.date ?? '');
  });
  for (const c of d.conflicts)
    facts.set(`conflict ${c.slot}: ${c.about}`, `${c.values.map((v) => v.value).join(' vs ')} → ${c.resolved?.value ?? 'unresolved'}`);
  return facts;
}

export function diffFacts(before: Dossier | null, after: Dossier): FactChange[] {
  const a = dossierFacts(before);
  const b = dossierFacts(after);
  const out: FactChange[] = [];
  for (const [fact, value] of b) {
    if (!a.has(fact)) out.push({ change: 'added', fact, value });
    else if (a.get(fact) !== value) out.push({ change: 'changed', fact, value, before: a.get(fact) });
  }
  for (const [fact, value] of a) if (!b.has(fact)) out.push({ change: 'removed', fact, value: null, before: value });
  return out;
}
