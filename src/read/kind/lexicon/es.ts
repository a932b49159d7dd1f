// Spanish cues: first-person stance (the verb alone says "I": "creo que"), advocacy modals in the conditional
// ("debería"; the future "deberá" is the treaty's own "shall"), verdicts, generalisations; speech verbs.
import { type CueRule, type Lexicon, stems, words } from '../cues.ts';
import { modalVeto } from '../modal.ts';

/** Treaty subjects that make a modal describe the treaty ("las partes deben …"). */
const TREATY_SUBJECTS = /(?:partes|parte|tratado|acuerdo|artículo|cada|ambos|ambas|Estados|países)\s+(?:\p{L}+\s+){0,2}$/iu;
const DOCUMENT = '(?:artículo|tratado|acuerdo|texto|protocolo|convenio|convención|cláusula|pacto|anexo)(?!\\p{L})';
/** The sentence tells what the treaty says: "según el artículo 12", "en virtud del acuerdo", "el tratado prevé". */
const TREATY_FRAME = new RegExp(
  [
    `(?<!\\p{L})(?:según|en virtud del?|conforme al?|de acuerdo con|con arreglo al?|en aplicación del?)\\s+(?:(?:el|la|los|las|este|esta|dicho|dicha)\\s+)?(?:\\p{L}+\\s+)?${DOCUMENT}`,
    `(?<!\\p{L})${DOCUMENT}\\s+(?:\\d+\\s+)?(?:prevé|establece|estipula|obliga|dispone|compromete|prohíbe|permite)(?!\\p{L})`,
  ].join('|'),
  'iu',
);
/** After a modal, a forecast or a procedure: "debería celebrarse en junio", "debe ser ratificado". */
const FORECAST = new RegExp(
  [
    '^\\s+(?:',
    ['celebrarse', 'tener lugar', 'entrar en vigor', 'producirse', 'llegar', 'concluir', 'pronunciarse', 'reunirse'].join('|'),
    '|ser\\s+(?:ratificad|aprobad|firmad|votad|publicad|examinad|adoptad)\\p{L}*)(?!\\p{L})',
  ].join(''),
  'iu',
);
const modalDescribesTreaty = modalVeto({ treatySubject: (before) => TREATY_SUBJECTS.test(before), treatyFrame: TREATY_FRAME, after: FORECAST, initialIsCondition: false });

const OPINION: CueRule[] = [
  { cue: 'first-person-stance', weight: 3, pattern: words(['en mi opinión', 'a mi juicio', 'a mi entender', 'a mi modo de ver', 'a mi parecer', 'desde mi punto de vista', 'creo que', 'pienso que', 'considero que', 'opino que', 'dudo que', 'temo que', 'estoy convencido', 'estoy convencida', 'me parece que', 'yo diría']) },
  { cue: 'one-wonders', weight: 3, pattern: words(['cabe preguntarse', 'uno se pregunta', 'habría que preguntarse', 'queda por ver']) },
  { cue: 'speculation', weight: 3, pattern: words(['es posible que', 'es probable que', 'no es descartable que', 'no cabe descartar que']) },
  { cue: 'modal', weight: 1.5, pattern: words(['debería', 'deberían', 'debe', 'deben', 'tendría que', 'tendrían que', 'habría que', 'hay que', 'haría bien en', 'harían bien en']), unless: modalDescribesTreaty },
  { cue: 'call-to-act', weight: 2, pattern: words(['es hora de', 'ya es hora de', 'debemos', 'tenemos que', 'seamos claros', 'seamos sinceros', 'no nos engañemos', 'recordemos', 'imaginemos', 'dejemos de']) },
  { cue: 'stance-adverb', weight: 1, pattern: words(['evidentemente', 'obviamente', 'desde luego', 'por desgracia', 'lamentablemente', 'afortunadamente', 'sin duda']) },
  { cue: 'hedge', weight: 1, pattern: words(['quizá', 'quizás', 'tal vez', 'probablemente', 'seguramente', 'acaso']) },
  { cue: 'evaluative', weight: 1, pattern: stems(['irresponsable', 'imprudente', 'insensat', 'absurd', 'escandalos', 'vergonzos', 'ingenu', 'hipócrita', 'ilusori', 'exagerad', 'sobrevalorad', 'error']) },
  // Verdicts: a damning name for the thing, an emphatic denial, a restriction ("no es más que papel mojado").
  { cue: 'verdict', weight: 1.5, pattern: words(['papel mojado', 'brindis al sol', 'cortina de humo', 'gesto vacío', 'mero gesto', 'pura fachada', 'lavado de cara', 'farsa', 'hipocresía', 'tigre de papel', 'hoja de parra', 'espejismo', 'quimera']) },
  { cue: 'emphatic', weight: 1.5, pattern: words(['en absoluto', 'ni mucho menos', 'lejos de ser', 'de ningún modo', 'de ninguna manera', 'no es casualidad', 'nada de eso']) },
  { cue: 'restrictive', weight: 1, pattern: words(['no es más que', 'no son más que', 'no es sino', 'no son sino', 'poco más que', 'nada más que', 'en el mejor de los casos', 'un mero', 'una mera']) },
  { cue: 'generalisation', weight: 1.5, pattern: words(['todo el mundo sabe', 'todos saben', 'nadie cree', 'nadie se cree', 'nadie en su sano juicio', 'la historia demuestra', 'la historia enseña']) },
  { cue: 'first-person', weight: 2, pattern: words(['yo', 'Yo', 'mi', 'Mi', 'mis', 'Mis', 'conmigo'], 'gu') },
];

export const ES: Lexicon = {
  speech: words(['dijo', 'afirmó', 'declaró', 'señaló', 'aseguró', 'explicó', 'añadió', 'agregó', 'subrayó', 'indicó', 'advirtió', 'destacó', 'sostuvo', 'manifestó', 'recordó', 'insistió', 'anunció', 'informó', 'reconoció', 'precisó', 'consideró', 'estimó', 'dice', 'afirma', 'asegura', 'señala', 'sostiene', 'considera']),
  inversion: true,
  passive: new Set(['fue', 'fueron', 'sido', 'es', 'son', 'será']),
  sourceFirst: words(['según', 'de acuerdo con', 'a juicio de', 'en palabras de', 'citando a']),
  speakerNouns: new Set(['ministro', 'ministra', 'ministerio', 'gobierno', 'portavoz', 'presidente', 'presidenta', 'canciller', 'experto', 'expertos', 'analista', 'analistas', 'diplomático', 'diplomáticos', 'fuente', 'fuentes', 'funcionarios', 'oposición', 'diputados', 'senadores', 'embajador', 'embajadora', 'él', 'ella', 'ellos']),
  documentNouns: new Set(['tratado', 'acuerdo', 'documento', 'texto', 'artículo', 'preámbulo', 'cláusula', 'partes', 'protocolo', 'convenio', 'convención', 'pacto']),
  skippable: new Set(['también', 'además', 'ya', 'nuevamente', 'hoy', 'ayer']),
  clauseWords: new Set(['que', 'quien', 'cuando', 'si', 'pero', 'y', 'como', 'porque', 'aunque', 'donde']),
  joiners: new Set(['de', 'del']),
  determiners: new Set(['el', 'la', 'los', 'las']),
  pronouns: new Set(['él', 'ella', 'ellos', 'ellas']),
  firstPerson: new Set(['yo', 'nosotros', 'nosotras']),
  opinion: OPINION,
  rebuttal: /^\s*(?:(?:Ellos|Ellas|Él|Ella|Eso|Esto)\s.{0,40}?(?<!\p{L})(?:no|nunca|nada|falso)|No\s+es\s+(?:así|cierto|verdad)|Se\s+equivocan?|Nada\s+más\s+lejos)(?!\p{L})/u,
};
