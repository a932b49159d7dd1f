// Claims without a topic matched to the clause they describe by their words, in any language. Wording of our
// own; alignments as the articles step gives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../../types.ts';
import type { ArticleAlignment } from '../../record/types.ts';
import { clauseTopics, SAID } from './index.ts';

const LANG: Record<string, string> = { en1: 'en', en2: 'en', fr: 'fr', de: 'de', ru: 'ru', es: 'es' };
const claims = new Map<string, Claim>();
let n = 0;

/** A claim citing one article (its words "Article N" masked as the reading marks them) with its topics. */
function cites(doc: string, stated: number, text: string, topics: string[] = []): ArticleAlignment {
  const id = `c${++n}`;
  const ref = /(?:Article|Artikel|article|artículo|стать[а-яё]+|المادة)\s+\S+/u.exec(text)!;
  claims.set(id, {
    id,
    doc,
    start: 0,
    end: text.length,
    text,
    kind: 'report',
    speaker: null,
    articles: [stated],
    article_refs: [{ text: ref[0], start: ref.index, end: ref.index + ref[0].length, number: stated }],
    foreign_refs: [],
    dates: [],
    parties: [],
    party_mentions: [],
    bodies: [],
    features: [],
    unit: 'sentence',
  });
  return { claim: id, doc, stated, described: stated, topics, weak: false, basis: 'as stated' };
}
const ctx = { languageOf: (doc: string) => LANG[doc] ?? null };

test('a topicless claim takes the topic of the claims it shares numbers with, whatever their article', () => {
  const fr = cites('fr', 14, 'Selon l’article 14, il faudra cinquante ratifications, et le texte s’appliquera quatre-vingt-dix jours après la dernière.');
  const en = cites('en1', 15, 'Under Article 15, the pact takes effect 90 days after the 50th ratification.', ['entry-into-force']);
  const ru = cites('ru', 15, 'Согласно статье 15, она начнёт действовать через девяносто дней после пятидесятой ратификации.');
  const { topics } = clauseTopics([fr, en, ru], claims, ctx);
  assert.deepEqual(topics.get(fr.claim), ['entry-into-force']);
  assert.deepEqual(topics.get(ru.claim), ['entry-into-force']);
  assert.equal(topics.get(en.claim), undefined, 'a claim with topics keeps its own');
});

test('topicless claims that share a name and cognates make a clause of their own, named by those words', () => {
  const en = cites('en1', 15, 'Article 15 guarantees the Hungarian-language university in Cluj and the cultural institutes of the minority.');
  const de = cites('de', 14, 'Artikel 14 garantiert die ungarischsprachige Universität in Cluj und die Kulturinstitute der Minderheit.');
  const { topics, labels } = clauseTopics([en, de], claims, ctx);
  const [id] = topics.get(en.claim)!;
  assert.ok(id.startsWith(SAID));
  assert.deepEqual(topics.get(de.claim), [id]);
  assert.deepEqual(labels.get(id), ['university', 'Cluj', 'cultural']);
});

test('a city alone, a claim of the same document, words in claims about several articles: no match', () => {
  const seat = cites('en1', 5, 'Article 5 sets up a joint commission with its seat in Cluj.');
  const uni = cites('en2', 15, 'Article 15 guarantees a university in Cluj.');
  const same = cites('en1', 15, 'Article 15 guarantees a university in Cluj, officials said.');
  assert.equal(clauseTopics([seat, uni], claims, ctx).topics.size, 0);
  assert.equal(
    clauseTopics(
      [uni, same].map((a) => ({ ...a, doc: 'en1' })),
      claims,
      ctx,
    ).topics.size,
    0,
  );
  const everywhere = [
    cites('en1', 3, 'Article 3 gives the Danube Commission its budget.'),
    cites('en2', 4, 'Article 4 lets the Danube Commission inspect ships.'),
    cites('fr', 5, 'L’article 5 charge la Commission du Danube de régler les différends.'),
    cites('es', 6, 'El artículo 6 obliga a la Comisión del Danubio a publicar sus cuentas.'),
  ];
  assert.equal(clauseTopics(everywhere, claims, ctx).topics.size, 0);
});

test('a clause of its own is the official article whose text its claims share enough with', () => {
  const en = cites('en1', 15, 'Article 15 guarantees the Hungarian-language university in Cluj and the cultural institutes of the minority.');
  const de = cites('de', 14, 'Artikel 14 garantiert die ungarischsprachige Universität in Cluj und die Kulturinstitute der Minderheit.');
  const official = {
    doc: 'off',
    articles: [
      { number: 14, text: 'The Contracting Parties shall cooperate in the protection of the Danube and its tributaries.' },
      {
        number: 15,
        text: 'Romania shall support the university teaching in the Hungarian language in Cluj and the cultural institutes of the Hungarian minority.',
      },
    ],
  };
  const { topics, official: matched } = clauseTopics([en, de], claims, { languageOf: (d) => (d === 'off' ? 'en' : ctx.languageOf(d)), official });
  assert.equal(matched.get(topics.get(en.claim)![0]), 15);
});

test('an Arabic claim matches by its numbers, in words or in Arabic-Indic digits', () => {
  const ar = cites('ar', 14, 'وتنص المادة 14 على أن تدخل الاتفاقية حيز النفاذ بعد ٩٠ يوما من إيداع الصك الخمسين.');
  const en = cites('en1', 15, 'Under Article 15, the pact takes effect ninety days after the fiftieth ratification.', ['entry-into-force']);
  LANG.ar = 'ar';
  assert.deepEqual(clauseTopics([ar, en], claims, ctx).topics.get(ar.claim), ['entry-into-force']);
});
