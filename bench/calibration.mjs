#!/usr/bin/env node
// Calibration of the per-fact status (src/dossier/status): how many `confirmed` and `reported` facts are right
// per the gold files. usage: node bench/calibration.mjs DIR... (each DIR holds NAME.json dossiers, and the gold of
// each case is found at /work/shared/eval/NAME/gold.json or test/eval-cases/NAME/gold.json), or
// node bench/calibration.mjs --pair DOSSIER.json GOLD.json ...
// Judged facts: lifecycle events (right when a gold step matches its step, date and party, as the scorer
// matches), the signing date and place, and articles (right when the gold lists the number; wrong when the number
// exceeds the gold's article count; not judged otherwise: the gold lists only some articles).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const squash = (s) => norm(s).replace(/[^\p{L}\p{N}]+/gu, '');
const sameDate = (a, b) => !!a && !!b && (String(a).startsWith(String(b)) || String(b).startsWith(String(a)));
const GOLD_ROOTS = ['/work/shared/eval', new URL('../test/eval-cases', import.meta.url).pathname];

function pairs(args) {
  if (args[0] === '--pair') {
    const out = [];
    for (let i = 1; i + 1 < args.length; i += 2) out.push([basename(args[i], '.json'), args[i], args[i + 1]]);
    return out;
  }
  return args.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => {
        const name = basename(f, '.json');
        const gold = GOLD_ROOTS.map((r) => join(r, name, 'gold.json')).find(existsSync);
        return gold ? [[name, join(dir, f), gold]] : [];
      }),
  );
}

/** [kind, status, right (true/false/null = not judged), what] for each judged fact of one case. */
function facts(dossier, gold) {
  const ga = gold.agreement ?? {};
  const a = dossier.agreements?.[0] ?? {};
  const out = [];
  const partyOf = (p) => (p == null ? null : String(p).toUpperCase());
  for (const e of a.lifecycle ?? []) {
    const right = (ga.lifecycle ?? []).some(
      (g) =>
        norm(g.step) === norm(e.step) &&
        (g.date == null || e.date == null || sameDate(e.date, g.date)) &&
        (g.party == null || /^X\d$/.test(g.party) || partyOf(g.party) === partyOf(e.party)),
    );
    out.push(['lifecycle', e.status, right, `${e.step} ${e.date ?? ''} ${e.party ?? ''}`]);
  }
  const st = a.standing ?? {};
  if (a.signed?.date && ga.signed?.date) out.push(['signed date', st.signed_date?.status, sameDate(a.signed.date, ga.signed.date), a.signed.date]);
  if (a.signed?.place && ga.signed?.place) out.push(['signed place', st.signed_place?.status, squash(a.signed.place) === squash(ga.signed.place), a.signed.place]);
  for (const x of a.articles ?? []) {
    const listed = String(x.number) in (ga.articles ?? {});
    const beyond = ga.article_count != null && x.number > ga.article_count;
    out.push(['article', x.status, listed ? true : beyond ? false : null, `Article ${x.number}`]);
  }
  return out;
}

const total = new Map();
const add = (status, right) => {
  const t = total.get(status) ?? { right: 0, wrong: 0, unjudged: 0 };
  if (right === true) t.right++;
  else if (right === false) t.wrong++;
  else t.unjudged++;
  total.set(status, t);
};
const verbose = process.argv.includes('-v');
for (const [name, dossierFile, goldFile] of pairs(process.argv.slice(2).filter((a) => a !== '-v'))) {
  const list = facts(JSON.parse(readFileSync(dossierFile, 'utf8')), JSON.parse(readFileSync(goldFile, 'utf8')));
  const per = new Map();
  for (const [kind, status, right, what] of list) {
    add(status ?? 'none', right);
    const t = per.get(status) ?? [0, 0];
    if (right !== null) t[right ? 0 : 1]++;
    per.set(status, t);
    if (verbose && right === false && (status === 'confirmed' || status === 'reported')) console.log(`  ${name}: WRONG ${status} ${kind} ${what}`);
  }
  console.log(`${name.padEnd(36)} ${[...per].map(([s, [r, w]]) => `${s} ${r}/${r + w}`).join('  ')}`);
}
console.log('--- all cases: right / judged (unjudged)');
for (const [status, t] of total) {
  const judged = t.right + t.wrong;
  console.log(`${String(status).padEnd(10)} ${t.right}/${judged} = ${judged ? ((100 * t.right) / judged).toFixed(1) : '-'}% right (${t.unjudged} not judged)`);
}
