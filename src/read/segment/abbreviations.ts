// Words whose final period is not (or not always) a sentence end, grouped by how they behave.
// Matching is case-sensitive ("Me" is a French title, "me." ends an English sentence). The lists of all
// languages are used together: reports mix languages (an English name in a German report) and the forms
// below do not collide across languages.

/** Titles and name parts: always followed by a name, so their period never ends a sentence. */
const TITLES: Record<string, string[]> = {
  en: ['Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Cmdr', 'Sgt', 'Adm', 'Maj', 'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Amb', 'Pres', 'Supt', 'St', 'Ste', 'Mt', 'Ft'],
  de: ['Hr', 'Fr', 'Hrn', 'Dipl', 'Ing'],
  fr: ['Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr', 'Pr'],
  ru: ['г-н', 'г-жа', 'им', 'ул', 'пр', 'акад', 'проф', 'тов'],
};

/** Used before a number ("No. 5", "Art. 4", "Jan. 5", "ст. 51"): not a boundary when a digit follows, even across a line break. */
const BEFORE_NUMBER: Record<string, string[]> = {
  en: ['No', 'no', 'Nos', 'nos', 'Art', 'art', 'Arts', 'Para', 'para', 'Paras', 'Sec', 'sec', 'Ch', 'ch', 'Vol', 'vol', 'p', 'pp', 'Fig', 'fig', 'Ref', 'ref', 'Res', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'approx', 'ca'],
  de: ['Nr', 'nr', 'Abs', 'Ziff', 'Bd', 'S', 'Jh', 'Jhd'],
  fr: ['n°', 'al', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  ru: ['ст', 'п', 'пп', 'ч', 'стр', 'т', 'рис', 'гл', 'No', 'янв', 'фев', 'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек'],
};

/** Mid-sentence abbreviations, written with or without inner spaces (keys are stored without them): never a boundary. */
const INNER: Record<string, string[]> = {
  en: ['e.g', 'i.e', 'cf', 'vs', 'viz', 'incl', 'esp', 'approx', 'resp', 'c.f', 'et al'],
  de: ['z.B', 'd.h', 'u.a', 'o.ä', 'u.U', 'bzw', 'vgl', 'ggf', 'evtl', 'inkl', 'sog', 'bspw', 'insb', 'zzgl', 'ca', 'dt', 'gem'],
  fr: ['c.-à-d', 'cf', 'env', 'p.ex', 'resp'],
  ru: ['т.е', 'т.н', 'т.к', 'т.ч', 'в т.ч', 'напр', 'см', 'англ', 'рус', 'тыс', 'млн', 'млрд', 'руб', 'долл', 'чел', 'гос', 'зам', 'пред'],
};

/**
 * May end a sentence as well as stand inside one ("etc.", "Inc.", Russian "г." for год): a boundary only when a
 * typical sentence opener follows. Single capital initials ("J.", "S. Africa") and dotted acronyms ("U.S.")
 * behave the same way and are recognised by shape, not listed.
 */
const MAY_END: Record<string, string[]> = {
  en: ['etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'Sr', 'Bros', 'a.m', 'p.m', 'Esq', 'al'],
  de: ['usw', 'etc', 'Chr', 'gGmbH', 'e.V'],
  fr: ['etc', 'Cie'],
  ru: ['г', 'гг', 'в', 'вв', 'и т.д', 'и т.п', 'и др', 'и пр', 'т.д', 'т.п', 'др'],
};

/** Words that typically open a sentence: after an abbreviation that may end one, they mark the boundary. Per language:
 * "Un" opens a French sentence but is a name part in "Ho J. Un". */
const SENTENCE_OPENERS: Record<string, string[]> = {
  en: ['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'There', 'Here', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Moreover', 'Also', 'After', 'Before', 'When', 'While', 'If', 'As', 'Although', 'Since', 'Under', 'According', 'Both', 'Each', 'Neither', 'Some', 'Many', 'Most', 'Such', 'What', 'Who', 'Why', 'How', 'Then', 'Thus', 'Still', 'Earlier', 'Later', 'His', 'Her', 'Their', 'Our', 'My'],
  de: ['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Im', 'Am', 'Auf', 'Mit', 'Nach', 'Bei', 'Aber', 'Und', 'Doch', 'Dies', 'Diese', 'Dieser', 'Damit', 'Dabei', 'Zudem', 'Auch', 'Wie', 'Wenn', 'Als', 'Laut', 'Seit'],
  fr: ['Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Je', 'Ce', 'Cette', 'Ces', 'Dans', 'En', 'Pour', 'Mais', 'Et', 'Selon', 'Au', 'Aux', 'Après', 'Avant'],
  ru: ['В', 'Во', 'На', 'По', 'Он', 'Она', 'Они', 'Оно', 'Это', 'Этот', 'Эта', 'Как', 'Но', 'А', 'И', 'Однако', 'При', 'Для', 'С', 'К', 'О', 'Об', 'Также', 'Так', 'Тогда', 'Теперь', 'Сейчас', 'Ранее', 'После', 'До', 'Согласно', 'Там', 'Мы', 'Я'],
};

/** Month names that follow a day written as an ordinal ("27. Mai", "1. July"): the day's period is not a boundary. */
const MONTHS: string[] = [
  ...'January February March April May June July August September October November December'.split(' '),
  ...'Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  ...'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
];

/** German words that precede an ordinal number ("am 2. April", "zum 30. Jahrestag"): the number's period is not a boundary. */
export const GERMAN_ORDINAL_LEADS = new Set(['am', 'im', 'vom', 'zum', 'zur', 'der', 'die', 'das', 'den', 'dem', 'des', 'ab', 'bis', 'seit', 'jeder', 'jedem', 'einem', 'einer', 'ihrem', 'seinem', 'ihrer', 'seiner']);

const union = (lists: Record<string, string[]>) => new Set(Object.values(lists).flat().map((w) => w.replace(/\s+/g, '')));
export const TITLE_SET = union(TITLES);
export const BEFORE_NUMBER_SET = union(BEFORE_NUMBER);
export const INNER_SET = union(INNER);
export const MAY_END_SET = union(MAY_END);
const OPENERS_BY_LANGUAGE = new Map(Object.entries(SENTENCE_OPENERS).map(([lang, words]) => [lang, new Set([...words, ...SENTENCE_OPENERS.en])]));
const ALL_OPENERS = union(SENTENCE_OPENERS);
/** Openers of the text's language (and English, which reports quote everywhere); all of them when the language is unknown. */
export function openersFor(language: string | null): Set<string> {
  return (language && OPENERS_BY_LANGUAGE.get(language)) || ALL_OPENERS;
}
export const MONTH_SET = new Set(MONTHS.flatMap((m) => [m, m.toLowerCase(), m[0].toUpperCase() + m.slice(1)]));
