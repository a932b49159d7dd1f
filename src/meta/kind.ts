// Kind of document from explainable, weighted cues; the cues that fired are the evidence.
// official: treaty-text shape, or a state body's release under its masthead · factbox: its label or a body of bullet items · opinion: a label, a columnist's
// bio or disclaimer, a column's footer, or the writer's own voice sustained over the body (the reading stage's
// per-sentence cues, in the document's language) · other: a research paper under its series label, or too short to
// be a report · news: the rest.
import { documentVoice, type ReadSegment } from '../read/index.ts';
import { isResearchLabel } from '../text/index.ts';
import type { DocKind } from '../types.ts';
import { type Field, type MetaContext, quote, removedLines } from './context.ts';
import { governmentRelease } from './release.ts';
import { seriesMasthead } from './series-masthead.ts';

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
const AGREED_AS_FOLLOWS =
  /have agreed as follows|have agreed upon the following|договорились о нижеследующем|(?:sind|haben) (?:wie folgt übereingekommen|folgendes vereinbart)|sont convenu(?:e)?s de ce qui suit/iu;
const ARTICLE_HEADING = /^(?:article|artikel|статья|art\.)\s+(?:\d+|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten)\.?$/iu;
const DONE_AT = /^(?:done at|совершено в|geschehen (?:zu|in)|fait à)(?!\p{L}).{0,200}(?:two|duplicate|originals|двух экземплярах|zwei|deux)/iu;
const HEREINAFTER = /hereinafter (?:referred to as|called)|именуемые в дальнейшем|im folgenden/iu;
const MIN_ARTICLE_HEADINGS = 3;

// Factbox: named in the title, or a body made of bullet items.
/** Names of a fact sheet or a chronology, per language: opening a title, or anywhere in it. */
const FACTBOX_OPENERS = ['fact ?box', 'factbox', 'fact sheet', 'explainer', 'q&a', 'timeline', 'chronology', 'chronologie', 'cronología', 'хронология'];
const FACTBOX_WORDS = [
  "key points|what is in|what's in|what we know|at a glance|key facts|key dates|milestones",
  'справка|что известно|ключевые даты|основные вехи',
  'fakten|eckdaten|überblick|die wichtigsten daten',
  "l'essentiel|repères|les dates clés|fiche(?: d'information)?",
  'claves|hoja informativa|fechas clave|ficha',
  'ورقة معلومات|أبرز المحطات|محطات رئيسية|تسلسل زمني',
];
const FACTBOX_TITLE = new RegExp(`^(?:${FACTBOX_OPENERS.join('|')})(?!\\p{L})|(?<!\\p{L})(?:${FACTBOX_WORDS.join('|')})(?!\\p{L})`, 'iu');
const BULLET = /^[-–—•*·]\s/;
const MIN_BULLETS = 4;

// Opinion: labels, bios, disclaimers, the column's own footer, and the writer's voice.
const OPINION_LABELS = [
  'opinion',
  'opinions',
  'commentary',
  'commentaries',
  'columns?',
  'editorials',
  'op-?ed',
  'editorial',
  'comment',
  'viewpoint',
  'perspective',
  'мнени[ея]',
  'колонк[аи]',
  'комментарий',
  'точка зрения',
  'meinung',
  'kommentar',
  'gastbeitrag',
  'standpunkt',
  'leitartikel',
  'tribunes?',
  'chroniques',
  'point de vue',
  'chronique',
  'éditorial',
  'opinión',
  'tribuna',
  'columnas?',
  'punto de vista',
  'رأي',
  'آراء',
  'مقالات الرأي',
  'مقال رأي',
  'وجهة نظر',
].join('|');
const OPINION_LABEL = new RegExp(`^(?:${OPINION_LABELS})(?!\\p{L})`, 'iu');
/** A header line that is only a section label, perhaps with the column's name: "COMMENT", "OPINION | The Second Look". */
const OPINION_LABEL_LINE = new RegExp(`^(?:${OPINION_LABELS})(?:\\s*[|:/–—-]\\s*[^.!?]{0,60})?$`, 'iu');
/** "X is a columnist for …" in the last paragraphs, in each language. */
const COLUMNIST_BIO = new RegExp(
  [
    String.raw`\b(?:is|was) (?:a|an|the) [^.]{0,120}\b(?:columnist|contributor|commentator|opinion writer|contributing editor)\b`,
    String.raw`\b(?:writes|wrote) (?:a|the) (?:weekly |regular )?column\b`,
    String.raw`(?<!\p{L})(?:ist|war|est|était|es|fue)\s+[^.]{0,80}?(?:Kolumnist|Gastautor|chroniqueu[rs]|éditorialiste|columnista|articulista)`,
    String.raw`(?:—|является)\s+[^.]{0,80}?колумнист`,
  ].join('|'),
  'iu',
);
/** "Jane Roe writes on maritime security.": the tagline under a column. */
const AUTHOR_TAGLINE =
  /(?:^|[.!?]\s+)\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:writes (?:on|about)|schreibt (?:über|zu)|écrit sur|escribe sobre|пишет о)(?!\p{L})/u;
/** "The views expressed are the author's own" and its kin: only a column disowns its views. */
const DISCLAIMER = new RegExp(
  [
    String.raw`\bviews?\s+(?:expressed\s+)?(?:(?:here|in this (?:article|column|piece|commentary))\s+)?(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:the author['’]s|those of the author|his|her|their|my)\s+own\b`,
    String.raw`(?:Meinung|Ansicht|Auffassung)\s+de[rs]\s+(?:Autors|Autorin|Verfassers|Verfasserin|Gastautors|Gastautorin)`,
    String.raw`n['’]engagent\s+que\s+(?:leur|son|ses)\s+auteur`,
    String.raw`responsabilidad\s+exclusiva\s+de\s+(?:su|sus|el|la|los)\s+autor`,
    String.raw`мнение\s+(?:автора|редакции)\s+(?:может\s+)?не\s+совпада`,
    String.raw`[تي]عبر\s+(?:فقط\s+)?عن\s+(?:رأي\s+)?(?:كاتبها|كاتبه|الكاتب|صاحبها|صاحبه)`,
  ].join('|'),
  'iu',
);
const COLUMN_FOOTER = /\b(?:this|the|my|our) (?:column|blog|newsletter)\b/iu;
/** The last paragraphs, where bios, taglines and disclaimers stand. */
const TAIL_PARAGRAPHS = 3;

/**
 * The writer's voice decides a column without a label when at least this many sentences, and this share of all,
 * are the writer's own: they carry the writer's cues (≥ VOICED_SENTENCE_SCORE each, outside quotations, credited
 * to nobody) or are short assertions with nothing of a report ("They can compete."); and their cues are of at least
 * two families (stance, community, advocacy, evaluation, rhetoric): a wire's paraphrased "should" alone is one
 * family, and so is a press release's "we". An assertion adds a sentence, never a family of its own.
 */
const MIN_VOICED_SENTENCES = 3;
const MIN_VOICED_SHARE = 0.15;
const MIN_VOICE_FAMILIES = 2;
const VOICE_WEIGHT = 3;
/** Each sentence in the first person singular or "one wonders" adds this much, up to MAX_STANCE_WEIGHT. */
const STANCE_SENTENCE_WEIGHT = 1.5;
const MAX_STANCE_WEIGHT = 3;

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
  // A state body's statement, communiqué or press release under its own masthead.
  const release = governmentRelease(ctx);
  if (release) cues.push({ cue: 'government-release', weight: OFFICIAL_THRESHOLD, text: `${release.label} · ${release.body}` });
  return cues;
}

function factboxCues(ctx: MetaContext, title: string | null): Cue[] {
  const cues: Cue[] = [];
  // The title, or a label line above it or naming a series ("ورقة معلومات | العدد 212"); a "Key points" heading
  // under the headline is a part of the piece, not its name.
  const titleAt = ctx.headline ? ctx.header.indexOf(ctx.headline) : -1;
  const series = (l: string) => /[|·•]|\d/u.test(l);
  const above = removedLines(ctx, 'label').filter((l) => titleAt < 0 || ctx.header.indexOf(l) < titleAt || series(l));
  const named = [title ?? '', ...above].map((l) => FACTBOX_TITLE.exec(l)).find(Boolean) ?? null;
  if (named) cues.push({ cue: 'factbox-title', weight: 3, text: named[0] });
  const bullets = ctx.paragraphs.filter((p) => BULLET.test(p)).length;
  if (bullets >= MIN_BULLETS && bullets * 2 >= ctx.paragraphs.length)
    cues.push({ cue: 'bullet-body', weight: 3, text: `${bullets} of ${ctx.paragraphs.length} paragraphs are bullets` });
  return cues;
}

/** A breadcrumb's separators ("Home > Opinion > Columns"): its crumbs are the page's sections, unlike a menu's items. */
const CRUMB_SEPARATOR = /\s+[›>]\s+/;

/** Labels and sections that declare the piece an opinion: the page's section, a label line, a crumb, the title. */
function opinionLabel(ctx: MetaContext, title: string | null): Cue | null {
  const crumbs = removedLines(ctx, 'navigation').flatMap((l) => (CRUMB_SEPARATOR.test(l) ? l.split(CRUMB_SEPARATOR).slice(1) : []));
  const candidates = [ctx.hints.section ?? '', ...removedLines(ctx, 'label'), ...crumbs, title ?? ''];
  const hit = candidates.find((c) => OPINION_LABEL.test(c.trim())) ?? ctx.header.find((line) => OPINION_LABEL_LINE.test(line.trim()));
  return hit ? { cue: 'opinion-label', weight: 4, text: hit } : null;
}

/** What the foot of a column says about it: a columnist's bio, a tagline, a disclaimer, the column's own footer. */
function columnCues(ctx: MetaContext): Cue[] {
  const cues: Cue[] = [];
  const tail = ctx.paragraphs.slice(-TAIL_PARAGRAPHS).join(' ');
  const footer = removedLines(ctx, 'subscribe', 'footer', 'share', 'credit', 'copyright');
  const bio = COLUMNIST_BIO.exec(tail);
  if (bio) cues.push({ cue: 'columnist-bio', weight: 3, text: bio[0] });
  const tagline = AUTHOR_TAGLINE.exec(tail);
  if (tagline) cues.push({ cue: 'author-tagline', weight: 1.5, text: tagline[0] });
  const disclaimer = DISCLAIMER.exec(tail) ?? footer.map((l) => DISCLAIMER.exec(l)).find(Boolean);
  if (disclaimer) cues.push({ cue: 'disclaimer', weight: 3, text: disclaimer[0] });
  const own = footer.find((l) => COLUMN_FOOTER.test(l));
  if (own) cues.push({ cue: 'column-footer', weight: 1.5, text: COLUMN_FOOTER.exec(own)![0] });
  return cues;
}

/** Lines at the head where a paper's series label stands: the header zone and the first body lines. */
const HEAD_PARAGRAPHS = 3;

/** A research paper's series label ("Policy Brief No. 9 | June 2019"): the document is an analysis, not a column. */
function researchLabel(ctx: MetaContext): Cue | null {
  const line =
    [...ctx.header, ...removedLines(ctx, 'label', 'masthead', 'date'), ...ctx.paragraphs.slice(0, HEAD_PARAGRAPHS)].find(isResearchLabel) ??
    seriesMasthead(ctx)?.line;
  return line ? { cue: 'research-label', weight: 0, text: line } : null;
}

/** The writer's voice sentence by sentence, read with the reading stage's cues for the document's language. */
function voiceCues(ctx: MetaContext, segmentsIn?: SegmentsIn): Cue[] {
  const cues: Cue[] = [];
  const { sentences, voiced, assertions } = documentVoice(ctx.body, ctx.language, segmentsIn?.(ctx.language));
  const own = [...voiced, ...assertions];
  const families = new Set(own.flatMap((v) => v.families));
  const share = sentences ? own.length / sentences : 0;
  if (own.length >= MIN_VOICED_SENTENCES && share >= MIN_VOICED_SHARE && families.size >= MIN_VOICE_FAMILIES) {
    const text = `${voiced.length} voiced and ${assertions.length} asserting of ${sentences} sentences (${[...families].join(', ')}): ${voiced
      .slice(0, 3)
      .map((v) => v.cues[0])
      .join(', ')}`;
    cues.push({ cue: 'writer-voice', weight: VOICE_WEIGHT, text });
  }
  const stance = voiced.filter((v) => v.families.includes('stance'));
  if (stance.length) {
    cues.push({
      cue: 'writer-stance',
      weight: Math.min(MAX_STANCE_WEIGHT, stance.length * STANCE_SENTENCE_WEIGHT),
      text: `${stance.length}× ${stance[0].cues.join(', ')}`,
    });
  }
  return cues;
}

const sum = (cues: Cue[]) => cues.reduce((s, c) => s + c.weight, 0);
const explain = (kind: DocKind, cues: Cue[]) => `${kind}: ${cues.map((c) => `${c.cue} ${quote(c.text, 50)} (+${c.weight})`).join('; ')}`;

/** The body's segments read in a language (read/readSegments), shared with the reading stage so they are read once. */
export type SegmentsIn = (language: string | null) => ReadSegment[];

export function findKind(ctx: MetaContext, title: string | null, segmentsIn?: SegmentsIn): Field<DocKind> & { value: DocKind } {
  const official = officialCues(ctx);
  if (sum(official) >= OFFICIAL_THRESHOLD) return { value: 'official', evidence: explain('official', official) };
  const label = opinionLabel(ctx, title);
  if (label) return { value: 'opinion', evidence: explain('opinion', [label]) };
  const factbox = factboxCues(ctx, title);
  if (sum(factbox) >= FACTBOX_THRESHOLD) return { value: 'factbox', evidence: explain('factbox', factbox) };
  const research = researchLabel(ctx);
  if (research) return { value: 'other', evidence: `other: an analysis paper, ${explain('other', [research]).slice('other: '.length)}` };
  const voice = [...columnCues(ctx), ...voiceCues(ctx, segmentsIn)];
  if (sum(voice) >= OPINION_THRESHOLD) return { value: 'opinion', evidence: explain('opinion', voice) };
  if (ctx.body.split(/\s+/).length < MIN_REPORT_WORDS) return { value: 'other', evidence: `other: body under ${MIN_REPORT_WORDS} words` };
  const weak = [...official, ...factbox, ...voice];
  return {
    value: 'news',
    evidence: weak.length
      ? `news: below every threshold (${weak.map((c) => `${c.cue} +${c.weight}`).join(', ')})`
      : 'news: no official, factbox or opinion cue',
  };
}
