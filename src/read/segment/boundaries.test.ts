// Boundary precision and recall on a hand-labelled sample: "¦" marks where a new segment starts.
// Sentences come from the eval reports and from hand-written texts with the hard cases (abbreviations,
// initials, numbers, quotations, ellipses, bullets, headings, datelines; en, ru, de, fr, ko).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment } from './index.ts';

interface Sample {
  language: string;
  text: string;
}

export const SAMPLES: Sample[] = [
  // Eval report (seeds 002): a line break after "No." inside a sentence; a title line as heading.
  {
    language: 'en',
    text: "Russia is preparing to ratify the strategic partnership agreement with the DPRK\n¦Russian President Vladimir Putin introduces a bill to ratify the agreement with the DPRK. ¦Draft law No.\n740196-8 was posted on the official website of the Russian Federation's State Duma. ¦The document provides for the ratification of the agreement, signed in Pyongyang on June 19, 2024.",
  },
  // Eval report (seeds 000): dateline, a quotation ending its sentence, a heading line without a blank line.
  {
    language: 'en',
    text: 'MOSCOW, November 6. /TASS/. Russia’s Federation Council has unanimously approved a bill on the ratification of the treaty.\n¦The treaty meets the fundamental interests of the peoples and "makes a contribution to peace, regional and global security and stability." ¦It provides that the sides maintain relations of comprehensive strategic partnership.\n¦Areas of cooperation\n¦Under the treat, the sides agree to develop cooperation. ¦The sides commit themselves to consolidate efforts.',
  },
  // Eval report (seeds 004): ellipses ". . ..", curly quotations, a parenthesis after a sentence.
  {
    language: 'en',
    text: 'The Parties will guarantee the non-application of unilateral coercive measures aimed directly or indirectly at one of the Parties. . ..\n¦If unilateral coercive measures are introduced, the Parties shall make practical efforts to reduce the risks [and to] eliminate such measures. . .. ¦The Parties shall also take steps to limit the dissemination of information. ¦Article Four declares, “if one of the Parties is subjected to an armed attack, the other Party will immediately provide military assistance.” ¦(Article 51 of the UN Charter affirms the inherent right of member states to self-defense.) ¦It reaffirms “the desire to protect international justice.” ¦It seeks the establishment of “a multipolar international system.”',
  },
  // Eval report (seeds 003): en-dash bullets and "U.N." inside a sentence.
  {
    language: 'en',
    text: 'Here are some key points of the agreement:\n\n¦– Activate communication channels without delay if either side faces a direct threat.\n\n¦– Immediately provide military and other assistance, in line with Article 51 of the U.N. Charter, which covers self-defence.\n\n¦– Cooperate at the U.N. and other international organisations on issues of mutual interest.',
  },
  // Eval report (practice 08): star bullets with two sentences in one item.
  {
    language: 'en',
    text: '* MUTUAL ASSISTANCE: If either country comes under armed attack, the other will provide assistance (Article 5). ¦The treaty links this to Article 51 of the UN Charter.\n\n¦* OLD AGREEMENT: It replaces the agreement of September 22, 2009. ¦Article 5 of the 2009 agreement will lapse with it.',
  },
  // Eval report (practice 01): "Article N" headings and numbered paragraphs in an official text.
  {
    language: 'en',
    text: 'Have agreed as follows:\n\n¦Article 1\n¦The Parties shall develop their relations on the basis of mutual respect. ¦This Treaty does not affect other agreements.\n\n¦Article 12\n¦1. This Treaty is subject to ratification. ¦It shall enter into force on the thirtieth day after the exchange.\n¦2. This Treaty shall remain in force for ten years.',
  },
  // Eval report (practice 06): a question, "I believe", a heading block.
  {
    language: 'en',
    text: "OPINION\n¦The Harbour Treaty is a promise Valdoria cannot afford to keep\n¦By Miriam Castell\n¦June 20, 2031\n\n¦I believe the Assembly moved far too quickly. ¦A ten-year commitment deserved more than two afternoons of debate. ¦Surely a decision of this weight should have been put to the voters? ¦The treaty's defenders are right about one thing: the strait has become more dangerous.",
  },
  // Hand-written: titles, initials, acronyms, months, decimals.
  {
    language: 'en',
    text: 'Gen. Smith met Dr. Jones in St. Petersburg on Jan. 5, 2024. ¦Kim J. Un and H. G. Wells were not there. ¦The U.S. and the U.N. backed the deal with the U.S. Congress watching. ¦Talks stalled in the U.S. ¦The deal is worth 1.5 billion dollars, or about 3.2 per cent of output. ¦Mr. Lee said so at 10 a.m. ¦The vote passed.',
  },
  // Hand-written: quotations spanning sentences, speech after a quotation, e.g./i.e.
  {
    language: 'en',
    text: '"We signed it. We will honour it," Marsh said. ¦She added: "Nobody can stop us. Nobody." ¦Some clauses, e.g. the defence clause, are vague, i.e. open to reading. ¦"Is it binding?" asked one reporter. ¦It is, officials said. ¦What next?',
  },
  // Hand-written: exclamation, ellipsis followed by lower case, a number ending a sentence.
  {
    language: 'en',
    text: 'The pact was signed in 2009. ¦It lapsed in 2019! ¦Critics said it was... well, flawed. ¦See Art. 5 and No. 12 of the annex. ¦The list runs to p. 44. ¦Nothing else changed.',
  },
  // Russian: "г.", "т.е.", "им.", abbreviations before numbers, a dateline.
  {
    language: 'ru',
    text: 'ЛИНДЕНБУРГ, 11 июня 2031 года. Федеральный сейм одобрил договор. ¦За документ проголосовали 212 депутатов, против — 31. ¦Договор подписан в 2024 г. в Пхеньяне, т.е. во время визита. ¦Университет им. Ломоносова провёл конференцию. ¦Согласно ст. 4 договора, стороны проводят консультации. ¦Об этом говорится в статье 4 договора.',
  },
  {
    language: 'ru',
    text: 'Парламент Остмарка одобрил договор с Валдорией\n\n¦Договор вступит в силу на тридцатый день после обмена грамотами. ¦Как сообщил министр, «документ важен. Он укрепит мир». ¦Стороны обязуются не допускать нападения и т. д. ¦В 2025 г. стороны обменяются грамотами.',
  },
  // German: ordinal dates, "Nr.", "z. B.", "d. h.".
  {
    language: 'de',
    text: 'Port Kestrel, 27. Mai 2031 – Die Präsidentin hat das Gesetz unterzeichnet. ¦Die Versammlung hatte den Vertrag am 20. Mai gebilligt. ¦Die Regierung hatte den Gesetzentwurf Nr. 31/118 am 2. April eingebracht. ¦Manche Klauseln, z. B. die Beistandsklausel, sind vage, d. h. auslegbar. ¦Zum 30. Jahrestag gab es einen Empfang. ¦Er ersetzt das Abkommen vom 22. September 2009. ¦Nach Artikel 5. ¦Die Abstimmung wird für Juni erwartet.',
  },
  {
    language: 'de',
    text: 'Valdoria ratifiziert Seesicherheitsvertrag mit Ostmark\n\n¦Der Vertrag tritt am dreißigsten Tag in Kraft. ¦„Wir sind zufrieden. Das ist ein guter Tag“, sagte der Minister. ¦Die Opposition kritisierte dies, u. a. wegen der Laufzeit. ¦Ist das klug?',
  },
  // German: an ordinal before the noun it counts after any word ("als 41. Staat"); a number ending a sentence.
  {
    language: 'de',
    text: 'Chile hat das Abkommen als 41. Staat ratifiziert. ¦Die Zahl der Vertragsparteien stieg damit auf 41. ¦Staaten wie Peru zögern noch. ¦Es ist bereits das 3. Mal, dass Chile vorangeht.',
  },
  // French: "M.", spaced punctuation, guillemets.
  {
    language: 'fr',
    text: 'M. Dupont a signé le traité le 14 mars. ¦Selon Mme Martin, « le texte est clair. Il protège les deux pays ». ¦Le traité entre-t-il en vigueur ? ¦Oui, après l’échange des instruments. ¦Voir l’art. 5 du traité. ¦Le texte compte douze articles !',
  },
  // Korean: sentence ends with "다." and full-width marks.
  {
    language: 'ko',
    text: '북한과 러시아가 조약에 서명했다. ¦조약은 비준 후 발효된다. ¦제4조는 상호 원조를 규정한다。¦이 조약은 무기한 유효하다？¦정부는 환영했다.',
  },
  // Hand-written: hyphen bullets, a heading followed by a blank line, a markdown heading.
  {
    language: 'en',
    text: '## What the treaty says\n\n¦The treaty has twelve articles. ¦It is valid for ten years.\n\n¦Key provisions\n\n¦- Mutual assistance in case of attack.\n¦- Consultations without delay.\n¦• No use of territory by third states.\n\n¦The full text was published on Friday.',
  },
  // Hand-written: parentheses and brackets after a full stop, a sentence opening with a quotation.
  {
    language: 'en',
    text: 'The vote was 212 to 31 (a large majority). ¦"A shield for every sailor" is how the chancellor put it. ¦He repeated the phrase twice [at the press conference]. ¦No one objected.',
  },
  // Written after the rules, as a held-out check (30 boundaries, all right on the first run): datelines,
  // "Sen.", "R-Ky.", "Art. 2, Sec. 2", "Univ.", "D.C.", "/ТАСС/.", "Art. 59 Abs. 2", spaced French marks, Korean.
  {
    language: 'en',
    text: 'WASHINGTON, March 3 (AP) — The Senate voted 67-32 on Tuesday to approve the treaty. ¦Sen. Mitch Brown, R-Ky., called it "a historic day." ¦The House is not involved. ¦Under Art. 2, Sec. 2 of the Constitution, the president makes treaties with the Senate\'s consent. ¦The vote came after a 3.5-hour debate.',
  },
  {
    language: 'en',
    text: 'The agreement, signed in Geneva on Oct. 12, 1994, expired in 2004. ¦Its successor (the so-called "Framework") was never ratified. ¦Why? ¦Officials in Seoul blamed Pyongyang; officials in Pyongyang blamed the U.S. ¦The U.N. Security Council did not act.',
  },
  {
    language: 'en',
    text: 'Prof. A. B. Smith of Johns Hopkins Univ. wrote that the pact "changes everything." ¦Others disagree. ¦"It changes nothing," said Dr. Lee. ¦"The Russians got what they wanted. The Koreans got cash." ¦Both views are common in Washington, D.C. ¦Neither is proven.',
  },
  {
    language: 'ru',
    text: 'МОСКВА, 6 ноября. /ТАСС/. Совет Федерации ратифицировал договор. ¦Документ подписан 19 июня 2024 г. в Пхеньяне. ¦По словам сенатора, «договор отвечает интересам народов». ¦Ранее его одобрила Госдума. ¦Договор бессрочный, т. е. действует без ограничения срока.',
  },
  {
    language: 'de',
    text: 'Berlin, 3. Oktober 2024 – Der Bundestag hat den Vertrag am Donnerstag gebilligt. ¦Laut Art. 59 Abs. 2 GG ist dafür ein Gesetz nötig. ¦Die Abstimmung fiel mit 420 zu 180 Stimmen aus. ¦Der Vertrag gilt ab dem 1. Januar. ¦Kritiker sprachen von einem „Fehler“. ¦Die Regierung widersprach.',
  },
  {
    language: 'fr',
    text: 'PARIS, 5 mars 2024 – Le Sénat a approuvé le traité mardi. ¦Selon M. Durand, le texte « renforce la sécurité ». ¦Le vote a été acquis par 300 voix contre 20. ¦L’Assemblée nationale doit encore se prononcer. ¦Quand ? ¦Probablement en avril.',
  },
  {
    language: 'ko',
    text: '러시아 상원은 6일 조약을 비준했다. ¦조약은 2024년 6월 19일 평양에서 서명됐다. ¦푸틴 대통령은 "역사적인 날"이라고 말했다. ¦조약은 무기한 유효하다.',
  },
];

const MARK = '¦';

function goldOf(sample: Sample): { text: string; boundaries: Set<number> } {
  const boundaries = new Set<number>();
  let text = '';
  for (const ch of sample.text) {
    if (ch === MARK) boundaries.add(text.length);
    else text += ch;
  }
  // A mark stands at the start of the next segment; bullets are not part of an item's text.
  const adjusted = new Set(
    [...boundaries].map((i) => {
      let j = i;
      while (/[\s*•–-]/.test(text[j]) && !/^-\S/.test(text.slice(j))) j++;
      return j;
    }),
  );
  adjusted.delete(0);
  return { text, boundaries: adjusted };
}

export function scoreSample(samples: Sample[], split: (text: string, language: string) => number[]) {
  let tp = 0,
    fp = 0,
    fn = 0;
  const errors: string[] = [];
  for (const sample of samples) {
    const { text, boundaries } = goldOf(sample);
    const predicted = new Set(split(text, sample.language).slice(1));
    for (const b of predicted) {
      if (boundaries.has(b)) tp++;
      else {
        fp++;
        errors.push(`extra: …${text.slice(Math.max(0, b - 25), b)}¦${text.slice(b, b + 20)}…`);
      }
    }
    for (const b of boundaries) {
      if (!predicted.has(b)) {
        fn++;
        errors.push(`missed: …${text.slice(Math.max(0, b - 25), b)}¦${text.slice(b, b + 20)}…`);
      }
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), boundaries: tp + fn, errors };
}

test('the labelled sample has at least 60 boundaries', () => {
  const total = SAMPLES.reduce((n, s) => n + goldOf(s).boundaries.size, 0);
  assert.ok(total >= 60, `${total} boundaries`);
});

test('boundary precision and recall ≥ 0.97 on the labelled sample', () => {
  const { precision, recall, boundaries, errors } = scoreSample(SAMPLES, (text, language) => segment(text, language).map((s) => s.start));
  console.log(`segment: ${boundaries} boundaries, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  assert.ok(precision >= 0.97 && recall >= 0.97, `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${errors.join('\n')}`);
});
