// The eval floor: analyze each eval case and require the scorer's overall to stay at or above a floor that is
// raised as quality rises. The shared cases and the scorer live in ../shared, beside the repository; the
// practice cases of our own (real agreements, every sentence our own) live in test/eval-cases.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/cli/analyze.ts';
import { render } from '../src/export/index.ts';

const shared = join(import.meta.dirname, '..', '..', 'shared', 'eval');
const own = join(import.meta.dirname, 'eval-cases');
/** Each case's floor: a few points under its score when it was set (raised at the end of session 10), so a drop shows
 *  and noise does not. */
const FLOORS: [dir: string, floor: number][] = [
  [join(shared, 'seeds'), 97],
  [join(shared, 'practice-harbour'), 99],
  [join(shared, 'russia-iran-2025'), 97],
  [join(shared, 'russia-dprk-2024-ratification'), 97],
  [join(own, 'eu-nz-fta-2023'), 97],
  [join(own, 'israel-uae-2020'), 97],
  [join(own, 'new-start-2010'), 96],
  [join(own, 'paris-agreement-2015'), 96],
  // Held out while this session worked on the reader, then added: their floors stand further below 100.
  [join(own, 'egypt-saudi-maritime-2016'), 94],
  [join(own, 'israel-jordan-1994'), 95],
  [join(own, 'japan-philippines-raa-2024'), 94],
  [join(own, 'rcep-2020'), 94],
  [join(own, 'tpnw-2017'), 94],
  [join(own, 'usmca-2018'), 97],
  // Written unseen in session 7 and scored before any change for them (FIRST_SCORE.md), then added.
  [join(own, 'aachen-2019'), 94],
  [join(own, 'indus-waters-1960'), 95],
  [join(own, 'minamata-2013'), 92],
  // Written unseen for the lifecycle reader (issue 13), scored before any change for them (FIRST_SCORE.md), then added.
  [join(own, 'kyoto-protocol-1997'), 91],
  [join(own, 'open-skies-1992'), 96],
  [join(own, 'lisbon-treaty-2007'), 96],
  // Written unseen in session 8 by a writer blind to the code, scored before any change (FIRST_SCORE.md), then added.
  [join(own, 'afcfta-2018'), 91],
  [join(own, 'china-russia-friendship-2001'), 96],
  [join(own, 'inf-treaty-1987'), 94],
  // Written blind in session 9 and scored once (FIRST_SCORE.md: 85.8, 81.3, 86.3 with the JSONL key fixed); they
  // measured the session's end (86.8, 81.9, 86.3), then were studied in session 10 (95.1, 96.5, 96.3).
  [join(own, 'black-sea-grain-2022'), 92],
  [join(own, 'ctbt-1996'), 93],
  [join(own, 'egypt-israel-1979'), 93],
  // Written blind in session 10 and scored once at its start (FIRST_SCORE.md: 89.6, 85.3, 81.7), then studied
  // (94.8, 96.8, 90.5); three more written with them stay unseen.
  [join(own, 'abm-treaty-1972'), 91],
  [join(own, 'chemical-weapons-convention-1993'), 93],
  [join(own, 'ottawa-mine-ban-1997'), 87],
  // The other three of session 10, kept unseen through it (88.5–93.7 at its end), studied in session 11 (94.1–94.5).
  [join(own, 'istanbul-convention-2011'), 91],
  [join(own, 'quirinal-treaty-2021'), 91],
  [join(own, 'us-japan-security-1960'), 91],
  // Written blind in session 11 and scored once on its starting code (FIRST_SCORE.md: 84.6, 88.8, 89.7; 86.1,
  // 85.3, 85.6), then studied (90.5, 92.9, 95.1; 92.1, 91.6, 93.4); the other six written with them stay unseen.
  [join(own, 'prespa-agreement-2018'), 87],
  [join(own, 'sweden-nato-accession-2022'), 90],
  [join(own, 'russia-ukraine-friendship-1997'), 92],
  [join(own, 'salt-ii-1979'), 89],
  [join(own, 'warsaw-pact-1955'), 88],
  [join(own, 'montreal-protocol-1987'), 90],
];

for (const [dir, floor] of FLOORS) {
  test(`eval ${dir.split('/').pop()}: overall ≥ ${floor}%`, async () => {
    const { dossier } = await analyze({ paths: [join(dir, 'docs')], quiet: true, cache: null });
    const file = join(mkdtempSync(join(tmpdir(), 'pactwatch-eval-')), 'dossier.json');
    writeFileSync(file, render(dossier, 'json'));
    const out = execFileSync(process.execPath, [join(shared, 'score.mjs'), '--dossier', file, '--gold', join(dir, 'gold.json')], { encoding: 'utf8' });
    const overall = Number(/overall: ([\d.]+)%/.exec(out)?.[1]);
    assert.ok(overall >= floor, `overall ${overall}% < floor ${floor}%\n${out}`);
  });
}
