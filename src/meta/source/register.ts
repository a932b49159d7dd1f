// The outlet register: who an outlet is, when the report itself does not say. Pure: the register is passed in.
// The bundled default (src/meta/source/outlets.json) lists major wires and state agencies from public facts; a user's own
// register is merged over it (its entries win, and `"defaults": false` drops the bundled set). Entries are looked
// up by name (any script, any case, "The" and punctuation ignored) and by the host of the report's address.
import { hostOf } from './domains.ts';
import { type OutletEntry, type OutletRegister, SOURCE_TYPES, type SourceType } from './types.ts';

export interface RegisterIndex {
  byName: Map<string, OutletEntry>;
  domains: [string, OutletEntry][];
}

/** A name's key: lowercase letters and digits of any script, single spaces, no leading article. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|la|le|les|el|los|las|die|der|das) /u, '');
}

/** Problems of a register read from a file, one line each; an empty list when it is well formed. */
export function registerProblems(value: unknown): string[] {
  if (!value || typeof value !== 'object' || !Array.isArray((value as OutletRegister).outlets)) return ['the register is an object with an "outlets" array'];
  const problems: string[] = [];
  (value as OutletRegister).outlets.forEach((e, i) => {
    const at = `outlets[${i}]`;
    if (!e || !Array.isArray(e.names) || !e.names.length || e.names.some((n) => typeof n !== 'string' || !n.trim()))
      problems.push(`${at}: "names" is a non-empty list of names`);
    if (!SOURCE_TYPES.includes(e?.type as SourceType)) problems.push(`${at}: "type" is one of ${SOURCE_TYPES.join(', ')}`);
    if (e?.state != null && !/^[A-Z]{2}$/.test(e.state)) problems.push(`${at}: "state" is an ISO 3166-1 alpha-2 code or null`);
    if (e?.domains != null && (!Array.isArray(e.domains) || e.domains.some((d) => typeof d !== 'string')))
      problems.push(`${at}: "domains" is a list of hostnames`);
  });
  return problems;
}

/** The user's register over the defaults: a user's entry replaces a default entry that shares a name or a domain. */
export function mergeRegisters(defaults: OutletRegister, user: OutletRegister | null): OutletRegister {
  if (!user) return defaults;
  if (user.defaults === false) return { outlets: user.outlets };
  const userNames = new Set(user.outlets.flatMap((e) => e.names.map(nameKey)));
  const userDomains = new Set(user.outlets.flatMap((e) => e.domains ?? []));
  const kept = defaults.outlets.filter((e) => !e.names.some((n) => userNames.has(nameKey(n))) && !(e.domains ?? []).some((d) => userDomains.has(d)));
  return { outlets: [...user.outlets, ...kept] };
}

const indexes = new WeakMap<OutletRegister, RegisterIndex>();

function indexOf(register: OutletRegister): RegisterIndex {
  let index = indexes.get(register);
  if (!index) {
    const byName = new Map<string, OutletEntry>();
    // The first entry with a name keeps it: a merged register lists the user's entries first.
    for (const e of register.outlets) for (const n of e.names) if (!byName.has(nameKey(n))) byName.set(nameKey(n), e);
    const domains = register.outlets.flatMap((e) => (e.domains ?? []).map((d): [string, OutletEntry] => [d.toLowerCase().replace(/^www\./, ''), e]));
    index = { byName, domains };
    indexes.set(register, index);
  }
  return index;
}

/** The entry of an outlet name, or null. */
export function lookupName(register: OutletRegister, name: string | null): OutletEntry | null {
  return name ? (indexOf(register).byName.get(nameKey(name)) ?? null) : null;
}

/** The entry whose domain the address is on (the host or a subdomain of it), or null. */
export function lookupDomain(register: OutletRegister, url: string | null): { entry: OutletEntry; domain: string } | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const [domain, entry] of indexOf(register).domains) if (host === domain || host.endsWith(`.${domain}`)) return { entry, domain };
  return null;
}
