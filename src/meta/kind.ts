// Kind of document from explainable, weighted cues; the cues that fired are the evidence.
// official: treaty-text shape · factbox: its label or a body of bullet items · opinion: a label, a columnist's
// bio, a column's footer, or the author's own voice (first person, rhetorical and evaluative words outside quotes)
// · other: too short to be a report · news: the rest.
import type { DocKind } from '../types.ts';
import { type Field, type MetaContext, quote, removedLines } from './context.ts';

interface Cue {
  cue: string;
  weight: number;
  text: string;
}

/** Cue sum at which a kind is chosen. */
const OFFICIAL_THRESHOLD = 5;
const FACTBOX_THRESHOLD = 3;
const OPINION_THRESHOLD = 3;
/** A body this short is not a report (a stub, a link list, a caption). */
const MIN_REPORT_WORDS = 30;

// Treaty text: the formula that ends a preamble, numbered article headings, the closing "Done at…".
const AGREED_AS_FOLLOWS = /have agreed as follows|have agreed upon the following|договорились о нижеследующем|(?:sind|haben) (?:wie folgt übereingekommen|folgendes vereinbart)|sont convenu(?:e)?s de ce qui suit/iu;
const ARTICLE_HEADING = /^(?:article|artikel|статья|art\.)\s+(?:\d+|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten)\.?$/iu;
const DONE_AT = /^(?:done at|совершено в|geschehen (?:zu|in)|fait à)(?!\p{L}).{0,200}(?:two|duplicate|originals|двух экземплярах|zwei|deux)/iu;
const HEREINAFTER = /hereinafter (?:referred to as|called)|именуемые в дальнейшем|im folgenden/iu;
const MIN_ARTICLE_HEADINGS = 3;

// Factbox: named in the title, or a body made of bullet items.
const FACTBOX_TITLE = /^(?:fact ?box|factbox|explainer|q&a|timeline)(?!\p{L})|(?<!\p{L})(?:key points|what is in|what's in|what we know|at a glance|key facts|справка|что известно|fakten|l'essentiel)(?!\p{L})/iu;
const BULLET = /^[-–—•*·]\s/;
const MIN_BULLETS = 4;

// Opinion: labels, bios, the column's own footer, and the writer's voice.
const OPINION_LABEL = /^(?:opinion|opinions|commentary|column|op-?ed|editorial|comment|viewpoint|perspective|мнение|колонка|комментарий|meinung|kommentar|gastbeitrag|tribune|point de vue|chronique)(?!\p{L})/iu;
const COLUMNIST_BIO = /\b(?:is|was) (?:a|an|the) [^.]{0,120}\b(?:columnist|contributor|commentator|opinion writer|contributing editor)\b|\b(?:writes|wrote) (?:a|the) (?:weekly |regular )?column\b/iu;
const COLUMN_FOOTER = /\b(?:this|the|my|our) (?:column|blog|newsletter)\b/iu;
const FIRST_PERSON = /(?<![\p{L}-])(?:I (?=[a-z])|my(?= )|me(?=[ ,.])|myself)/gu;
const RHETORIC = /\b(?:one wonders|one might ask|one may ask|it is time for|surely|let us|let's be clear|make no mistake)\b/giu;
const EVALUATIVE = /\b(?:justifiable|intelligent|sensible|foolish|reckless|sober|absurd|shameful|admirable|misguided|unwise|wise|deplorable|disgraceful|laudable|hypocritical|naive|decaden(?:t|ce)|outrageous|ill-advised|short-sighted)\b/giu;
/** Quoted speech is the source's voice, not the writer's. */
const QUOTED = /["“«][^"”»]*["”»]/gu;

function officialCues(ctx: MetaContext): Cue[] {
  const cues: Cue[] = [];
  const agreed = AGREED_AS_FOLLOWS.exec(ctx.body);
  if (agreed) cues.push({ cue: 'agreed-as-follows', weight: 3, text: agreed[0] });
  const headings = ctx.paragraphs.filter((p) => ARTICLE_HEADING.test(p));
  if (headings.length >= MIN_ARTICLE_HEADINGS) cues.push({ cue: 'article-headings', weight: 3, text: `${headings.length}× ${headings[0]}` });
  const done = ctx.paragraphs.find((p) => DONE_AT.test(p));
  if (done) cues.push({ cue: 'done-at', weight: 2, text: done });
  const here = HEREINAFTER.exec(ctx.body);
  if (here) cues.push({ cue: 'hereinafter', weight: 1, text: here[0] });
  return cues;
}

function factboxCues(ctx: MetaContext, title: string | null): Cue[] {
  const cues: Cue[] = [];
  const named = title ? FACTBOX_TITLE.exec(title) : null;
  if (named) cues.push({ cue: 'factbox-title', weight: 3, text: named[0] });
  const bullets = ctx.paragraphs.filter((p) => BULLET.test(p)).length;
  if (bullets >= MIN_BULLETS && bullets * 2 >= ctx.paragraphs.length) cues.push({ cue: 'bullet-body', weight: 3, text: `${bullets} of ${ctx.paragraphs.length} paragraphs are bullets` });
  return cues;
}

/** Labels and sections that declare the piece an opinion. */
function opinionLabel(ctx: MetaContext, title: string | null): Cue | null {
  const candidates = [ctx.hints.section ?? '', ...removedLines(ctx, 'label'), title ?? ''];
  const hit = candidates.find((c) => OPINION_LABEL.test(c.trim()));
  return hit ? { cue: 'opinion-label', weight: 4, text: hit } : null;
}

function voiceCues(ctx: MetaContext): Cue[] {
  const cues: Cue[] = [];
  const tail = ctx.paragraphs.slice(-3).join(' ');
  const bio = COLUMNIST_BIO.exec(tail);
  if (bio) cues.push({ cue: 'columnist-bio', weight: 3, text: bio[0] });
  const footer = removedLines(ctx, 'subscribe', 'footer', 'share').find((l) => COLUMN_FOOTER.test(l));
  if (footer) cues.push({ cue: 'column-footer', weight: 1.5, text: COLUMN_FOOTER.exec(footer)![0] });
  const own = ctx.body.replace(QUOTED, ' ');
  const firstPerson = [...own.matchAll(FIRST_PERSON)];
  if (firstPerson.length) cues.push({ cue: 'first-person', weight: firstPerson.length >= 3 ? 2.5 : 1.5, text: `${firstPerson.length}× ${firstPerson[0][0].trim()}` });
  const rhetoric = [...own.matchAll(RHETORIC)];
  if (rhetoric.length) cues.push({ cue: 'rhetorical', weight: Math.min(2, rhetoric.length), text: rhetoric.map((m) => m[0]).join(', ') });
  const evaluative = [...own.matchAll(EVALUATIVE)];
  if (evaluative.length) cues.push({ cue: 'evaluative', weight: Math.min(1.5, evaluative.length * 0.5), text: evaluative.map((m) => m[0]).join(', ') });
  return cues;
}

const sum = (cues: Cue[]) => cues.reduce((s, c) => s + c.weight, 0);
const explain = (kind: DocKind, cues: Cue[]) => `${kind}: ${cues.map((c) => `${c.cue} ${quote(c.text, 50)} (+${c.weight})`).join('; ')}`;

export function findKind(ctx: MetaContext, title: string | null): Field<DocKind> & { value: DocKind } {
  const official = officialCues(ctx);
  if (sum(official) >= OFFICIAL_THRESHOLD) return { value: 'official', evidence: explain('official', official) };
  const label = opinionLabel(ctx, title);
  if (label) return { value: 'opinion', evidence: explain('opinion', [label]) };
  const factbox = factboxCues(ctx, title);
  if (sum(factbox) >= FACTBOX_THRESHOLD) return { value: 'factbox', evidence: explain('factbox', factbox) };
  const voice = voiceCues(ctx);
  if (sum(voice) >= OPINION_THRESHOLD) return { value: 'opinion', evidence: explain('opinion', voice) };
  if (ctx.body.split(/\s+/).length < MIN_REPORT_WORDS) return { value: 'other', evidence: `other: body under ${MIN_REPORT_WORDS} words` };
  const weak = [...official, ...factbox, ...voice];
  return { value: 'news', evidence: weak.length ? `news: below every threshold (${weak.map((c) => `${c.cue} +${c.weight}`).join(', ')})` : 'news: no official, factbox or opinion cue' };
}
