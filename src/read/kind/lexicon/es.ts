// Spanish cues: first-person stance (the verb alone says "I": "creo que"), advocacy modals in the conditional
// ("debería"; the future "deberá" is the treaty's own "shall"), verdicts, generalisations; speech verbs.
import { antithesis, type CueRule, type Lexicon, stems, words } from '../cues.ts';
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

/**
 * The first person singular of verbs of belief, perception, wish, request and refusal: the verb alone says "I"
 * ("Pido a los senadores …", "No acepto …", "Me parece un error").
 */
const FIRST_PERSON_VERBS = [
  'creo', 'pienso', 'opino', 'considero', 'sostengo', 'temo', 'me temo', 'dudo', 'espero que', 'propongo', 'me pregunto', 'confieso', 'insisto',
  'quiero', 'pido', 'exijo', 'ruego', 'suplico', 'acepto', 'no acepto', 'me niego', 'me opongo', 'prefiero', 'sospecho', 'no veo', 'no comparto', 'comparto',
  'defiendo', 'invito a', 'animo a', 'llamo a', 'digo que', 'lo digo', 'siento que', 'estoy seguro', 'estoy segura', 'estoy de acuerdo', 'no estoy de acuerdo',
  'me parece', 'me preocupa', 'me indigna', 'me sorprende', 'me alegra', 'me inquieta', 'me duele', 'me cuesta creer',
];
/** First-person forms that are also nouns: a verb only when no article or adjective precedes ("el rechazo del Senado"). */
const FIRST_PERSON_NOUN_VERBS = ['rechazo', 'reclamo', 'lamento', 'celebro'];
const NOUN_BEFORE = /(?:^|\s)(?:el|un|su|sus|este|ese|aquel|del|al|ningún|cualquier|nuestro|vuestro|tu|mi|otro|nuevo|primer|gran|firme|rotundo)\s+$/iu;

/** "No es un impuesto, es un calendario", "no es un escudo sino una correa": the writer corrects a name for the thing. */
const NOT_Y_BUT_Z = new RegExp(
  [
    '(?<!\\p{L})no\\s+(?:es|son|era|eran|fue|será)\\s+[^,;.:!?]{1,60}?[,;:—–]\\s*(?:es|son|era|será|sino)(?!\\p{L})',
    '(?<!\\p{L})no\\s+(?:es|son|era|eran|fue|será)\\s+(?!s[oó]lo\\s|solamente\\s|únicamente\\s)[^,;.:!?]{1,60}?\\s+sino\\s+(?!también)',
  ].join('|'),
  'giu',
);
/** "es una promesa, no una garantía": a name for the thing, then the one it is not. */
const Y_NOT_Z = /(?<!\p{L})(?:es|son|era|fue|sigue siendo)\s+(?:un|una|unos|unas|el|la|los|las)\s+(?:\p{L}+\s+){0,3}?\p{L}+,\s+no\s+(?:un|una|unos|unas|el|la|los|las|de|para)(?!\p{L})/giu;
/** The writer frames what follows as the truth of the matter: "la verdad es que", "el problema es que". */
const FRAMING = words([
  'la verdad es que', 'lo cierto es que', 'el problema es que', 'el problema es', 'la cuestión es', 'la pregunta es', 'la lección es', 'lo grave es', 'lo peor es', 'lo triste es',
  'hay que decirlo', 'digámoslo claro', 'dicho sin rodeos', 'sin rodeos',
]);
/** What a thing is worth, or that it replaces nothing: "no vale gran cosa", "no sustituye", "es una excusa". */
const WORTH_VERDICT = words([
  'no vale nada', 'no valen nada', 'no vale gran cosa', 'no valen gran cosa', 'no vale mucho', 'no valen mucho', 'no vale el papel', 'no valen el papel', 'vale poco', 'valen poco',
  'no sirve de nada', 'no sirven de nada', 'no sirve de mucho', 'no sirven de mucho', 'no sustituye', 'no sustituyen', 'no reemplaza', 'no reemplazan', 'no es un sustituto', 'no es sustituto',
  'es una excusa', 'son una excusa', 'una excusa para', 'un pretexto', 'una coartada',
]);
const NEGATION = /(?<!\p{L})(?:no|nunca|jamás|nada|nadie|ningún|ninguna|ni)(?!\p{L})/iu;
const NUMBERS = words([
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cien', 'ciento', 'cientos', 'mil', 'millón', 'millones', 'docena',
], 'iu');
/** "Que el Senado diga sí", "¡Que lo digan!", "Ojalá …": a wish for a third person, opening the sentence. */
const EXHORTATION = /^[\s¡]*(?:que(?!\p{L})(?![^?]*\?)|ojalá(?!\p{L}))/giu;

/** The preterite narrates the past: "firmó", "votaron", "fue". */
const NARRATION = /(?<!\p{L})(?:fue|fueron|hubo)(?!\p{L})|\p{L}{2,}(?:ó|aron|ieron)(?!\p{L})/iu;
/** What a text contains, or a forecast, also tells a fact. */
const FACTS = new RegExp([NARRATION.source, '(?<!\\p{L})(?:contiene|contienen|incluye|incluyen|prevé|establece|recoge|obliga|consta de|entra en vigor|entrará en vigor|entraría en vigor|crea|fija|regula|otorga|prohíbe|compromete|cada año|cada mes|anualmente|está previst[oa])(?!\\p{L})'].join('|'), 'iu');

/** The writer addresses someone: "Señores senadores:", "Señor presidente,". */
const VOCATIVE = /^\s*(?:señor|señora|señores|señoras|queridos|queridas|estimados|estimadas)(?!\p{L})[^.:;!?]{0,40}[:,]/giu;

const OPINION: CueRule[] = [
  { cue: 'first-person-stance', weight: 3, pattern: words(FIRST_PERSON_VERBS) },
  { cue: 'first-person-stance', weight: 3, pattern: words(FIRST_PERSON_NOUN_VERBS), unless: (text, index) => NOUN_BEFORE.test(text.slice(Math.max(0, index - 20), index)) },
  { cue: 'imperative', weight: 1.5, pattern: EXHORTATION },
  { cue: 'contrast', weight: 1.5, pattern: NOT_Y_BUT_Z },
  { cue: 'contrast', weight: 1.5, pattern: Y_NOT_Z },
  { cue: 'framing', weight: 1.5, pattern: FRAMING },
  antithesis(NEGATION),
  { cue: 'verdict', weight: 1.5, pattern: WORTH_VERDICT },
  { cue: 'evaluative', weight: 1, pattern: words(['no basta', 'no bastan', 'no es suficiente', 'no son suficientes', 'insuficiente', 'insuficientes', 'se queda corto', 'se queda corta']) },
  // "Los acuerdos firmados con prisa rara vez perduran."
  { cue: 'generalisation', weight: 1.5, pattern: words(['rara vez', 'raramente', 'casi nunca', 'nunca duran', 'nunca funcionan']) },
  { cue: 'first-person-stance', weight: 3, pattern: words(['en mi opinión', 'a mi juicio', 'a mi entender', 'a mi modo de ver', 'a mi parecer', 'desde mi punto de vista', 'creo que', 'pienso que', 'considero que', 'opino que', 'dudo que', 'temo que', 'estoy convencido', 'estoy convencida', 'me parece que', 'yo diría']) },
  { cue: 'one-wonders', weight: 3, pattern: words(['cabe preguntarse', 'uno se pregunta', 'habría que preguntarse', 'queda por ver']) },
  { cue: 'speculation', weight: 3, pattern: words(['es posible que', 'es probable que', 'no es descartable que', 'no cabe descartar que']) },
  { cue: 'modal', weight: 1.5, pattern: words(['debería', 'deberían', 'debe', 'deben', 'tendría que', 'tendrían que', 'habría que', 'hay que', 'haría bien en', 'harían bien en', 'conviene', 'convendría', 'sería deseable', 'es necesario', 'es imprescindible', 'hace falta', 'urge']), unless: modalDescribesTreaty },
  { cue: 'call-to-act', weight: 2, pattern: words(['es hora de', 'ya es hora de', 'debemos', 'tenemos que', 'seamos claros', 'seamos sinceros', 'no nos engañemos', 'recordemos', 'imaginemos', 'dejemos de']) },
  { cue: 'stance-adverb', weight: 1, pattern: words(['evidentemente', 'obviamente', 'desde luego', 'por desgracia', 'lamentablemente', 'afortunadamente', 'sin duda']) },
  { cue: 'hedge', weight: 1, pattern: words(['quizá', 'quizás', 'tal vez', 'puede que', 'es probable que', 'probablemente', 'seguramente', 'acaso']) },
  { cue: 'evaluative', weight: 1, pattern: stems(['irresponsable', 'imprudente', 'insensat', 'absurd', 'escandalos', 'vergonzos', 'ingenu', 'hipócrita', 'ilusori', 'exagerad', 'sobrevalorad', 'error', 'pésim', 'excelente', 'desacertad', 'injust', 'peligros', 'lamentable', 'preocupante', 'inaceptable', 'inadmisible', 'ridícul', 'torpe', 'cobarde', 'valiente', 'vergüenza']) },
  // Verdicts: a damning name for the thing, an emphatic denial, a restriction ("no es más que papel mojado").
  { cue: 'verdict', weight: 1.5, pattern: words(['papel mojado', 'brindis al sol', 'cortina de humo', 'gesto vacío', 'mero gesto', 'pura fachada', 'lavado de cara', 'farsa', 'hipocresía', 'tigre de papel', 'hoja de parra', 'espejismo', 'quimera']) },
  { cue: 'emphatic', weight: 1.5, pattern: words(['en absoluto', 'ni mucho menos', 'lejos de ser', 'de ningún modo', 'de ninguna manera', 'no es casualidad', 'nada de eso']) },
  { cue: 'restrictive', weight: 1, pattern: words(['solo en el papel', 'sólo en el papel', 'quedó en el papel', 'quedaron en el papel', 'quedó en papel', 'quedaron en papel', 'queda en papel', 'quedan en papel']) },
  { cue: 'restrictive', weight: 1, pattern: words(['no es más que', 'no son más que', 'no es sino', 'no son sino', 'poco más que', 'nada más que', 'en el mejor de los casos', 'un mero', 'una mera']) },
  { cue: 'generalisation', weight: 1.5, pattern: words(['todo el mundo sabe', 'todos saben', 'nadie cree', 'nadie se cree', 'nadie en su sano juicio', 'la historia demuestra', 'la historia enseña']) },
  { cue: 'evaluative', weight: 1, pattern: words(['bueno', 'buena', 'buenos', 'buenas', 'malo', 'mala', 'malos', 'malas', 'peor', 'mejor']) },
  { cue: 'first-person', weight: 2, pattern: words(['yo', 'Yo', 'mi', 'Mi', 'mis', 'Mis', 'conmigo', 'me', 'Me'], 'gu') },
  // The verb alone says "I": "Estoy harto", "Soy de los que …", "He leído el anexo".
  { cue: 'first-person', weight: 2, pattern: words(['estoy', 'soy', 'tengo', 'puedo', 'debo', 'voy', 'he', 'hago', 'sigo', 'conozco', 'escribo', 'leo', 'recuerdo que', 'no sé', 'sé que']) },
  { cue: 'imperative', weight: 1.5, pattern: VOCATIVE },
  { cue: 'first-person-plural', weight: 1.5, pattern: words(['nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras']) },
];

export const ES: Lexicon = {
  speech: words([
    'dijo', 'afirmó', 'declaró', 'señaló', 'aseguró', 'explicó', 'añadió', 'agregó', 'subrayó', 'indicó', 'advirtió', 'destacó', 'sostuvo', 'manifestó', 'recordó', 'insistió', 'anunció', 'informó', 'reconoció', 'precisó', 'consideró', 'estimó',
    'pidió', 'exigió', 'reclamó', 'instó', 'urgió', 'criticó', 'calificó', 'calificaron', 'defendió', 'opinó', 'aseveró', 'apuntó', 'comentó', 'expresó', 'denunció', 'alertó', 'propuso', 'replicó', 'respondió', 'matizó', 'enfatizó', 'admitió',
    'dijeron', 'afirmaron', 'declararon', 'señalaron', 'aseguraron', 'advirtieron', 'pidieron', 'exigieron', 'criticaron', 'denunciaron',
    'dice', 'afirma', 'asegura', 'señala', 'sostiene', 'considera', 'pide', 'exige', 'reclama', 'insta', 'cree', 'opina', 'critica', 'advierte', 'subraya', 'insiste', 'admite', 'reconoce',
    'dicen', 'afirman', 'aseguran', 'sostienen', 'consideran', 'creen', 'opinan', 'critican', 'advierten', 'señalan', 'denuncian', 'reclaman', 'piden', 'exigen', 'califican',
  ]),
  inversion: true,
  passive: new Set(['fue', 'fueron', 'sido', 'es', 'son', 'será']),
  sourceFirst: words(['según', 'de acuerdo con', 'a juicio de', 'en palabras de', 'citando a']),
  speakerNouns: new Set(['ministro', 'ministra', 'ministerio', 'gobierno', 'portavoz', 'presidente', 'presidenta', 'canciller', 'experto', 'expertos', 'analista', 'analistas', 'diplomático', 'diplomáticos', 'fuente', 'fuentes', 'funcionarios', 'oposición', 'diputados', 'senadores', 'senador', 'senadora', 'diputado', 'diputada', 'embajador', 'embajadora', 'organizaciones', 'ecologistas', 'ambientalistas', 'críticos', 'partidarios', 'detractores', 'empresarios', 'sindicatos', 'él', 'ella', 'ellos']),
  documentNouns: new Set(['tratado', 'acuerdo', 'documento', 'texto', 'artículo', 'preámbulo', 'cláusula', 'partes', 'protocolo', 'convenio', 'convención', 'pacto']),
  skippable: new Set(['también', 'además', 'ya', 'nuevamente', 'hoy', 'ayer', 'y', 'e', 'luego', 'después', 'asimismo']),
  clauseWords: new Set(['que', 'quien', 'cuando', 'si', 'pero', 'y', 'como', 'porque', 'aunque', 'donde']),
  joiners: new Set(['de', 'del']),
  determiners: new Set(['el', 'la', 'los', 'las']),
  pronouns: new Set(['él', 'ella', 'ellos', 'ellas']),
  firstPerson: new Set(['yo', 'nosotros', 'nosotras']),
  opinion: OPINION,
  negation: NEGATION,
  numbers: NUMBERS,
  facts: FACTS,
  capitalisedNames: true,
  proDrop: true,
  rebuttal: /^\s*(?:(?:Ellos|Ellas|Él|Ella|Eso|Esto)\s.{0,40}?(?<!\p{L})(?:no|nunca|nada|falso)|No\s+es\s+(?:así|cierto|verdad)|Se\s+equivocan?|Nada\s+más\s+lejos)(?!\p{L})/u,
};
