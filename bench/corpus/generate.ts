// A deterministic synthetic corpus for the benchmarks: N reports of about 600 words across .txt, .md,
// .html, .json and .jsonl, each with varied boilerplate; HTML pages carry their ground truth (article
// sentences and boilerplate lines) so extraction can be scored.
import {
  AUTHORS,
  BOILERPLATE_LINES,
  MONTHS,
  NAV_LINES,
  OUTLETS,
  RELATED_HEADINGS,
  RELATED_ITEMS,
  REPORT_SENTENCES,
  STATE_PAIRS,
  TREATY_KINDS,
} from './templates.ts';

export interface GeneratedFile {
  name: string;
  content: string;
  /** Reports in the file (a .jsonl file holds several). */
  reports: number;
}

export interface HtmlTruth {
  html: string;
  sentences: string[];
  boilerplate: string[];
}

const WORDS_PER_REPORT = 600;
const JSONL_BATCH = 20;

/** mulberry32: a tiny seeded PRNG, so the same N gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

interface Report {
  title: string;
  outlet: string;
  author: string;
  published: string;
  dateline: string;
  sentences: string[];
}

function report(rnd: () => number, index: number): Report {
  const pair = pick(rnd, STATE_PAIRS);
  const treaty = pick(rnd, TREATY_KINDS);
  const year = 2030 + Math.floor(rnd() * 6);
  const month = Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const fill = (s: string) =>
    s
      .replaceAll('{A}', pair.a)
      .replaceAll('{B}', pair.b)
      .replaceAll('{T}', treaty)
      .replaceAll('{CA}', pair.capitalA)
      .replaceAll('{CB}', pair.capitalB)
      .replaceAll('{L}', rnd() < 0.5 ? pair.legislatureA : pair.legislatureB)
      .replaceAll('{N}', String(1 + Math.floor(rnd() * 12)))
      .replaceAll('{M}', MONTHS[month])
      .replaceAll('{D}', String(day))
      .replaceAll('{Y}', String(year))
      .replaceAll('{Y0}', String(year - 10 - Math.floor(rnd() * 20)))
      .replaceAll('{P}', String(2 + Math.floor(rnd() * 30)))
      .replaceAll('{K}', String(8 + Math.floor(rnd() * 20)))
      .replaceAll('{W}', String(10 + Math.floor(rnd() * 90)));
  const sentences: string[] = [];
  let words = 0;
  while (words < WORDS_PER_REPORT) {
    const s = `${fill(pick(rnd, REPORT_SENTENCES))}`;
    sentences.push(s);
    words += s.split(/\s+/).length;
  }
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(28, day + 1)).padStart(2, '0')}`;
  return {
    title: `${pair.a} and ${pair.b}: ${treaty.split(' ').slice(0, 4).join(' ')} (report ${index})`,
    outlet: pick(rnd, OUTLETS),
    author: pick(rnd, AUTHORS),
    published,
    dateline: `${pair.capitalA.toUpperCase()}, ${MONTHS[month]} ${Math.min(28, day + 1)}`,
    sentences,
  };
}

function paragraphs(sentences: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; i += 4) out.push(sentences.slice(i, i + 4));
  return out;
}

function boilerplate(rnd: () => number): { top: string[]; bottom: string[] } {
  const related = [pick(rnd, RELATED_HEADINGS), `- ${pick(rnd, RELATED_ITEMS)}`, `- ${pick(rnd, RELATED_ITEMS)}`];
  return { top: [pick(rnd, NAV_LINES)], bottom: [...related, pick(rnd, BOILERPLATE_LINES), pick(rnd, BOILERPLATE_LINES)] };
}

function asText(r: Report, rnd: () => number, markdown: boolean): string {
  const { top, bottom } = boilerplate(rnd);
  const paras = paragraphs(r.sentences).map((p) => p.join(' '));
  paras[0] = `${r.dateline} (${r.outlet}) - ${paras[0]}`;
  const title = markdown ? `# ${r.title}` : r.title;
  return [...top, '', title, `By ${r.author}`, r.published, '', ...paras.flatMap((p) => [p, '']), ...bottom].join('\n');
}

export function asHtml(r: Report, rnd: () => number): HtmlTruth {
  const { top, bottom } = boilerplate(rnd);
  const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const paras = paragraphs(r.sentences)
    .map((p) => `<p>${esc(p.join(' '))}</p>`)
    .join('\n');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(r.title)} | ${esc(r.outlet)}</title>
<meta name="author" content="${esc(r.author)}"><meta property="article:published_time" content="${r.published}T08:00:00Z">
<meta property="og:site_name" content="${esc(r.outlet)}"></head><body>
<div class="cookie">${esc(BOILERPLATE_LINES[1])} <button>Accept</button></div>
<header><nav><ul>${top[0]
    .split('|')
    .map((w) => `<li><a href="#">${esc(w.trim())}</a></li>`)
    .join('')}</ul></nav></header>
<main><article><h1>${esc(r.title)}</h1><p class="byline">By ${esc(r.author)}, ${r.published}</p>
${paras}
</article><aside><h2>${esc(bottom[0])}</h2><ul><li>${esc(bottom[1].slice(2))}</li><li>${esc(bottom[2].slice(2))}</li></ul></aside></main>
<footer><p>${esc(bottom[3])}</p><p>${esc(bottom[4])}</p></footer></body></html>`;
  return { html, sentences: r.sentences, boilerplate: [BOILERPLATE_LINES[1], bottom[1].slice(2), bottom[2].slice(2), bottom[3], bottom[4]] };
}

/** The corpus: about `n` reports in files named by index, deterministic for a given n and seed. */
export function generateCorpus(n: number, seed = 42): GeneratedFile[] {
  const rnd = prng(seed);
  const files: GeneratedFile[] = [];
  let i = 0;
  while (i < n) {
    const roll = rnd();
    const id = String(files.length).padStart(6, '0');
    if (roll < 0.45) files.push({ name: `${id}.txt`, content: asText(report(rnd, i++), rnd, false), reports: 1 });
    else if (roll < 0.55) files.push({ name: `${id}.md`, content: asText(report(rnd, i++), rnd, true), reports: 1 });
    else if (roll < 0.8) files.push({ name: `${id}.html`, content: asHtml(report(rnd, i++), rnd).html, reports: 1 });
    else if (roll < 0.9) {
      const r = report(rnd, i++);
      files.push({
        name: `${id}.json`,
        content: JSON.stringify({ title: r.title, outlet: r.outlet, published: r.published, author: r.author, text: r.sentences.join(' ') }),
        reports: 1,
      });
    } else {
      const count = Math.min(JSONL_BATCH, n - i);
      const lines = Array.from({ length: count }, () => {
        const r = report(rnd, i++);
        return JSON.stringify({
          title: r.title,
          outlet: r.outlet,
          published: r.published,
          url: `https://example.org/news/${i}`,
          text: paragraphs(r.sentences)
            .map((p) => p.join(' '))
            .join('\n\n'),
        });
      });
      files.push({ name: `${id}.jsonl`, content: `${lines.join('\n')}\n`, reports: count });
    }
  }
  return files;
}

/** HTML pages with their ground truth, for the extraction comparison. */
export function generateHtmlPages(n: number, seed = 7): HtmlTruth[] {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => asHtml(report(rnd, i), rnd));
}
