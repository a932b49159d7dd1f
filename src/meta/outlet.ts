// Outlet: who published this copy. The page's own header outranks the wire it carries: a syndicated story under
// "GAZETTE | World" with "Distributed by X" and a "(X)" dateline is the Gazette's. Rules, strongest first:
// page metadata → masthead label above the headline → masthead line with its date → copyright credit → dateline
// agency → "By X staff" → "Distributed by X" → reuse notice ("link to X") → the bulletin's note about itself ("X
// is published weekly") → masthead label under the headline → other label → "columnist for X" / "Subscribe to X" /
// "More from X:" → site name repeated across a menu. Only the page's own frame counts: an agency quoted in the
// report ("KCNA reported") or a photo's credit is never the outlet. Nothing found: null.
import {
  aboutNote,
  findDates,
  findMonthYears,
  isOrganisationName,
  isOutletName,
  isPublicationDescription,
  isResearchLabel,
  OUTLET_WORD,
  parseMastheadDate,
  publicationNote,
  publisherName,
  readingNote,
  repeatedName,
  siteSignOff,
} from '../text/index.ts';
import { type Field, type MetaContext, quote, removedLines, tidyName } from './context.ts';
import { copyrightHolder, reuseNoticeName } from './outlet-credits.ts';
import { seriesMasthead } from './series-masthead.ts';
import { describedAgency } from './source/index.ts';

/** Labels that name a section or a format, not a publisher. */
const SECTION_LABEL = new RegExp(
  '^(?:opinion|opinions|commentary|column|op-?ed|editorial|comment|analysis|news|world|politics|business|economy|sports?|culture|' +
    'breaking(?: news)?|exclusive|live|latest|factbox|fact box|explainer|in depth|feature|interview|asia|europe|africa|americas|' +
    'middle east|region|national|international|home|columns|editorials|мнени[ея]|колонк[аи]|новости|политика|в мире|экономика|' +
    'meinung|kommentare?|politik|wirtschaft|ausland|monde|politique|économie|opinions|tribunes?|chroniques?|opini[oó]n|columnas?|tribuna|' +
    'رأي|آراء|مقالات)$',
  'iu',
);
/** A release's or a service's label, never a publisher: "Press release", "Пресс-служба", "Communiqué de presse". */
const GENRE_LABELS: Record<string, string[]> = {
  en: [
    'for immediate release',
    '(?:press|news|media) releases?',
    'press (?:service|office|room)',
    'newsroom',
    'statements?',
    'press statements?',
    'announcements?',
  ],
  de: [
    'zur sofortigen veröffentlichung',
    'pressemitteilung(?:en)?',
    'presseerklärung',
    'medienmitteilung',
    'mitteilung',
    'pressestelle',
    'erklärung',
    'aktuelles',
  ],
  fr: ['pour diffusion immédiate', 'communiqués?(?: de presse)?', 'service de presse', 'salle de presse', 'déclarations?', 'actualités'],
  es: [
    'para (?:su )?(?:publicación|difusión) inmediata',
    'comunicados?(?: de prensa)?',
    'nota de prensa',
    'sala de prensa',
    'oficina de prensa',
    'declaraci[oó]n(?:es)?',
    'noticias',
  ],
  ru: ['для немедленной публикации', 'пресс-релиз\\p{L}*', 'пресс-служба', 'пресс-центр', 'сообщени\\p{L}* для (?:печати|сми)', 'заявлени\\p{L}*', 'новости'],
  ar: ['للنشر الفوري', 'بيان(?: صحفي)?', 'المكتب الإعلامي', 'المركز الإعلامي', 'أخبار'],
};
const GENRE_LABEL = new RegExp(`^(?:${Object.values(GENRE_LABELS).flat().join('|')})$`, 'iu');
/** A desk or section after the outlet's name: "X Agency - International Desk". */
const DESK = /(?<!\p{L})(?:desk|newsroom|section|bureau|редакция|отдел|ressort|redaktion|rubrique|rédaction|sección|redacción)$/iu;
/**
 * The name in "columnist for the X", "Subscribe to the X", "Подписывайтесь на «X»": a quoted name, or a run of one
 * to five capitalised words; a full stop before a space ends the name ("the Harbour Review. The views…").
 */
const WORD = "\\p{Lu}(?:[\\p{L}'’&\\-]|\\.(?!\\s))*";
const NAME = `(?:«([^»]{2,60})»|(${WORD}(?:\\s+(?:of|the|and|&|de|du|des|del|la|le)?\\s*${WORD}){0,4}))`;
/** Where a column or a site names itself in passing, per language. */
const WEAK_PHRASES: [RegExp, string][] = [
  [new RegExp(`columnist (?:for|at|with) (?:the )?${NAME}`, 'u'), 'columnist for'],
  [new RegExp(`(?:[Ss]ubscribe|[Ss]ign up) to (?:the )?${NAME}`, 'u'), 'subscribe to'],
  [new RegExp(`[Bb]ecome an? (?:member|subscriber|supporter) of (?:the )?${NAME}`, 'u'), 'become a member of'],
  [new RegExp(`^[Mm]ore from (?:the )?${NAME}\\s*:`, 'u'), 'more from'],
  [new RegExp(`(?:[Пп]одпи(?:шитесь|сывайтесь)|[Чч]итайте нас) (?:на|в) ${NAME}`, 'u'), 'подпишитесь на'],
  [new RegExp(`[Aa]bonn(?:ez-vous|er) (?:à|au) (?:la |le |l['’])?${NAME}`, 'u'), 'abonnez-vous à'],
  [new RegExp(`[Ss]uscr[íi](?:base|bete) (?:a|al) (?:la |el )?${NAME}`, 'u'), 'suscríbase a'],
];
/** The sender's name before its address in a mail header's first field ("From:", "Von:", "De :", "От:"). */
const MAIL_SENDER = /^[\p{L}-]+\s*:\s*([^<@]{2,80}?)\s*<[^>]+>$/u;
/** A staff line of a masthead ("Editor in Chief Jane Roe"), which the clean stage also cuts as the masthead. */
const STAFF_ROLE =
  /(?<!\p{L})(?:editor|supervisor|publisher|founder|director|chief|chairman|ceo|редактор|учредитель|издатель|herausgeber\p{L}*|chefredakt\p{L}*|rédact\p{L}*|directeur|directora?|المشرف|رئيس)(?!\p{L})/iu;
/** A label that is nothing but a name: up to five capitalised words, Russian ones after the first in lowercase ("Тобольский летописец"; not "Subject: treaty text"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*|(?=\p{Script=Cyrillic})\p{Ll}[\p{Script=Cyrillic}-]*)){0,4}$/u;
const SYNDICATION = /^(?:distributed|syndicated|supplied|provided) (?:by|from|via) (.+?)\.?$/iu;
/** A credit line "Label: Name" (the clean stage cut it as a credit: "Source:", "Quelle:", "Fuente:", "المصدر:"). */
const SOURCE_CREDIT = /^\p{L}+\s*:\s*(.+?)\.?$/u;
const STAFF_BYLINE = /^by\s+(.+?)\s+(?:staff|team|desk|correspondents?|reporters?)\b/iu;
/** Words a place name may hold in lowercase ("Rostov-on-Don", "Rio de Janeiro"); any other makes a name a title. */
const PLACE_PARTICLE = /^(?:on|upon|de|del|da|do|di|la|le|am|an|der|sur|en|na|под|на)$/u;

interface Label {
  name: string;
  line: string;
  strong: boolean;
  /** Above the headline (a masthead), or under it (beside the date, the byline). */
  above: boolean;
}

/** A part of a label line that is a date ("Wednesday, 16 April 2025", "June 2019") or a number, never a name. */
function isDateOrNumber(part: string, language: string | null): boolean {
  return (
    /^[\d\s:./-]+$/.test(part) ||
    findDates(part, language).some((d) => d.year != null || (d.month != null && d.day != null)) ||
    findMonthYears(part, language).some((d) => d.text.length >= part.trim().length - 1)
  );
}

/** Labels removed from the header, as publisher candidates: their name parts, section and desk parts left out. */
function labelCandidates(ctx: MetaContext): Label[] {
  const titleAt = ctx.headline ? ctx.header.indexOf(ctx.headline) : ctx.header.length;
  const out: Label[] = [];
  for (const line of removedLines(ctx, 'label')) {
    const at = ctx.header.indexOf(line);
    if (at < 0) continue;
    for (const part of line.split(/\s*[|•·/]\s*|\s+[-–—]\s+/)) {
      // A description ("государственное информационное агентство") is not a name: names open with a capital.
      // Nor is the publication's description of itself ("A weekly newsletter on …") or a paper's series ("Policy Brief No. 9").
      if (
        !/^[\p{Lu}\p{Lo}\p{N}«"“]/u.test(part) ||
        SECTION_LABEL.test(part) ||
        GENRE_LABEL.test(part) ||
        DESK.test(part) ||
        isDateOrNumber(part, ctx.language) ||
        isPublicationDescription(part) ||
        isResearchLabel(part)
      )
        continue;
      const tokens = part.split(/\s+/);
      const initials = tokens
        .slice(1)
        .map((w) => w[0])
        .join('');
      const acronym = tokens.length > 2 && tokens[0] === initials.toUpperCase();
      const publisher = publisherName(part);
      const strong = part === part.toUpperCase() || line.includes('|') || OUTLET_WORD.test(part) || acronym || publisher !== null;
      out.push({ name: tidyName(publisher ?? part, true), line, strong, above: at <= titleAt });
    }
  }
  return out;
}

/** "Камский обозреватель, 3 мая 2025": the name of a header line with its date, when it is a publication's, not a place's. */
function mastheadWithDate(ctx: MetaContext): { name: string; line: string } | null {
  for (const line of removedLines(ctx, 'label', 'dateline', 'date')) {
    const named = ctx.header.includes(line) ? parseMastheadDate(line, ctx.language) : null;
    // "Press release | Riga, 27 June 2025": a release's label and its place, not a publication.
    if (!named || named.name.split(/\s*[|•·]\s*/).some((p) => GENRE_LABEL.test(p))) continue;
    const lowercaseWord = named.name
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Ll}/u.test(w) && !PLACE_PARTICLE.test(w));
    if (OUTLET_WORD.test(named.name) || lowercaseWord) return { name: named.name, line };
  }
  return null;
}

/** An agency's line about itself stands among the last lines, and is short. */
const TAIL_LINES = 3;
const MAX_AGENCY_NOTE_CHARS = 200;
/** A footer note is short; a long last paragraph that says "X is a weekly" reports about X. */
const MAX_NOTE_WORDS = 30;

/** The bulletin's note about itself, in its footer or as its short last paragraph. */
function selfDescription(ctx: MetaContext): { name: string; line: string } | null {
  const last = ctx.paragraphs.slice(-1).filter((p) => p.split(/\s+/).length <= MAX_NOTE_WORDS);
  const footers = removedLines(ctx, 'newsletter', 'subscribe', 'paywall');
  for (const line of [...footers, ...last]) {
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      // "You're reading X" only where the clean stage cut it as the site's pitch: in the body it may be a quote.
      const name = publicationNote(sentence) ?? (footers.includes(line) ? readingNote(sentence) : null);
      if (name) return { name, line };
    }
  }
  for (const line of removedLines(ctx, 'footer')) {
    const name = aboutNote(line);
    if (name) return { name, line };
  }
  for (const line of removedLines(ctx, 'contact')) {
    const name = siteSignOff(line);
    if (name) return { name, line };
  }
  return null;
}

/** An acronym as mastheads set it: "KNA", "ANEM". */
const ACRONYM = /^[\p{Lu}]{2,6}$/u;
/** Words an acronym skips: "Agencia de Noticias del Estado", "National News Agency of X". */
const ACRONYM_SKIPS = /^(?:of|the|for|and|de|del|la|le|les|des|du|y|et|für|und|der|die|das)$/iu;
const initialsOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .map((w) => w.replace(/^[dl]['’]/iu, ''))
    .filter((w) => w && !ACRONYM_SKIPS.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');

/** "KNA | Kivu News Agency": the full name with its acronym, "Kivu News Agency (KNA)", when the line gives both. */
function withAcronym(label: Label, labels: Label[]): string {
  const sameLine = labels.filter((l) => l.line === label.line && l !== label);
  const [acronym, full] = ACRONYM.test(label.name)
    ? [label.name, sameLine.find((l) => !ACRONYM.test(l.name) && initialsOf(l.name).startsWith(label.name))?.name]
    : [sameLine.find((l) => ACRONYM.test(l.name) && initialsOf(label.name).startsWith(l.name))?.name, label.name];
  return acronym && full ? `${full} (${acronym})` : label.name;
}

/** "Full Name (ACR)" on a line of its own: the expansion of an acronym the page uses ("(dpa)" too). */
const NAME_WITH_ACRONYM = /^(.{4,80}?)\s*\((\p{Lu}{2,6}|\p{Ll}{2,6})\)$/u;
/** An agency's description with its name in quotes ("/Государственное информационное агентство «X»/"): the name. */
const QUOTED_NAME = /[«"“]([^«»"“”]{2,60})[»"”]/u;
const nameIn = (agency: string) => QUOTED_NAME.exec(agency)?.[1].trim() ?? agency;

/** An acronym as a dateline brackets it: "AIN", "dpa". */
const DATELINE_ACRONYM = /^(?:\p{Lu}{2,6}|\p{Ll}{2,6})$/u;
/** A byline's opening word: "By", "Par", "Por", "Von". */
const BYLINE_WORD = /^(?:by|par|por|von|от)\s+/iu;

/** An acronym ("ANEM") with the full name the header, a byline or the author field gives it, or the name as it is. */
function expandAcronym(ctx: MetaContext, name: string): string {
  if (!DATELINE_ACRONYM.test(name)) return name;
  const lines = [...ctx.header, ...removedLines(ctx, 'byline', 'credit'), ctx.hints.author ?? ''];
  for (const line of lines) {
    const m = NAME_WITH_ACRONYM.exec(line.trim().replace(BYLINE_WORD, ''));
    if (m && m[2] === name && initialsOf(m[1]).startsWith(name.toUpperCase())) return `${m[1]} (${name})`;
  }
  return name;
}

export function findOutlet(ctx: MetaContext): Field<string> {
  if (ctx.hints.outlet) return { value: ctx.hints.outlet, evidence: `page metadata site name ${quote(ctx.hints.outlet)}` };
  const labels = labelCandidates(ctx);
  const strong = labels.find((l) => l.strong && l.above);
  if (strong) return { value: withAcronym(strong, labels), evidence: `outlet label above the headline ${quote(strong.line)}` };
  // A saved newsletter's sender: "From: Delta Letter <letter@delta.example>".
  for (const line of removedLines(ctx, 'mail-header')) {
    const sender = MAIL_SENDER.exec(line)?.[1]
      .trim()
      .replace(/^["“]|["”]$/g, '');
    if (sender && /\p{L}/u.test(sender)) return { value: sender, evidence: `the sender of the mail ${quote(line)}` };
  }
  // A page's logo block (the HTML extractor cut it as the masthead): a publication's or a public body's name.
  const logo = removedLines(ctx, 'masthead').find((l) => isOrganisationName(l) && !STAFF_ROLE.test(l));
  if (logo) return { value: tidyName(logo, true), evidence: `the page's masthead block ${quote(logo)}` };
  const dated = mastheadWithDate(ctx);
  if (dated) return { value: dated.name, evidence: `masthead line with its date ${quote(dated.line)}` };
  const series = seriesMasthead(ctx);
  if (series?.name) return { value: tidyName(series.name, true), evidence: `research paper's masthead ${quote(series.line)}` };
  for (const line of removedLines(ctx, 'copyright', 'footer')) {
    const holder = copyrightHolder(line);
    if (holder) return { value: expandAcronym(ctx, tidyName(holder, true)), evidence: `copyright line ${quote(line)}` };
  }
  if (ctx.dateline?.agency) return { value: expandAcronym(ctx, nameIn(ctx.dateline.agency)), evidence: `dateline ${quote(ctx.dateline.text)}` };
  for (const line of removedLines(ctx, 'byline')) {
    const m = STAFF_BYLINE.exec(line);
    if (m) return { value: tidyName(m[1], true), evidence: `staff byline ${quote(line)}` };
  }
  for (const line of removedLines(ctx, 'credit')) {
    const m = SYNDICATION.exec(line);
    if (m) return { value: tidyName(m[1], true), evidence: `syndication credit ${quote(line)}` };
    // "Source: Pacific Newswire", "Quelle: Nordsee-Nachrichtendienst": a publication's name, not a data source's.
    const source = SOURCE_CREDIT.exec(line);
    if (source && isOutletName(source[1])) return { value: source[1], evidence: `source credit ${quote(line)}` };
  }
  for (const line of removedLines(ctx, 'copyright', 'footer')) {
    const name = reuseNoticeName(line);
    if (name) return { value: name, evidence: `reuse notice ${quote(line)}` };
  }
  const note = selfDescription(ctx);
  if (note) return { value: note.name, evidence: `the publication's note about itself ${quote(note.line)}` };
  // "Name — federal state news agency." as the last line or a footer line: an agency's sentence about itself.
  for (const line of [...ctx.paragraphs.slice(-TAIL_LINES), ...removedLines(ctx, 'footer', 'copyright', 'related')]) {
    const agency = line.length <= MAX_AGENCY_NOTE_CHARS ? describedAgency(line) : null;
    if (agency) return { value: agency.name, evidence: `the agency's line about itself ${quote(line)}` };
  }
  const under = labels.find((l) => l.strong && !l.above && OUTLET_WORD.test(l.name));
  if (under) return { value: under.name, evidence: `masthead label under the headline ${quote(under.line)}` };
  const named = labels.find((l) => l.above && NAME_ONLY.test(l.name));
  if (named) return { value: named.name, evidence: `label above the headline ${quote(named.line)} (weak)` };
  // A column's bio counts where the clean stage cut it with its disclaimer ("… a columnist for X. The views …").
  const tail = [...ctx.paragraphs.slice(-3), ...removedLines(ctx, 'subscribe', 'share', 'footer')];
  for (const [re, what] of WEAK_PHRASES) {
    for (const line of tail) {
      const m = re.exec(line);
      if (m) return { value: tidyName(m[1] ?? m[2], true), evidence: `"${what}" ${quote(line)} (weak)` };
    }
  }
  for (const line of removedLines(ctx, 'navigation')) {
    const run = repeatedName(line);
    if (run && ctx.header.includes(line)) return { value: run.name, evidence: `site name repeated ${run.count}× in the menu ${quote(line)} (weak)` };
  }
  return { value: null, evidence: 'no site metadata, masthead, credit, dateline agency, byline or footer names the outlet' };
}
