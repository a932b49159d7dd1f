// Each detector in the clean stage's list earns its place: for every one, a page with one line of junk of its
// kind that the whole list removes, and that the list without that detector keeps (no other detector takes it).
// Taking a detector out of DETECTORS, or a detector that stops firing, fails its test here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText, DETECTORS } from './index.ts';

const HEADLINE = 'Velland and Ostria seal a fisheries accord';
const BODY = [
  'Velland and Ostria signed an accord on shared fishing grounds in the port of Kessa on Tuesday.',
  'The accord will enter into force thirty days after both parliaments approve it, the two ministers said.',
  "Inspectors from each country will be allowed to board the other's trawlers under its fourth article.",
];

/** Where the junk stands: above the headline, under it, between two paragraphs, or under the last one. */
type Place = 'top' | 'head' | 'middle' | 'end';

/** One line (or block) of junk per detector, by the detector's name (the `why` of what it removes). */
const SAMPLES: Record<string, { place: Place; junk: string }> = {
  'close-button': { place: 'middle', junk: '[x]' },
  separator: { place: 'middle', junk: '~ ~ ~' },
  handling: { place: 'middle', junk: 'BULLETIN - for immediate release' },
  'mail-header': { place: 'top', junk: 'From: Kessa Weekly <letters@kessa.example>' },
  cookie: { place: 'top', junk: 'This website uses cookies to personalise content and to analyse our traffic.' },
  share: { place: 'middle', junk: 'Share this story' },
  tools: { place: 'middle', junk: 'Imprimir | Enviar a un amigo' },
  navigation: { place: 'middle', junk: 'Home | Politics | Economy | Culture | Weather' },
  masthead: { place: 'top', junk: 'Editor-in-Chief: Ilse Varga' },
  date: { place: 'middle', junk: 'Updated 14 minutes ago' },
  byline: { place: 'middle', junk: 'By Tomas Lerner' },
  dateline: { place: 'head', junk: 'KESSA, May 4 /Nordwire/.' },
  credit: { place: 'end', junk: '(Reporting by Ana Ruiz; Editing by Piet Holm)' },
  caption: { place: 'middle', junk: 'Ministers shake hands after the signing in Kessa, May 4, 2033. Lina Berg/Nordwire/Pool via Agency' },
  paywall: { place: 'middle', junk: 'This article is available to subscribers only.' },
  subscribe: { place: 'end', junk: 'Subscribe now' },
  newsletter: { place: 'end', junk: 'To unsubscribe from this mailing list, click here.' },
  footer: { place: 'end', junk: "The views expressed in this column are the author's own." },
  contact: { place: 'end', junk: 'Media contact: press@kessa-ministry.example' },
  trailer: { place: 'end', junk: '/NWR/ ab/cd 1130' },
  copyright: { place: 'end', junk: '© 2033 Kessa Herald. All rights reserved.' },
  related: { place: 'end', junk: 'Read more\n- Ferry fares rise in August\n- Storm closes the northern harbour' },
  comments: { place: 'end', junk: 'Leave a comment' },
  widget: { place: 'middle', junk: 'Advertisement' },
  label: { place: 'top', junk: 'ANALYSIS' },
};

function page(junk: string, place: Place): string {
  if (place === 'top') return [junk, HEADLINE, '', ...BODY].join('\n');
  if (place === 'head') return [HEADLINE, junk, '', ...BODY].join('\n');
  if (place === 'middle') return [HEADLINE, '', BODY[0], junk, BODY[1], BODY[2]].join('\n');
  return [HEADLINE, '', ...BODY, junk].join('\n');
}

/** The page as it should read once the junk is out. */
const clean = [HEADLINE, '', ...BODY].join('\n');

test('clean: every detector in the list has a sample of its junk here', () => {
  assert.deepEqual(
    DETECTORS.map((d) => d.name).filter((name) => !(name in SAMPLES)),
    [],
  );
});

for (const [name, { place, junk }] of Object.entries(SAMPLES)) {
  test(`clean: the ${name} detector removes "${junk.split('\n')[0]}", which no other detector would`, () => {
    const text = page(junk, place);
    const out = cleanText(text);
    assert.equal(out.body.replace(/\n+/g, '\n'), clean.replace(/\n+/g, '\n'));
    assert.deepEqual(
      out.removed.map((r) => [r.why, r.text]),
      [[name, junk]],
    );
    const without = cleanText(
      text,
      DETECTORS.filter((d) => d.name !== name),
    );
    assert.deepEqual(without.removed, [], `without ${name}, another detector removes it`);
  });
}
