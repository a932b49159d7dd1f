// Outlet: who published this copy. The page's own header outranks the wire it carries: a syndicated story under
// "GAZETTE | World" with "Distributed by X" and a "(X)" dateline is the Gazette's. Rules, strongest first:
// page metadata → outlet label above the headline → "© YEAR X" → dateline agency → "By X staff" →
// "Distributed by X" → other label → "columnist for X" / "Subscribe to X" / "More from X:" → site name repeated
// across a menu. Nothing found: null.
import { repeatedName } from '../text/index.ts';
import { type Field, type MetaContext, quote, removedLines, tidyName } from './context.ts';

/** Labels that name a section or a format, not a publisher. */
const SECTION_LABEL = new RegExp(
  '^(?:opinion|opinions|commentary|column|op-?ed|editorial|comment|analysis|news|world|politics|business|economy|sports?|culture|' +
    'breaking(?: news)?|exclusive|live|latest|factbox|fact box|explainer|in depth|feature|interview|asia|europe|africa|americas|' +
    'middle east|region|national|international|home|мнение|колонка|новости|политика|в мире|экономика|meinung|kommentar|politik|' +
    'wirtschaft|ausland|monde|politique|économie)$',
  'iu',
);
/** Words that outlet names are made of; a label with one is a publisher, not a topic kicker ("Korean Peninsula"). */
const OUTLET_WORD =
  /(?<!\p{L})(?:news|times|herald|post|press|agency|journal|gazette|daily|tribune|review|online|media|radio|tv|television|service|telegraph|observer|express|chronicle|monitor|standard|mirror|courier|dispatch|bulletin|wire|magazine|weekly|insider|reporter|today|globe|star|independent|новости|вести|газета|агентство|zeitung|rundschau|nachrichten|presse|quotidien|journal)(?!\p{L})/iu;
/** A run of one to five capitalised words: the name in "columnist for the X", "Subscribe to the X". */
const NAME = "(\\p{Lu}[\\p{L}'’&.\\-]*(?:\\s+(?:of|the|and|&)?\\s*\\p{Lu}[\\p{L}'’&.\\-]*){0,4})";
const WEAK_PHRASES: [RegExp, string][] = [
  [new RegExp(`columnist (?:for|at|with) (?:the )?${NAME}`, 'u'), 'columnist for'],
  [new RegExp(`(?:[Ss]ubscribe|[Ss]ign up) to (?:the )?${NAME}`, 'u'), 'subscribe to'],
  [new RegExp(`^[Mm]ore from (?:the )?${NAME}\\s*:`, 'u'), 'more from'],
];
/** A label that is nothing but a name: up to five capitalised words (not "Subject: treaty text"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’&.\-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.\-]*)){0,4}$/u;
const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*([^.|©]+?)\s*(?:\.|\||all rights|$)/iu;
/** A company's legal form after its name: "Daily Planet Ltd" publishes as "Daily Planet". */
const LEGAL_FORM = /,?\s+(?:ltd|limited|inc|llc|plc|gmbh|ag|s\.?a\.?|oy|ab|ооо|ао)\.?$/iu;
const SYNDICATION = /^(?:distributed|syndicated|supplied|provided) (?:by|from|via) (.+?)\.?$/iu;
const STAFF_BYLINE = /^by\s+(.+?)\s+(?:staff|team|desk|correspondents?|reporters?)\b/iu;

/** Labels removed above the headline, as publisher candidates: their non-section parts. */
function labelCandidates(ctx: MetaContext): { name: string; line: string; strong: boolean }[] {
  const titleAt = ctx.headline ? ctx.header.indexOf(ctx.headline) : ctx.header.length;
  const out: { name: string; line: string; strong: boolean }[] = [];
  for (const line of removedLines(ctx, 'label')) {
    const at = ctx.header.indexOf(line);
    if (at < 0 || at > titleAt) continue;
    for (const part of line.split(/\s*[|•·/]\s*/)) {
      if (!part || SECTION_LABEL.test(part)) continue;
      const tokens = part.split(/\s+/);
      const initials = tokens.slice(1).map((w) => w[0]).join('');
      const acronym = tokens.length > 2 && tokens[0] === initials.toUpperCase();
      const strong = part === part.toUpperCase() || line.includes('|') || OUTLET_WORD.test(part) || acronym;
      out.push({ name: tidyName(part, true), line, strong });
    }
  }
  return out;
}

export function findOutlet(ctx: MetaContext): Field<string> {
  if (ctx.hints.outlet) return { value: ctx.hints.outlet, evidence: `page metadata site name ${quote(ctx.hints.outlet)}` };
  const labels = labelCandidates(ctx);
  const strong = labels.find((l) => l.strong);
  if (strong) return { value: strong.name, evidence: `outlet label above the headline ${quote(strong.line)}` };
  for (const line of removedLines(ctx, 'copyright', 'footer')) {
    const m = COPYRIGHT_HOLDER.exec(line);
    const holder = m?.[1].replace(LEGAL_FORM, '');
    if (holder && /^\p{Lu}/u.test(holder)) return { value: tidyName(holder, true), evidence: `copyright line ${quote(line)}` };
  }
  if (ctx.dateline?.agency) return { value: ctx.dateline.agency, evidence: `dateline ${quote(ctx.dateline.text)}` };
  for (const line of removedLines(ctx, 'byline')) {
    const m = STAFF_BYLINE.exec(line);
    if (m) return { value: tidyName(m[1], true), evidence: `staff byline ${quote(line)}` };
  }
  for (const line of removedLines(ctx, 'credit')) {
    const m = SYNDICATION.exec(line);
    if (m) return { value: tidyName(m[1], true), evidence: `syndication credit ${quote(line)}` };
  }
  const named = labels.find((l) => NAME_ONLY.test(l.name));
  if (named) return { value: named.name, evidence: `label above the headline ${quote(named.line)} (weak)` };
  const tail = [...ctx.paragraphs.slice(-3), ...removedLines(ctx, 'subscribe', 'share')];
  for (const [re, what] of WEAK_PHRASES) {
    for (const line of tail) {
      const m = re.exec(line);
      if (m) return { value: tidyName(m[1], true), evidence: `"${what}" ${quote(line)} (weak)` };
    }
  }
  for (const line of removedLines(ctx, 'navigation')) {
    const run = repeatedName(line);
    if (run && ctx.header.includes(line)) return { value: run.name, evidence: `site name repeated ${run.count}× in the menu ${quote(line)} (weak)` };
  }
  return { value: null, evidence: 'no site metadata, label, dateline agency, byline or credit names the outlet' };
}
