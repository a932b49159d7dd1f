// A publication's note about itself, at the foot of a bulletin or newsletter: "Harbour Notes is published every
// Friday", "Der Ostbrief erscheint wöchentlich", "Вестник выходит еженедельно", "Harbour Notes is a free briefing on
// shipping", "The Valley Courier is published by Riverside Media". The clean stage cuts it with the newsletter footer; the meta stage reads the outlet's name from it.

/** Up to three words before the noun: "a free weekly briefing". */
const QUALIFIERS = "(?:[\\p{L}'’-]+ ){0,3}";
/** "<name> <verb of appearing> <how often>", per language. */
const APPEARS: Record<string, string> = {
  en: '(?:is|are) (?:published|issued|produced|sent|distributed|compiled) (?:weekly|daily|monthly|fortnightly|quarterly|twice (?:a|per) (?:week|month)|every|each|once a)',
  de: 'erscheint (?:wöchentlich|täglich|monatlich|vierteljährlich|zweimal|jeden|jede|alle|einmal)',
  fr: '(?:paraît|parait|est publiée?|est diffusée?) (?:chaque|tous les|toutes les|quotidiennement|une fois|deux fois)',
  es: '(?:se publica|se edita|aparece|sale) (?:cada|semanalmente|diariamente|mensualmente|todos los|todas las|una vez|dos veces)',
  ru: '(?:выходит|публикуется|издаётся|издается) (?:еженедельно|ежедневно|ежемесячно|раз в|каждый|каждую|каждое|по)',
  ar: '(?:تصدر|يصدر) (?:أسبوعيا|يوميا|شهريا|كل|مرة)',
};
/** "<name> is a <kind of publication>", per language. */
const IS_A: Record<string, string> = {
  en: `(?:is|are) an? ${QUALIFIERS}(?:briefing|newsletter|bulletin|digest|publication|weekly|daily|magazine|journal)`,
  de: `ist (?:ein|eine|der|die|das) ${QUALIFIERS}(?:Newsletter|Informationsdienst|Briefing|Bulletin|Wochenzeitung|Tageszeitung|Magazin)`,
  fr: `est (?:une?|la|le) ${QUALIFIERS}(?:lettre|bulletin|newsletter|publication|hebdomadaire|revue)`,
  es: `es (?:un|una|el|la) ${QUALIFIERS}(?:boletín|publicación|newsletter|semanario|revista)`,
  ru: `(?:—|является) ${QUALIFIERS}(?:бюллетень|дайджест|рассылка|издание|еженедельник)`,
  ar: `(?:هي|هو) ${QUALIFIERS}(?:نشرة|مجلة|صحيفة)`,
};
/** "<name> is published by <publisher>", per language; German puts the verb last ("wird von Y herausgegeben"). */
const PUBLISHED_BY: Record<string, string> = {
  en: '(?:is|are) (?:published|produced|issued|edited) by [\\p{Lu}\\p{Lo}]',
  de: '(?:wird|werden) (?:von|vom) [^.]{2,60} (?:herausgegeben|verlegt|publiziert)',
  fr: '(?:est|sont) (?:éditée?s?|publiée?s?) par [\\p{Lu}\\p{Lo}l]',
  es: '(?:es|son) (?:editad[oa]s?|publicad[oa]s?) por [\\p{Lu}\\p{Lo}el]',
  ru: '(?:издаётся|издается|выпускается) (?:компанией|издательством|холдингом|ИД)',
  ar: '(?:تصدر|يصدر) عن',
};
/** One to six words, the first capitalised or in a caseless script: the publication's name. */
const NAME = '([\\p{Lu}\\p{Lo}«"“][\\p{L}\\p{N}\'’«»"“”&.\\-]*(?:\\s+[\\p{L}\\p{N}\'’«»"“”&.\\-]+){0,5}?)';
const NOTE = new RegExp(
  `^${NAME}\\s+(?:(?:${[...Object.values(APPEARS), ...Object.values(IS_A)].join('|')})(?!\\p{L})|${Object.values(PUBLISHED_BY).join('|')})`,
  'u',
);
/** The note is one short sentence; a longer one is a report about some publication. */
const MAX_NOTE_CHARS = 120;

/** The publication a "<name> is published weekly" sentence names, or null. */
export function publicationNote(sentence: string): string | null {
  if (sentence.length > MAX_NOTE_CHARS) return null;
  const m = NOTE.exec(sentence.trim());
  return m ? m[1].replace(/^[«"“]|[»"”]$/g, '') : null;
}

/**
 * "You're reading The Lakeside Ledger.", "Vous lisez Le Courrier du Lac", "Está leyendo El Diario", "Вы читаете
 * «Вестник»": a site telling the reader its name (beside a paywall), per language. The sentence is nothing else.
 */
const READING: Record<string, string> = {
  en: "you(?:['’]re| are) (?:now )?reading",
  de: 'sie lesen (?:gerade )?(?:den |die |das )?',
  fr: 'vous (?:lisez|êtes en train de lire)',
  es: '(?:est[áa]s?|usted est[áa]) leyendo',
  ru: 'вы читаете',
  ar: 'أنت تقرأ',
};
const READING_NOTE = new RegExp(`^(?:${Object.values(READING).join('|')})\\s*${NAME}\\s*[.!]?$`, 'iu');
/** A case-sensitive check of the name's capital (the pattern is case-insensitive for the verb). */
const NAME_START = /^[\p{Lu}\p{Lo}«"“]/u;

/** The site a "You're reading X" sentence names, or null. */
export function readingNote(sentence: string): string | null {
  if (sentence.length > MAX_NOTE_CHARS) return null;
  const m = READING_NOTE.exec(sentence.trim());
  return m && NAME_START.test(m[1]) ? m[1].replace(/[.!]+$/, '').replace(/^[«"“]|[»"”]$/g, '') : null;
}
