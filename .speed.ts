import { readFileSync, readdirSync } from 'node:fs';
import { segment } from './src/read/segment/index.ts';
import { classifyKind } from './src/read/kind/index.ts';
const dirs = ['/work/shared/eval/seeds/docs/', '/work/shared/eval/practice-harbour/docs/'];
const docs = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(d + f, 'utf8')));
const bytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
const ROUNDS = 60;
for (const [name, withKind] of [['segment', false], ['segment+kind', true]] as const) {
  const c0 = process.cpuUsage(); let n = 0;
  for (let r = 0; r < ROUNDS; r++) for (const body of docs) { let previous = null; let previousSpeaker = null; for (const s of segment(body, 'en')) { n++; if (withKind) { const k = classifyKind(s, { docKind: 'news', language: 'en', previous, previousSpeaker }); previous = s; previousSpeaker = k.speaker; } } }
  const cu = process.cpuUsage(c0); const sec = (cu.user + cu.system) / 1e6;
  console.log(name, n, 'segments', ((bytes * ROUNDS) / 1e6 / sec).toFixed(1), 'MB/s');
}
