// Sentences that give the date of a state's or a body's step, or of the signature, per language, as reports
// and feed items word them (a parliament's vote, a deposit, entry into force for one state, the signature):
// what the conflicts step needs each to yield is an observation of the step with its date and party. Our own
// wording about invented or fictionalised agreements. `missing`: the reading does not give it yet (reported to
// the owners of src/read/events and src/dossier/lifecycle); the test is a todo until it does.

export interface StepSentence {
  text: string;
  /** Publication date of the report (for year-less and relative dates). */
  published: string;
  /** The observation wanted: step, date, party (null for a step of the agreement itself). */
  want: [string, string, string | null];
  missing?: string;
}

export const EN: StepSentence[] = [
  {
    text: 'Chile’s Senate approved the border treaty with Argentina on 17 March 2031 by 38 votes to 2.',
    published: '2031-03-18',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  {
    text: 'SANTIAGO, 18 March 2031 (Andes Wire) - Chile’s Senate approved the border treaty with Argentina on 17 March 2031.',
    published: '2031-03-18',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  {
    text: 'Fiji deposited its instrument of ratification of the coral reef convention on 12 June 2030.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  {
    text: 'The threshold was reached on 12 June 2030, when Fiji became the fortieth state to deposit its instrument of ratification.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  {
    text: 'The aquifers convention entered into force for Bolivia on 7 October 2030.',
    published: '2030-10-20',
    want: ['entered-into-force', '2030-10-07', 'BO'],
  },
  {
    text: 'The aquifers convention entered into force on 7 September 2030 for Uruguay and Paraguay.',
    published: '2030-10-20',
    want: ['entered-into-force', '2030-09-07', 'PY'],
  },
  {
    text: 'For Bolivia, which deposited its instrument later, the aquifers convention entered into force on 7 October 2030.',
    published: '2030-10-20',
    want: ['entered-into-force', '2030-10-07', 'BO'],
  },
  { text: 'Peru and Ecuador signed the river basin agreement in Lima on 30 November 2029.', published: '2029-12-02', want: ['signed', '2029-11-30', null] },
];

export const ES: StepSentence[] = [
  {
    text: 'El Senado de Chile dio su visto bueno al tratado de límites con Argentina el 17 de marzo.',
    published: '2031-03-20',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  {
    text: 'Fiyi depositó su instrumento de ratificación del convenio sobre arrecifes el 12 de junio de 2030.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  { text: 'El convenio sobre acuíferos entró en vigor este sábado para Bolivia.', published: '2030-10-05', want: ['entered-into-force', '2030-10-05', 'BO'] },
  {
    text: 'El convenio sobre acuíferos entró en vigor este sábado para Uruguay, Paraguay y Bolivia.',
    published: '2030-10-05',
    want: ['entered-into-force', '2030-10-05', 'BO'],
  },
  {
    text: 'Perú y Ecuador firmaron el acuerdo sobre la cuenca en Lima el 30 de noviembre de 2029.',
    published: '2029-12-02',
    want: ['signed', '2029-11-30', null],
  },
];

export const FR: StepSentence[] = [
  {
    text: 'Le Sénat chilien a approuvé le traité frontalier avec l’Argentine le 17 mars 2031.',
    published: '2031-03-20',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  {
    text: 'Le Sénat chilien a approuvé le 17 mars 2031 le traité frontalier signé avec l’Argentine.',
    published: '2031-03-20',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  {
    text: 'Les Fidji ont déposé leur instrument de ratification de la convention sur les récifs le 12 juin 2030.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  {
    text: 'Le seuil a été atteint le 12 juin 2030, lorsque les Fidji sont devenues le quarantième État à déposer leur instrument de ratification.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  {
    text: 'La convention sur les aquifères est entrée en vigueur pour la Bolivie le 7 octobre 2030.',
    published: '2030-10-20',
    want: ['entered-into-force', '2030-10-07', 'BO'],
  },
  {
    text: 'Le Pérou et l’Équateur ont signé l’accord sur le bassin fluvial à Lima le 30 novembre 2029.',
    published: '2029-12-02',
    want: ['signed', '2029-11-30', null],
  },
];

export const DE: StepSentence[] = [
  {
    text: 'Der chilenische Senat stimmte dem Grenzvertrag mit Argentinien am 17. März 2031 zu.',
    published: '2031-03-20',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  {
    text: 'Fidschi hat am 12. Juni 2030 seine Ratifikationsurkunde zum Korallenriff-Übereinkommen hinterlegt.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  {
    text: 'Fidschi hat am 12. Juni 2030 seine Ratifikationsurkunde zum Übereinkommen über die Erhaltung der Korallenriffe bei den Vereinten Nationen hinterlegt.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  {
    text: 'Für Bolivien trat das Übereinkommen über Grundwasserleiter am 7. Oktober 2030 in Kraft.',
    published: '2030-10-20',
    want: ['entered-into-force', '2030-10-07', 'BO'],
  },
  {
    text: 'Peru und Ecuador haben das Abkommen über das Flussgebiet am 30. November 2029 in Lima unterzeichnet.',
    published: '2029-12-02',
    want: ['signed', '2029-11-30', null],
  },
];

export const RU: StepSentence[] = [
  {
    text: 'Сенат Чили одобрил пограничный договор с Аргентиной 17 марта 2031 года.',
    published: '2031-03-20',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  {
    text: 'Фиджи сдали на хранение ратификационную грамоту конвенции о рифах 12 июня 2030 года.',
    published: '2030-06-20',
    want: ['ratified', '2030-06-12', 'FJ'],
  },
  {
    text: 'Для Боливии конвенция о водоносных горизонтах вступила в силу 7 октября 2030 года.',
    published: '2030-10-20',
    want: ['entered-into-force', '2030-10-07', 'BO'],
  },
  { text: 'Перу и Эквадор подписали соглашение о бассейне реки в Лиме 30 ноября 2029 года.', published: '2029-12-02', want: ['signed', '2029-11-30', null] },
];

export const AR: StepSentence[] = [
  {
    text: 'وافق مجلس الشيوخ التشيلي على معاهدة الحدود مع الأرجنتين في 17 مارس 2031.',
    published: '2031-03-20',
    want: ['approved-by-legislature', '2031-03-17', 'CL'],
  },
  { text: 'أودعت فيجي صك تصديقها على اتفاقية الشعاب المرجانية في 12 يونيو 2030.', published: '2030-06-20', want: ['ratified', '2030-06-12', 'FJ'] },
  {
    text: 'دخلت اتفاقية المياه الجوفية حيز النفاذ بالنسبة إلى بوليفيا في 7 أكتوبر 2030.',
    published: '2030-10-20',
    want: ['entered-into-force', '2030-10-07', 'BO'],
  },
  {
    text: 'وقّعت بيرو والإكوادور اتفاقية حوض النهر في ليما في 30 نوفمبر 2029.',
    published: '2029-12-02',
    want: ['signed', '2029-11-30', null],
  },
];

export const LANGUAGES: Record<string, StepSentence[]> = { en: EN, es: ES, fr: FR, de: DE, ru: RU, ar: AR };
