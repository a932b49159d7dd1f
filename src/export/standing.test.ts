// Source types, independence, status and projected dates in the Markdown and HTML exports (issue 14, deliver 6),
// on the sample dossier with those fields filled in by hand: a wire, a party's state media (with hostile evidence
// text), a research factbox, a projected entry into force, a schedule, a step on a protocol and a repeat.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { sampleDossier } from '../../test/fixtures/export/sample-dossier.ts';
import type { Dossier } from '../types.ts';
import { toHtml } from './html.ts';
import { toMarkdown } from './markdown.ts';

const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(1)>';

function standingDossier(): Dossier {
  const d: Dossier = structuredClone(sampleDossier);
  const [wire, stateMedia, factbox] = d.documents;
  Object.assign(wire, { source_type: 'wire', source_state: null, source_evidence: 'wire credit line «Reporting by Jana Holm»' });
  Object.assign(stateMedia, { source_type: 'state-media', source_state: 'RU', source_evidence: `self-description «state news agency» ${EVIL}` });
  Object.assign(factbox, { source_type: 'research', source_state: null, source_evidence: 'publication «Varga Institute bulletin»' });
  const a = d.agreements[0];
  a.standing = {
    signed_date: { support: { reports: 3, independent: 2 }, status: 'confirmed', status_reason: '2 independent sources state it' },
    signed_place: { support: { reports: 2, independent: 2 }, status: 'confirmed', status_reason: '2 independent sources state it' },
    article_count: { support: { reports: 1, independent: 1 }, status: 'reported', status_reason: 'one independent source states it: Northern Wire' },
  };
  a.articles[0] = { ...a.articles[0], support: { reports: 1, independent: 1 }, status: 'reported', status_reason: 'one independent source states it' };
  a.articles[1] = { ...a.articles[1], support: { reports: 3, independent: 2 }, status: 'disputed', status_reason: `a conflict is settled for it ${EVIL}` };
  a.obligations.defense = { ...a.obligations.defense, support: { reports: 2, independent: 2 }, status: 'confirmed', status_reason: 'two independent sources' };
  a.lifecycle[0] = { ...a.lifecycle[0], support: { reports: 7, independent: 4 }, status: 'confirmed', status_reason: '4 independent sources state it' };
  a.lifecycle[4] = { ...a.lifecycle[4], support: { reports: 1, independent: 1 }, status: 'reported', status_reason: "only Brennmark's own media state it" };
  a.lifecycle.push(
    {
      step: 'approved-by-legislature',
      date: '2031-01-10',
      party: 'Aurelia',
      body: 'National Assembly',
      ref: null,
      of: 'protocol',
      claims: ['c20'],
      docs: ['d3'],
      support: { reports: 1, independent: 1 },
      status: 'reported',
      status_reason: 'one independent source states it',
    },
    {
      step: 'entered-into-force',
      date: '2031-02-14',
      party: null,
      body: null,
      ref: null,
      claims: [],
      docs: [],
      projected: true,
      rule: {
        text: 'on the thirtieth day after the exchange of instruments of ratification',
        offset: '30 days after the exchange of instruments',
        claims: ['c7'],
        docs: ['d1'],
        rests_on: [{ step: 'instruments-exchanged', date: '2031-01-15', party: null, claims: ['c22'] }],
      },
      support: { reports: 0, independent: 0 },
      status: 'unknown',
      status_reason: 'no report states it: projected from the agreement’s rule',
    },
  );
  a.schedule = [
    {
      what: 'notice-deadline',
      date: '2040-08-14',
      party: null,
      projected: true,
      rule: { text: 'six months before the expiry', offset: '6 months before the expiry of the term', claims: ['c23'], docs: ['d3'], rests_on: [] },
    },
  ];
  a.repeats = [{ doc: 'd3', source: 'd1', why: 'credits Northern Wire: "according to Northern"' }];
  d.conflicts[0] = {
    ...d.conflicts[0],
    support: { reports: 2, independent: 2 },
    status: 'confirmed',
    status_reason: 'settled by 2 independent sources',
    values: [
      { ...d.conflicts[0].values[0], support: { reports: 2, independent: 2 } },
      { ...d.conflicts[0].values[1], support: { reports: 1, independent: 0 } },
    ],
  };
  return d;
}

const dossier = standingDossier();

test('Markdown: source badges with their evidence, status and "K of N independent" per fact, projected dates and the schedule', () => {
  const md = toMarkdown(dossier);
  const shown = md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  // Badges: in the sources list (with the evidence), next to each source of a conflict and in the misstatements.
  assert.match(shown, /^- \*\*d1\*\* · \*\*\[wire\]\*\* \(wire credit line «Reporting by Jana Holm»\)/m);
  assert.match(shown, /^- \*\*d2\*\* · \*\*\[state media · RU\]\*\* \(self-description «state news agency»/m);
  assert.match(shown, /^- \*\*d3\*\* · \*\*\[research\]\*\*.*counted with d1: credits Northern Wire/m);
  assert.match(shown, /Brennmark Today & Tonight \(d2, state media · RU\)/);
  assert.match(shown, /^### Brennmark Today & Tonight: .* \(d2, state media · RU\)$/m);
  // Status and support per fact, with the reason.
  assert.match(shown, /\*\*Signed:\*\* 12 Sep 2030 in Veltrava.* — \*\*Confirmed\*\* · 2 of 3 independent \(2 independent sources state it\)/);
  assert.match(shown, /\*\*Articles:\*\* 9 — \*\*Reported\*\* · 1 of 1 independent \(one independent source states it: Northern Wire\)/);
  assert.match(shown, /^\| 4 \| defense \|.*\| \*\*Disputed\*\* · 2 of 3 independent \(a conflict is settled for it/m);
  assert.match(shown, /^\| Defense \(aid if a party is attacked\) \|.*\| \*\*Confirmed\*\* · 2 of 2 independent \(two independent sources\) \|$/m);
  assert.match(shown, /^\| 12 Sep 2030 \| All parties \| Signed.*\| \*\*Confirmed\*\* · 4 of 7 independent \(4 independent sources state it\) \|$/m);
  assert.match(shown, /^\| \*\*Article 5\*\* \|.*\| 0 of 1 independent \| ✗ contradicts the resolution \|$/m);
  assert.match(shown, /^\*\*Status:\*\* \*\*Confirmed\*\* · 2 of 2 independent \(settled by 2 independent sources\)$/m);
  // Projected: marked in the date and the step, with the rule's words; the schedule apart.
  assert.match(
    shown,
    /^\| 14 Feb 2031 \(projected\) \| All parties \| Entered into force; projected from the rule: 30 days after the exchange of instruments \(«on the thirtieth day after the exchange of instruments of ratification»\) \|.*\| \*\*Unknown\*\* · no report/m,
  );
  assert.match(shown, /^### Schedule/m);
  assert.match(
    shown,
    /^- 14 Aug 2040 \(projected\): Last day for notice; rule: 6 months before the expiry of the term \(«six months before the expiry»\)\[\^\d+\]$/m,
  );
  assert.match(shown, /\| Approved by legislature \(protocol\) \|/);
  // Hostile evidence and reasons stay text.
  assert.deepEqual(md.match(/(?<!\\)<(?!https?:)/g), null, 'every < of report text is escaped (autolinks aside)');
});

test('HTML: the same badges, counts, status colours and projected marks, all escaped', () => {
  const html = toHtml(dossier);
  const { document } = parseHTML(html);
  const all = (sel: string) => Array.from(document.querySelectorAll(sel));
  // Source badges with the evidence as their title, in the sources list, the conflicts and the misstatements.
  const badge = document.querySelector('#doc-d2 .src-type')!;
  assert.equal(badge.textContent, 'state media · RU');
  assert.ok(badge.classList.contains('src-state-media'));
  assert.match(badge.getAttribute('title')!, /self-description «state news agency» "><script>/);
  assert.equal(document.querySelector('#doc-d1 .src-type')!.textContent, 'wire');
  assert.ok(all('#sec-conflicts .src-head .src-type').some((b) => b.textContent === 'state media · RU'));
  assert.ok(all('#sec-misstatements .outlet h3 .src-type').length > 0);
  assert.match(document.querySelector('#doc-d3')!.textContent!, /counted with d1: credits Northern Wire/);
  // A status colour and "K of N independent" per fact; the reason on hover.
  const standings = all('.standing');
  const signed = standings.find((s) => s.closest('.fact')?.querySelector('dt')?.textContent === 'Signed')!;
  assert.equal(signed.textContent, 'Confirmed · 2 of 3 independent');
  assert.ok(signed.classList.contains('st-confirmed'));
  assert.equal(signed.getAttribute('title'), '2 independent sources state it');
  const disputed = document.querySelector('table.articles .st-disputed')!;
  assert.equal(disputed.textContent, 'Disputed · 2 of 3 independent');
  assert.match(disputed.getAttribute('title')!, /^a conflict is settled for it "><script>/);
  assert.equal(document.querySelector('.obligation.val-true .standing')!.textContent, 'Confirmed · 2 of 2 independent');
  assert.equal(document.querySelector('.conflict .slot .standing')!.textContent, 'Confirmed · 2 of 2 independent');
  assert.deepEqual(
    Array.from(all('.conflict')[0].querySelectorAll('.side .support')).map((s) => s.textContent),
    ['2 of 2 independent', '0 of 1 independent'],
  );
  const lifecycle = all('table.lifecycle tbody tr');
  assert.equal(lifecycle[0].querySelector('.standing')!.textContent, 'Confirmed · 4 of 7 independent');
  // Projected dates: a tag and the rule in the table, a dashed marker and a label on the timeline, the schedule.
  const projected = lifecycle.find((tr) => tr.querySelector('.tag-projected'))!;
  assert.match(projected.textContent!, /14 Feb 2031 projected/);
  assert.match(projected.querySelector('.rule')!.textContent!, /Projected from the rule: 30 days after the exchange of instruments \(«on the thirtieth day/);
  assert.ok(projected.querySelector('.st-unknown'));
  assert.equal(all('svg.timeline circle.marker.projected').length, 1);
  assert.ok(all('svg.timeline .tl-label.projected').some((t) => /projected 14 Feb 2031/.test(t.textContent!)));
  assert.ok(all('svg.timeline title').some((t) => /projected from the rule: 30 days after/.test(t.textContent!)));
  const schedule = document.querySelector('table.schedule tbody tr')!;
  assert.match(schedule.textContent!, /14 Aug 2040 projected.*Last day for notice.*6 months before the expiry of the term/s);
  assert.ok(lifecycle.some((tr) => /Approved by legislature \(protocol\)/.test(tr.textContent!)));
  // Nothing live slipped through.
  assert.ok(!html.includes(EVIL));
  assert.equal(all('script').length + all('img').length, 0);
});
