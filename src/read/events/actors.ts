// Who acted: the bodies a claim names (the reading stage's, with canonical names and countries) and, where it
// named none, generic words for legislatures, heads of state or government and governments in en/ru/de/fr/es.
import type { BodyMention, Claim } from '../../types.ts';
import { rx, matchesOf } from './regex.ts';

export type ActorRole = 'legislature' | 'head' | 'government' | 'other';

export interface Actor {
  start: number;
  end: number;
  name: string;
  role: ActorRole;
  country: string | null;
  /** Found by the reading stage (a canonical name), not by a generic word. */
  named: boolean;
  /** Which chamber of a legislature, when the words say ("Federation Council", "Senate", "lower house"). */
  house?: 'upper' | 'lower';
}

/** The reading stage's roles folded into what decides a step: a vote is a legislature's, ratification a head's. */
const ROLE_OF: Record<BodyMention['role'], ActorRole> = {
  legislature: 'legislature',
  'lower-house': 'legislature',
  'upper-house': 'legislature',
  'head-of-state': 'head',
  'head-of-government': 'head',
  government: 'government',
  ministry: 'government',
  other: 'other',
};

const LEGISLATURE_WORDS = [
  String.raw`parliaments?|parliamentarians|legislatures?|lawmakers|legislators|MPs|deputies|senators|senate|congress|duma|diet|assembly|chambers?`,
  String.raw`upper\s+house|lower\s+house|house\s+of\s+(?:representatives|commons|lords|councillors)`,
  String.raw`парламент\w*|госдум\w*|дум[аеуы]|сейм\w*|собрани\w+|совет\w*\s+федерации|совфед\w*|палат\w+|депутат\w*|сенат\w*|сенатор\w*`,
  String.raw`\w*[Pp]arlament\w*|Bundestag\w*|Bundesrat\w*|Landtag\w*|\w*[Vv]ersammlung|Nationalrat\w*|Kammer\w*|Abgeordnete\w*|Senat\w*`,
  String.raw`Parlements?|parlementaires|Assemblée|Sénat|sénateurs|députés`,
  String.raw`Parlamento|parlamentarios|legisladores|diputados|senadores|Senado|Congreso|Cortes|Asamblea|Cámara`,
];
/** "presidential" is not a president. */
const HEAD_WORDS = [
  String.raw`president(?:'s|’s)?|chancellor|prime\s+minister|premier|king|queen|monarch|emperor|emir|sultan|head\s+of\s+state|leader`,
  String.raw`президент\w*|канцлер\w*|премьер\w*|корол\w+|лидер\w*`,
  String.raw`Präsident(?:in)?|Kanzler(?:in)?|Premierminister(?:in)?|König(?:in)?|Staatschef\w*`,
  String.raw`président(?:e)?|chancelier|premier\s+ministre|roi|reine|dirigeant`,
  String.raw`presidente|presidenta|canciller|primer\s+ministro|rey|reina|mandatario`,
];
const GOVERNMENT_WORDS = [String.raw`government|cabinet|правительств\w*|Regierung|Bundesregierung|Kabinett|gouvernement|gobierno|Ejecutivo`];

const HOUSE_OF: Partial<Record<BodyMention['role'], { house: 'upper' | 'lower' }>> = { 'upper-house': { house: 'upper' }, 'lower-house': { house: 'lower' } };

/** Generic words, used only where the reading stage found no body. */
const GENERIC: [ActorRole, RegExp][] = [
  ['legislature', rx(String.raw`\b(?:${LEGISLATURE_WORDS.join('|')})\b`)],
  ['head', rx(String.raw`\b(?:${HEAD_WORDS.join('|')})\b`)],
  ['government', rx(String.raw`\b(?:${GOVERNMENT_WORDS.join('|')})\b`)],
];

/** Every actor named in a claim, in text order; the reading stage's bodies win where both found one. */
export function actorsOf(claim: Pick<Claim, 'text' | 'bodies'>): Actor[] {
  const named: Actor[] = (claim.bodies ?? []).map((b) => ({ start: b.start, end: b.end, name: b.name, role: ROLE_OF[b.role] ?? 'other', country: b.country, named: true, ...HOUSE_OF[b.role] }));
  const generic = genericActors(claim.text).filter((m) => !named.some((n) => n.start < m.end && m.start < n.end));
  return [...named, ...generic].sort((a, b) => a.start - b.start);
}

function genericActors(text: string): Actor[] {
  const out: Actor[] = [];
  for (const [role, re] of GENERIC) {
    for (const m of matchesOf(re, text)) {
      const name = canonical(role, m.text);
      out.push({ start: m.start, end: m.end, name, role, country: null, named: false, ...(name === 'Senate' ? { house: 'upper' as const } : {}) });
    }
  }
  return out;
}

/** Senators are a senate; other members of a legislature ("lawmakers", "Депутаты", "Abgeordnete") its whole. */
const SENATORS = /^(?:senat|сенат|senad|sénat)/iu;
function canonical(role: ActorRole, words: string): string {
  if (role !== 'legislature') return words.replace(/(?:'s|’s)$/, '');
  return SENATORS.test(words) ? 'Senate' : 'Parliament';
}
