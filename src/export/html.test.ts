import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { HOSTILE_IMG, HOSTILE_SCRIPT, sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { escapeHtml } from './html/escape.ts';
import { CSP, toHtml } from './html.ts';

const html = toHtml(sampleDossier);
const { document } = parseHTML(html);
const claims = new Map(sampleDossier.claims.map((c) => [c.id, c]));
const all = (sel: string) => Array.from(document.querySelectorAll(sel));
const text = (sel: string) => all(sel).map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

/** Elements or attributes that would run code or load something if report text slipped through unescaped. */
function liveMarkup(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'form'].includes(tag)) found.push(tag);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (/^(href|src|action)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${tag}[${attr.name}]`);
    }
  }
  return found;
}

test('escapeHtml makes text inert in content and in quoted attributes', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  assert.equal(escapeHtml(null), '');
  assert.equal(escapeHtml(12), '12');
});

test('the page is self-contained under a strict CSP', () => {
  assert.ok(html.startsWith('<!doctype html>'));
  assert.equal(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'), CSP);
  assert.equal(CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  assert.ok(document.querySelector('meta[name="viewport"]'));
  assert.equal(all('script').length, 0);
  assert.equal(all('link').length, 0);
  assert.equal(all('[src]').length, 0);
  assert.doesNotMatch(document.querySelector('style')!.textContent!, /@import|url\(/i);
});

test('hostile markup in a report body shows as text and runs nothing', () => {
  assert.ok(!html.includes(HOSTILE_SCRIPT) && !html.includes(HOSTILE_IMG));
  assert.ok(html.includes(escapeHtml(HOSTILE_SCRIPT)) && html.includes(escapeHtml(HOSTILE_IMG)));
  assert.deepEqual(liveMarkup(document), []);
  const body = document.getElementById('doc-d2')!.querySelector('.doc-body')!.textContent!;
  assert.equal(body, sampleDossier.documents[1].body);
});

test('hostile metadata everywhere stays text: titles, outlets, parties, aliases, URLs, ids', () => {
  const evil = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
  const d: Dossier = structuredClone(sampleDossier);
  const a = d.agreements[0];
  a.title = evil;
  a.aliases = [evil];
  a.parties = [evil, 'Brennmark'];
  a.lifecycle[1].party = evil;
  a.lifecycle[1].body = evil;
  a.articles[0].topics = [evil];
  a.articles[0].summary = evil;
  a.obligations.defense.conditions = [evil];
  a.disputed_events![0].reason = evil;
  a.supersedes[0].title = evil;
  d.documents[0].title = evil;
  d.documents[0].outlet = evil;
  d.documents[0].url = 'javascript:alert(1)';
  d.documents[0].removed = [{ text: evil, why: evil }];
  d.conflicts[0].about = evil;
  d.conflicts[0].resolved!.basis = evil;
  d.conflicts[0].values[1].value = evil;
  d.warnings[0].message = evil;
  const out = toHtml(d);
  assert.ok(!out.includes(evil) && !out.includes('<script'));
  assert.deepEqual(liveMarkup(parseHTML(out).document), []);
  assert.ok(!parseHTML(out).document.querySelector('#doc-d1 a[href^="javascript"]'));
});

test('every internal link lands on an element of the page', () => {
  const ids = new Set(all('[id]').map((e) => e.id));
  const targets = all('a[href^="#"]').map((a) => a.getAttribute('href')!.slice(1));
  assert.ok(targets.length > 40);
  for (const t of targets) assert.ok(ids.has(t), `#${t}`);
});

test('every cited fact links to its sentence, highlighted in its document body', () => {
  const cites = all('a.cite');
  assert.ok(cites.length >= 25);
  for (const a of cites) {
    const id = a.getAttribute('href')!.slice(1);
    const claim = claims.get(id);
    assert.ok(claim, `cite ${id} is a claim`);
    const mark = document.getElementById(id)!;
    assert.equal(mark.tagName, 'MARK');
    assert.equal(mark.textContent, claim.text);
    assert.equal(mark.closest('article.source')!.id, `doc-${claim.doc}`);
  }
  assert.equal(document.getElementById('c12')!.className, 'hl-wrong', 'a misstatement is marked as such');
  assert.equal(document.getElementById('c10')!.className, 'hl-opinion');
  assert.equal(document.getElementById('c3'), null, 'an uncited sentence is not highlighted');
});

test('the summary states status, latest step, each party and the conflict count', () => {
  assert.deepEqual(text('.status-badge'), ['Not yet in force']);
  assert.match(text('.status-text')[0], /Latest step: Instruments exchanged in Veltrava, 15 Jan 2031/);
  assert.deepEqual(text('.progress .party'), ['Aurelia', 'Brennmark']);
  assert.match(text('.alert')[0], /2 conflicts between sources · 2 documents misstating a fact/);
});

test('the timeline has one marker per dated event and lists the undated one', () => {
  const dated = sampleDossier.agreements[0].lifecycle.filter((e) => e.date).length;
  assert.equal(all('svg.timeline circle.marker').length, dated);
  assert.match(text('.undated')[0], /Ratified by Brennmark \(King\), date unknown/);
  assert.equal(all('table.lifecycle tbody tr').length, sampleDossier.agreements[0].lifecycle.length);
});

test('the article table lists every article; obligations show all seven', () => {
  const numbers = text('table.articles tbody .art-no').map(Number);
  assert.deepEqual(
    numbers,
    sampleDossier.agreements[0].articles.map((a) => a.number),
  );
  assert.match(text('#sec-articles-a1 .lede')[0], /Not described: 1, 3, 7, 8\./);
  assert.equal(all('.obligation').length, 7);
  assert.deepEqual(text('.obligation.val-true .ob-name'), ['Defense', 'Non-aggression', 'Consultation', 'No territory use']);
});

test('conflicts put each side and its sources next to each other; misstatements are grouped by outlet', () => {
  const conflicts = all('.conflict');
  assert.equal(conflicts.length, 2);
  const [article] = conflicts;
  assert.match(article.querySelector('.resolution')!.textContent!, /Resolved: Article 4 · basis: majority/);
  assert.equal(article.querySelectorAll('.side').length, 2);
  assert.match(article.querySelector('.side-wrong')!.textContent!, /Article 5.*Brennmark Today & Tonight.*Article 5 of the agreement obliges/s);
  assert.equal(article.querySelector('.side-ok')!.querySelectorAll('.quotes li').length, 2);
  assert.deepEqual(text('.outlet h3'), ['Brennmark Today & Tonight 2', 'Aurelian Public Radio 1']);
  assert.match(text('.outlet')[0], /Unsupported Reported: Amended by Brennmark \(Riksting\), 10 Dec 2030/);
});

test('a dossier without agreements or conflicts still renders a valid page', () => {
  const out = toHtml({ ...sampleDossier, agreements: [], conflicts: [] });
  const doc = parseHTML(out).document;
  assert.match(doc.querySelector('h1')!.textContent!, /Pactwatch dossier/);
  assert.match(doc.getElementById('sec-conflicts')!.textContent!, /agree on every fact/);
  assert.deepEqual(
    Array.from(doc.querySelectorAll('.doc-body mark')).map((m) => m.id),
    ['c10', 'c16'],
    'only the opinion passages are cited',
  );
});

test('a conflict side with many sources shows the first few and counts the rest', () => {
  const d: Dossier = structuredClone(sampleDossier);
  d.conflicts[0].values[0].docs = Array.from({ length: 10 }, () => ['d1', 'd3']).flat();
  const side = parseHTML(toHtml(d)).document.querySelector('.conflict .side-ok')!;
  assert.equal(side.querySelectorAll('.quotes li').length, 9);
  assert.match(side.querySelector('.more')!.textContent!, /^and 12 more sources: Northern Wire, Aurelian Public Radio$/);
});
