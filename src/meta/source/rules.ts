// The evidence rules, strongest first; the first that decides gives the type, the state and the words. Each reads
// only the report's frame (menus, labels, mastheads, footers, credits, the dateline), its address and its kind:
// never the body's reporting, where other outlets and governments are quoted.
import { isNewsSiteNote, isResearchLabel, publicationNote, publisherName } from '../../text/index.ts';
import { copyrightHolder } from '../outlet-credits.ts';
import { seriesParts } from '../series-masthead.ts';
import { domainSource } from './domains.ts';
import type { Frame } from './frame.ts';
import { firstState, type StateMention, withoutLeadingState } from './states.ts';
import type { SourceFinding, SourceInput } from './types.ts';
import { wordsOf } from './words/index.ts';

const STATE_MEDIA = wordsOf('stateMedia');
const STATE_MEDIA_LINE = wordsOf('stateMedia', { anchored: true });
const AGENCY = wordsOf('agency');
const WIRE = wordsOf('wire');
const RESEARCH = wordsOf('research');
const RESEARCH_NOTE = wordsOf('researchNote');
const BULLETIN = wordsOf('bulletin');
const GOVERNMENT = wordsOf('government', { anchored: true });
const LEGISLATURE = wordsOf('legislature');
const INTERGOVERNMENTAL = wordsOf('intergovernmental');
const CIVIC = wordsOf('civic');
const NATIONAL_SECTION = wordsOf('nationalSections');
const WIRE_CREDIT = wordsOf('wireCredit');
const SYNDICATION = wordsOf('syndicationCredit');
const PAYWALL = wordsOf('paywall');
const PUBLISHED_BY = wordsOf('publishedBy');
const EDITORIAL = wordsOf('editorial');
const OPINION_PAGE = wordsOf('opinionPage');

/** A state in the possessive before a masthead's description: "Norway's international broadcaster". */
const POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s\s+/u;
/** A masthead's description in the body's first lines is short: "National news agency of Kazakhstan". */
const MAX_DESCRIPTION_WORDS = 8;
/** A self-note longer than this is a report about some publication, not a footer. */
const MAX_NOTE_CHARS = 200;
/** An agency credited by an abbreviation this short ("(BNA)", "(ونج)") is taken for the page's own. */
const MAX_ABBREVIATION = 5;
/** An agency's trailer: its slug perhaps, then editors' initials ("/XYZ/ ab/cd", "hp/ms 12.03.2025"). */
const EDITOR_CODES = /^(?:\/[^/]{2,30}\/\s*)?\p{L}{1,4}(?:\/\p{L}{1,4})+(?=\s|$)/u;
/** An agency as datelines bracket it: "(AIN)", "(dpa)"; a publication's name in a dateline has words. */
const DATELINE_ACRONYM = /^(?:\p{Lu}{2,6}|\p{Ll}{2,6})$/u;
/** Outlet evidence that is a research paper's masthead: its name beside a series label ("Working Paper 7/2024"). */
const SERIES_OUTLET = /^research paper's masthead/;
/** Outlet evidence that names a publisher only in passing: a "Name, date" line under the headline. */
const WEAK_OUTLET = /^masthead line with its date/;
/** Outlet evidence that names an agency the report credits, not the page's own masthead. */
const CREDITED_OUTLET = /^(?:dateline|syndication credit)/;

export interface RuleContext {
  input: SourceInput;
  frame: Frame;
  /** The name the page gives itself (site name, masthead, copyright), when it is not only a credit. */
  ownName: string | null;
  /** The agency a dateline or a "Distributed by" credit names. */
  credited: string | null;
  /** The page carries another outlet's copy under its own name. */
  syndicated: boolean;
}

export type Rule = (c: RuleContext) => SourceFinding | null;

const found = (type: SourceFinding['type'], state: string | null, evidence: string): SourceFinding => ({ type, state, evidence });
const q = (s: string) => `«${s.length > 90 ? `${s.slice(0, 89)}…` : s}»`;
const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** Words a name may hold in lowercase: "Ministry of the Interior", "Auswärtiges Amt der Republik". */
const NAME_PARTICLE = /^(?:of|the|for|and|on|de|du|des|la|le|l['’]\S*|et|der|die|das|des|für|und|del|los|las|y|para)$/u;
const isName = (line: string) =>
  line
    .split(/\s+/)
    .slice(1)
    .every((w) => /^[\p{Lu}\p{Lo}\p{N}]/u.test(w) || NAME_PARTICLE.test(w));

/** The words of a name that are not its particles: "Ministry of Foreign Affairs of the Republic of X" has six. */
const contentWords = (line: string) => line.split(/\s+/).filter((w) => !NAME_PARTICLE.test(w)).length;

/** Two names of one outlet: the same words, one inside the other, or one the other's initials. */
export function sameOutlet(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().trim(), b.toLowerCase().trim()];
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length <= MAX_ABBREVIATION && (initials(long).startsWith(short.toUpperCase()) || !/\p{Lu}/u.test(short));
}

/** A slug that credits a correspondent: "/Корр. X/", "(X correspondent)", "Von unserem Korrespondenten". */
const CORRESPONDENT = /(?<![\p{L}])(?:корр\.|корреспондент\p{L}*|correspondent|Korrespondent\p{L}*|correspondant\p{L}*|corresponsal\p{L}*|مراسل\p{L}*)/iu;

/** The state behind a national outlet: named in its name, its menu, date bar or labels, its footer, or its dateline. */
export function nationalState(c: RuleContext, name: string | null): StateMention | null {
  const lang = c.input.language;
  for (const line of [name ?? '', ...c.frame.header]) {
    const s = firstState(line, lang);
    if (s) return s;
  }
  for (const line of c.frame.foot) {
    const s = firstState(line, lang, { capitals: false });
    if (s) return s;
  }
  // A correspondent's dateline is abroad ("ВЕНА, 18 июня. /Корр. X/"): it does not place the outlet.
  const abroad = CORRESPONDENT.test(c.frame.slug ?? '');
  const place = c.frame.place && !abroad ? firstState(c.frame.place, lang) : null;
  if (place) return place;
  // A footer line the clean stage kept: short, no sentence ("Republic of X | Office of the Press Secretary").
  for (const line of c.frame.tail.filter((l) => !/[.!?]$/.test(l))) {
    const s = firstState(line, lang, { capitals: false });
    if (s) return s;
  }
  return null;
}

/** The official text itself: its state only when a government's address publishes it. */
const officialText: Rule = (c) => {
  if (c.input.kind !== 'official') return null;
  const domain = domainSource(c.input.url);
  // A state body's release under its masthead: its state from the masthead or the frame.
  const masthead = domain?.state ? null : governmentMasthead(c);
  if (masthead?.state) return { ...masthead, evidence: `the document is official; ${masthead.evidence}` };
  return found('government', domain?.state ?? null, `the document is the official text${domain ? `; ${domain.evidence}` : ''}`);
};

/** A government's or an intergovernmental body's address; an agency on a government domain is state media. */
const governmentDomain: Rule = (c) => {
  const domain = domainSource(c.input.url);
  if (!domain) return null;
  const name = c.ownName ?? c.input.outlet;
  if (name && AGENCY.test(name) && domain.state) return found('state-media', domain.state, `news agency ${q(name)} on a government ${domain.evidence}`);
  return found('government', domain.state, domain.evidence);
};

/** "Name — description": a name of a few words, a dash, then the description. */
const NAME_DASH = /^([\p{Lu}\p{Lo}«"“][^.!?–—-]{1,60}?)\s[-–—]\s(.+)$/u;
/** Words a description may put before its agency words: "federal", "the", "l'". */
const MAX_WORDS_BEFORE_DESCRIPTION = 2;

/** "Name — federal state news agency.", "Name - the official news agency of Y": the name, and whether it is the state's. */
export function describedAgency(line: string): { name: string; stateMedia: boolean } | null {
  const [, name, description] = NAME_DASH.exec(line) ?? [];
  if (!description) return null;
  for (const words of [STATE_MEDIA, AGENCY]) {
    const m = words.exec(description);
    if (m && description.slice(0, m.index).split(/\s+/).filter(Boolean).length <= MAX_WORDS_BEFORE_DESCRIPTION)
      return { name: name.trim(), stateMedia: words === STATE_MEDIA };
  }
  return null;
}

/** The outlet calls itself the state's: "X — государственное информационное агентство", "China's state news agency". */
const selfDescribedStateMedia: Rule = (c) => {
  // A line the body opens with counts only when it is the description itself, not a headline about some agency.
  const lead = c.frame.lead.filter((l) => STATE_MEDIA_LINE.test(l.replace(POSSESSIVE, '')) && l.split(/\s+/).length <= MAX_DESCRIPTION_WORDS);
  // At the foot, the outlet's own sentence about itself: "X es la agencia oficial de noticias de Y".
  const name = (c.ownName ?? c.credited ?? '').toLowerCase();
  // A sentence of a footer line counts too: "Copyright (C) 2024 X. All rights reserved. X is the state news agency of Y."
  // Or "Name — federal state news agency.", "Name - the official news agency of Y": a name, a dash, the description.
  const foot = [...c.frame.foot, ...c.frame.tail, ...c.frame.related]
    .flatMap((l) => l.split(/(?<=[.!?])\s+/))
    .filter((l) => l.length <= MAX_NOTE_CHARS && ((name && l.toLowerCase().startsWith(name)) || describedAgency(l)?.stateMedia));
  for (const line of [c.ownName ?? c.input.outlet ?? '', ...c.frame.header, ...lead, ...foot, c.frame.slug ?? '']) {
    const m = STATE_MEDIA.exec(line);
    if (!m) continue;
    const state = firstState(line, c.input.language, { capitals: false }) ?? nationalState(c, c.ownName);
    return found('state-media', state?.code ?? null, `self-description ${q(line)}${state ? `; state from «${state.text}»` : ''}`);
  }
  return null;
};

/** A publisher named after a body of a state: "Ministry of Foreign Affairs of …", "Présidence de la République". */
const governmentMasthead: Rule = (c) => {
  // In the body's first lines, only a name: "Ministry of Defence confirms…" is a headline, not a masthead.
  const lead = c.frame.lead.filter((l) => contentWords(l) <= MAX_DESCRIPTION_WORDS && isName(l));
  for (const line of [c.ownName ?? '', ...c.frame.header, ...lead]) {
    // A legislature anywhere in a body's name ("Senate of the Parliament of X"), never in a menu ("Home | Parliament").
    const name = line === c.ownName ? line : line && publisherName(line);
    if (name && INTERGOVERNMENTAL.test(name)) return found('government', null, `intergovernmental body ${q(name)}`);
    if (!line || !(GOVERNMENT.test(withoutLeadingState(line, c.input.language)) || (name && LEGISLATURE.test(name)))) continue;
    // "Cancillería", "Ministère des Affaires étrangères": the state from the rest of the frame.
    const state = firstState(line, c.input.language) ?? nationalState(c, c.ownName);
    return found('government', state?.code ?? null, `publisher ${q(line)}${state ? `; state from «${state.text}»` : ''}`);
  }
  return null;
};

/** A think tank's or a research bulletin's name, or a bulletin's note about itself ("X is an independent briefing"). */
const research: Rule = (c) => {
  const name = c.ownName ?? c.input.outlet;
  if (name && !c.syndicated && (RESEARCH.test(name) || CIVIC.test(name)) && !AGENCY.test(name) && !WIRE.test(name))
    return found('research', null, `research or civic outlet ${q(name)}`);
  // A paper under its series label ("Policy Brief No. 4 · 2 June 2023"), with its publisher's name or alone.
  if (SERIES_OUTLET.test(c.input.outletEvidence ?? '')) return found('research', null, `a research paper's ${c.input.outletEvidence}`);
  const series = [...c.frame.header, ...c.frame.lead].find((l) => isResearchLabel(l) || seriesParts(l));
  if (series && !c.syndicated) return found('research', null, `a research paper's series label ${q(series)}`);
  for (const line of [...c.frame.foot, ...c.frame.tail]) {
    const m = line.length <= MAX_NOTE_CHARS ? RESEARCH_NOTE.exec(line) : null;
    if (m && m.index > 0) return found('research', null, `the bulletin's note about itself ${q(line)}`);
    // "X is published by the Y Institute": a publisher that is a research body.
    const by = line.length <= MAX_NOTE_CHARS ? PUBLISHED_BY.exec(line) : null;
    if (by && by.index > 0 && RESEARCH.test(by.slice(1).find(Boolean) ?? '')) return found('research', null, `published by a research body ${q(line)}`);
    // "X Brief is published weekly": a bulletin that notes its own schedule.
    const first = line.split(/(?<=[.!?])\s+/)[0];
    const note = line.length <= MAX_NOTE_CHARS ? publicationNote(first) : null;
    if (note && BULLETIN.test(note) && !isNewsSiteNote(first)) return found('research', null, `a bulletin's note about itself ${q(line)}`);
  }
  return null;
};

/** A page that carries an agency's copy under its own masthead is the page's: press, unless its name says more. */
const syndicatedCopy: Rule = (c) => {
  if (!c.syndicated || !c.ownName || AGENCY.test(c.ownName) || WIRE.test(c.ownName)) return null;
  return found('press', null, `carries ${q(c.credited!)} copy under its own name ${q(c.ownName)}`);
};

/** The wire's own credit line: "(Reporting by A; Editing by B)", "(Reportaje de A; edición de B)". */
const wireCredit: Rule = (c) => {
  if (c.syndicated) return null;
  for (const line of [...c.frame.credits, ...c.frame.tail]) {
    if (WIRE_CREDIT.test(line) && !SYNDICATION.test(line)) return found('wire', null, `wire credit line ${q(line)}`);
  }
  return null;
};

/** After a dateline's place, on a line of its own: a comma, perhaps a word, then the date ("Madrid, 10 de enero"). */
const DATE_AFTER_PLACE = /^\s*[,،]\s*(?:\p{L}+\s+)?\d/u;
/** The place a report is filed from, in its lead's dateline or a dateline line of its own: no national frame. */
const isDatelinePlace = (c: RuleContext, place: string) =>
  place === c.frame.dateline?.place || c.frame.header.some((l) => l.startsWith(place) && DATE_AFTER_PLACE.test(l.slice(place.length)));

/** An outlet named as a wire service or a news agency; an agency with a national frame is state media. */
const agencyName: Rule = (c) => {
  const name = c.ownName ?? c.credited;
  if (!name) return null;
  if (WIRE.test(name)) return found('wire', null, `wire service ${q(name)}`);
  const slug = c.frame.dateline?.agency && /\/\s*[^/]+\s*\//.test(c.frame.dateline.text) ? c.frame.dateline.text : null;
  // An agency credited in the dateline that ends its copy with its editors' codes ("ab/cd 12.03.2025 14:05").
  const codes = c.credited && !c.ownName ? c.frame.foot.find((l) => EDITOR_CODES.test(l)) : undefined;
  // Copy that only an acronym in its own dateline credits, under no page's masthead: "(AIN).-", "(dpa) -".
  const acronym = !c.ownName && c.frame.dateline?.agency && DATELINE_ACRONYM.test(c.frame.dateline.agency) ? c.frame.dateline.text : null;
  if (!AGENCY.test(name) && !slug && !codes && !acronym) return null;
  const section = c.frame.header.map((l) => NATIONAL_SECTION.exec(l)?.[0]).find(Boolean);
  const state = nationalState(c, name);
  const framed = section ?? (state && !isDatelinePlace(c, state.text) ? state.text : null) ?? (slug ? `agency slug ${slug}` : null);
  if (!framed) return { ...found('wire', null, `news agency ${q(name)} with no national frame`), open: true };
  return found('state-media', state?.code ?? null, `national news agency ${q(name)} (${framed})${state ? `; state from «${state.text}»` : ''}`);
};

/** A newspaper or a site: its own name in its frame, a copyright line, an editorial masthead, a paywall. */
const press: Rule = (c) => {
  const evidence = c.input.outletEvidence ?? '';
  if (c.ownName && !WEAK_OUTLET.test(evidence)) return found('press', null, `publication ${q(c.ownName)} (${evidence.split(' «')[0] || 'named in its frame'})`);
  if (c.input.outlet && CREDITED_OUTLET.test(evidence)) return found('press', null, `publication ${q(c.input.outlet)} credited in its dateline`);
  // A sentence of a footer line: "Chronologie établie par le service international. © X — Reproduction interdite."
  const holder = c.frame.foot.flatMap((l) => l.split(/(?<=[.!?])\s+/)).find((l) => copyrightHolder(l));
  if (holder) return found('press', null, `copyright line ${q(holder)}`);
  const line = [...c.frame.header, ...c.frame.foot, ...c.frame.tail].find((l) => EDITORIAL.test(l) || PAYWALL.test(l));
  if (line) return found('press', null, `publication frame ${q(line)}`);
  // A column with no outlet named: the disclaimer, the letters desk or the opinion newsletter of a newspaper's page.
  const opinion = [...c.frame.header, ...c.frame.foot, ...c.frame.tail, ...c.frame.credits]
    .flatMap((l) => l.split(/(?<=[.!?])\s+/))
    .find((l) => l.length <= MAX_NOTE_CHARS && OPINION_PAGE.test(l));
  if (opinion) return found('press', null, `a newspaper's opinion page ${q(opinion)}`);
  return null;
};

/** The rules in order: the first that decides wins. */
export const RULES: Rule[] = [
  officialText,
  governmentDomain,
  selfDescribedStateMedia,
  governmentMasthead,
  research,
  syndicatedCopy,
  wireCredit,
  agencyName,
  press,
];

export function contextOf(input: SourceInput, frame: Frame): RuleContext {
  const fromCredit = CREDITED_OUTLET.test(input.outletEvidence ?? '');
  const ownName = input.outlet && !fromCredit ? input.outlet : null;
  const distributed = frame.credits.map((l) => /^(?:distributed|syndicated|supplied|provided) (?:by|from|via) (.+?)\.?$/iu.exec(l)?.[1]).find(Boolean);
  // The dateline's "(AIN)" by the fuller name the outlet took from the byline: "Agencia Ibérica de Noticias (AIN)".
  const spelled = fromCredit && input.outlet && frame.dateline?.agency && sameOutlet(input.outlet, frame.dateline.agency) ? input.outlet : null;
  const credited = spelled ?? frame.dateline?.agency ?? distributed ?? (fromCredit ? input.outlet : null);
  const syndicated = !!(ownName && credited && !sameOutlet(ownName, credited));
  return { input, frame, ownName, credited, syndicated };
}
