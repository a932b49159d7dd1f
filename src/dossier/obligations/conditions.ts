// Conditions of a clause, cut from its text: the trigger ("in the event of an armed attack against …") and the
// legal frame ("in accordance with Article 51 of the UN Charter and the laws of the Parties").

/** A conditional clause up to the comma before the main clause's subject (en/ru/de/fr). */
const TRIGGERS = [
  /(?<![\p{L}])(?:in the event (?:of|that)|if|should|whenever|in case of)\s[^;]+?(?=,\s*(?:the other|each|both|they|it|then|either)(?![\p{L}])|;|[.”"]?$)/giu,
  /(?<![\p{L}])(?:в случае|если)\s[^;]+?(?=,\s*(?:друг\p{L}*|сторон\p{L}*|то)(?![\p{L}])|;|$)/giu,
  /(?<![\p{L}])(?:falls|wenn|im falle)\s[^;]+?(?=,\s*(?:so|leistet|leisten|die andere|der andere)(?![\p{L}])|;|$)/giu,
  /(?<![\p{L}])(?:en cas d['e]|si)\s*[^;]+?(?=,\s*(?:l'autre|les parties|chaque)(?![\p{L}])|;|$)/giu,
];
/** The legal frame of an assistance clause: the UN Charter's self-defence article, the parties' laws. */
const FRAMES = [
  /(?<![\p{L}])(?:in accordance with|in line with|following|pursuant to|consistent with|under)\s+(?:the\s+)?Article\s+51[^.;]*/giu,
  /(?<![\p{L}])(?:in accordance with|subject to|according to)\s+(?:their|its|the)\s+(?:respective\s+)?(?:national\s+)?(?:laws|legislation|constitutional (?:procedures|processes|requirements))[^.;]*/giu,
  /(?<![\p{L}])в соответствии со? (?:статьей|статьёй) 51[^.;]*/giu,
  /(?<![\p{L}])(?:gemäß|nach|im einklang mit) (?:dem )?Artikel 51[^.;]*/giu,
  /(?<![\p{L}])conformément à l'article 51[^.;]*/giu,
];

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/[\s,"“”«»]+$/u, '').trim();

/** Trigger clauses of a text that still contain one of the `must` words once `unless` phrases are removed
 *  (an attack, once "threat of an attack" is set aside). */
export function triggers(text: string, must: RegExp, unless: RegExp): string[] {
  const out: string[] = [];
  for (const re of TRIGGERS) for (const m of text.matchAll(re)) if (must.test(m[0].replace(unless, ' '))) out.push(clean(m[0]));
  return out;
}

export function frames(text: string): string[] {
  const out: string[] = [];
  for (const re of FRAMES) for (const m of text.matchAll(re)) out.push(clean(m[0]));
  return out;
}
