// Extraction side by side: Pactwatch's clean stage and plain @mozilla/readability on the same HTML pages,
// with the share of the article's sentences each keeps, the share of boilerplate each drops, and the time.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanDocument } from '../src/clean/index.ts';
import type { RawDocument } from '../src/types.ts';
import { generateHtmlPages } from './corpus/generate.ts';

const PAGES = 300;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function score(text: string, sentences: string[], boilerplate: string[]) {
  const t = squash(text);
  return {
    kept: sentences.filter((s) => t.includes(squash(s))).length / sentences.length,
    dropped: boilerplate.filter((b) => !t.includes(squash(b))).length / boilerplate.length,
  };
}

export function benchExtraction(): void {
  const pages = generateHtmlPages(PAGES);
  const ours = { ms: 0, kept: 0, dropped: 0 };
  const plain = { ms: 0, kept: 0, dropped: 0 };
  pages.forEach((p, i) => {
    const raw: RawDocument = { file: `p${i}.html`, sha256: String(i), format: 'html', text: null, html: p.html, hints: {}, charset: 'UTF-8', warnings: [] };
    let t = performance.now();
    const body = cleanDocument(raw).body;
    ours.ms += performance.now() - t;
    const a = score(body, p.sentences, p.boilerplate);
    ours.kept += a.kept / PAGES;
    ours.dropped += a.dropped / PAGES;
    t = performance.now();
    const article = new Readability(parseHTML(p.html).document as unknown as Document).parse();
    plain.ms += performance.now() - t;
    const b = score(article?.textContent ?? '', p.sentences, p.boilerplate);
    plain.kept += b.kept / PAGES;
    plain.dropped += b.dropped / PAGES;
  });
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`\nextraction on ${PAGES} synthetic HTML pages          sentences kept  boilerplate dropped  ms/page`);
  console.log(
    `pactwatch clean stage                               ${pct(ours.kept).padStart(14)} ${pct(ours.dropped).padStart(20)} ${(ours.ms / PAGES).toFixed(2).padStart(8)}`,
  );
  console.log(
    `plain @mozilla/readability (linkedom)               ${pct(plain.kept).padStart(14)} ${pct(plain.dropped).padStart(20)} ${(plain.ms / PAGES).toFixed(2).padStart(8)}`,
  );
  console.log(`time ratio pactwatch / readability: ${(ours.ms / plain.ms).toFixed(2)}`);
}
