// A publication's note about itself, at the foot of a bulletin or newsletter: "Harbour Notes is published every
// Friday", "Der Ostbrief erscheint wöchentlich", "Вестник выходит еженедельно", "Harbour Notes is a free briefing on
// shipping", "The Valley Courier is published by Riverside Media". The clean stage cuts it with the newsletter footer; the meta stage reads the outlet's name from it.

/** Up to three words before the noun: "a free weekly briefing". */
const QUALIFIERS = "(?:[\\p{L}'’-]+ ){0,3}";
const HOW_OFTEN_EN = '(?:weekly|daily|monthly|fortnightly|quarterly|twice (?:a|per) (?:week|month)|every|each|once a)';
/** Whom a bulletin is sent to: "to members and subscribers". */
const READERS_EN = '(?:subscribers|members|readers|partners|clients)';
const AUDIENCE_EN = `(?:its |our )?${READERS_EN}(?: and ${READERS_EN})?`;
/** "<name> <verb of appearing> <how often | to whom>", per language. */
const APPEARS: Record<string, string> = {
  en: `(?:is|are) (?:published|issued|produced|sent|distributed|compiled|e-?mailed) (?:${HOW_OFTEN_EN}|to ${AUDIENCE_EN})`,
  de: 'erscheint (?:wöchentlich|täglich|monatlich|vierteljährlich|zweimal|jeden|jede|alle|einmal)|(?:wird|werden) (?:\\p{L}+ ){0,2}an (?:abonnenten|mitglieder|leser)\\p{L}* (?:verschickt|versandt|verteilt)',
  fr: '(?:paraît|parait|est publiée?|est diffusée?) (?:chaque|tous les|toutes les|quotidiennement|une fois|deux fois)|est (?:envoyée?|diffusée?|adressée?) (?:chaque \\p{L}+ )?(?:à ses|aux) (?:abonnés|membres|lecteurs)',
  es: '(?:se publica|se edita|aparece|sale) (?:cada|semanalmente|diariamente|mensualmente|todos los|todas las|una vez|dos veces)|se (?:envía|distribuye) (?:cada \\p{L}+ )?a (?:sus |los )?(?:suscriptores|socios|miembros|lectores)',
  ru: '(?:выходит|публикуется|издаётся|издается) (?:еженедельно|ежедневно|ежемесячно|раз в|каждый|каждую|каждое|по)|(?:рассылается|распространяется) (?:\\p{L}+ ){0,2}(?:подписчикам|членам|читателям)',
  ar: '(?:تصدر|يصدر) (?:أسبوعيا|يوميا|شهريا|كل|مرة)|(?:ترسل|توزع|يرسل|يوزع) (?:إلى|على) (?:المشتركين|الأعضاء)',
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
/** "<name> is free to read", "is funded by its readers", per language: a site's pitch naming it. */
const READER_FUNDED: Record<string, string> = {
  en: '(?:is|are) (?:free to read|reader[- ]funded|funded by (?:its |our )?readers)',
  de: '(?:ist kostenlos (?:lesbar|zu lesen)|wird von (?:seinen|ihren) lesern finanziert)',
  fr: '(?:est (?:gratuite? (?:à lire|pour (?:ses|tous les) lecteurs)|financée? par ses lecteurs))',
  es: '(?:es gratuit[oa] para (?:sus|los) lectores|se financia (?:con|gracias a) (?:sus |los )?lectores)',
  ru: '(?:бесплатн\\p{L}* для читателей|существует на (?:средства|деньги) читателей)',
  ar: '(?:مجاني\\p{L}* للقراء|يمولها القراء)',
};
/** "<name> is an independent news site", per language: a news outlet's note about itself (no bulletin's). */
const IS_SITE: Record<string, string> = {
  en: `(?:is|are) an? ${QUALIFIERS}(?:news (?:site|website|portal|outlet)|online (?:newspaper|news service))`,
  de: `ist (?:ein|eine|das|die) ${QUALIFIERS}(?:Nachrichtenportal|Onlinezeitung|Online-Zeitung|Nachrichtenseite)`,
  fr: `est (?:une?|le|la) ${QUALIFIERS}(?:site d['’]information|média en ligne|journal en ligne)`,
  es: `es (?:un|una|el|la) ${QUALIFIERS}(?:portal de noticias|diario digital|periódico digital|medio digital)`,
  ru: `(?:—|является) ${QUALIFIERS}(?:новостной портал|интернет-издание|информационный портал|новостной сайт)`,
  ar: `(?:هي|هو) ${QUALIFIERS}(?:موقع إخباري|بوابة إخبارية)`,
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
  `^${NAME}\\s+(?:(?:${[...Object.values(APPEARS), ...Object.values(IS_A), ...Object.values(IS_SITE), ...Object.values(READER_FUNDED)].join('|')})(?!\\p{L})|${Object.values(PUBLISHED_BY).join('|')})`,
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

const SITE_NOTE = new RegExp(`^${NAME}\\s+(?:${Object.values(IS_SITE).join('|')})(?!\\p{L})`, 'u');

/** Whether the note is a news site's about itself ("X is an independent news site"), not a bulletin's. */
export function isNewsSiteNote(sentence: string): boolean {
  return sentence.length <= MAX_NOTE_CHARS && SITE_NOTE.test(sentence.trim());
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

/**
 * "About Delta Futures: Delta Futures is …", "Über X: …", "À propos de X : …", "Acerca de X: …": the boilerplate
 * paragraph a release ends with, about its publisher, per language.
 */
const ABOUT: Record<string, string> = {
  en: 'about',
  de: 'über',
  fr: "à propos (?:de |d['’])",
  es: '(?:acerca de|sobre)',
  ru: '(?:о компании|об организации|о нас|справка о)',
  ar: '(?:نبذة عن|عن)',
};
/** One to six words, the first capitalised or in a caseless script, ending at the colon. */
const ABOUT_NAME = '([\\p{Lu}\\p{Lo}«"“][^:]{1,60}?)';
/** An article before the name: "About the Halvorsen Institute:", "Über das Institut X:", "Acerca del …" is in ABOUT. */
const ABOUT_ARTICLE = "(?:the\\s+|das\\s+|die\\s+|den\\s+|l['’]|la\\s+|le\\s+|el\\s+)?";
const ABOUT_NOTE = new RegExp(`^(?:${Object.values(ABOUT).join('|')})\\s*${ABOUT_ARTICLE}${ABOUT_NAME}\\s*:\\s*\\S`, 'iu');
const MAX_ABOUT_NAME_WORDS = 6;

/** The publisher an "About X:" paragraph is about, or null. */
export function aboutNote(paragraph: string): string | null {
  const m = ABOUT_NOTE.exec(paragraph.trim());
  const name = m?.[1].replace(/^[«"“]|[»"”]$/g, '').trim();
  return name && NAME_START.test(name) && name.split(/\s+/).length <= MAX_ABOUT_NAME_WORDS ? name : null;
}

/** A site's address: "vesti-north.example", "www.valleycourier.example", "https://x.example/". */
const SITE_ADDRESS = String.raw`(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}\/?`;
/** "Вести Заполярья — vesti-north.example", "The Valley Courier · www.valleycourier.example", or the address alone. */
const SIGN_OFF = new RegExp(`^(?:([\\p{Lu}\\p{Lo}«"“][^|·—–]{1,60}?)\\s*(?:[|·—–]|\\s-)\\s*)?${SITE_ADDRESS}$`, 'u');

/**
 * A site's sign-off line at its foot: its name and its address, or its address alone. The name, or '' for an
 * address alone; null when the line is something else.
 */
export function siteSignOff(line: string): string | null {
  const m = SIGN_OFF.exec(line.trim());
  return m ? (m[1] ?? '').trim().replace(/^[«"“]|[»"”]$/g, '') : null;
}

/** What a site's tagline says it brings, per language: "independent business news from …", "l'info du Sahel". */
const TAGLINE_NOUNS: Record<string, string> = {
  en: '(?:news|newspaper|journalism|reporting|analysis|coverage|headlines)',
  de: '(?:nachrichten|news|zeitung|journalismus|berichterstattung)',
  fr: '(?:actualités?|infos?|informations?|journal|journalisme)',
  es: '(?:noticias|periódico|diario|información|periodismo)',
  ru: '(?:новости|издание|журналистика)',
  ar: '(?:أخبار|الأخبار|صحافة)',
};
/** "Valley Trade Daily - independent business news from the Great Lakes": the name, a dash, what it brings. */
const TAGLINE = new RegExp(
  `^${NAME}\\s+[-–—|:]\\s+(?:(?:an?|the|your|l['’]|le|la|el|la|die|das)\\s+)?${QUALIFIERS}${`(?:${Object.values(TAGLINE_NOUNS).join('|')})`}(?!\\p{L})`,
  'iu',
);

/** Whether a sentence is a site's tagline about itself ("X - independent news from Y"). */
export function isSiteTagline(sentence: string): boolean {
  return sentence.length <= MAX_NOTE_CHARS && TAGLINE.test(sentence.trim()) && NAME_START.test(sentence.trim());
}

/** What a publication calls itself, per language: "bulletin", "lettre", "Newsletter", "boletín", "бюллетень", "نشرة". */
const PUBLICATION_NOUNS = [
  'briefing|newsletter|bulletin|digest|publication|weekly|daily|magazine|journal|review|letter|note',
  'lettre|revue|hebdomadaire|quotidien|bulletin',
  'newsletter|informationsdienst|briefing|bulletin|wochenzeitung|magazin|rundbrief',
  'boletín|publicación|semanario|revista|carta',
  'бюллетень|дайджест|рассылка|издание|еженедельник|обзор',
  'نشرة|مجلة|صحيفة',
].join('|');
/** "A weekly newsletter on Eurasian politics", "Une lettre hebdomadaire sur …": a publication describing itself. */
const DESCRIPTION = new RegExp(
  `^((?:(?:an?|the|une?|la|le|el|un|una|ein|eine|der|die|das)\\s+)?${QUALIFIERS}(?:${PUBLICATION_NOUNS}))(?!\\p{L})(?:\\s+${QUALIFIERS}(?:on|about|for|of|from|sur|de|du|des|pour|über|für|zu|sobre|para|о|по|об|عن|حول)(?!\\p{L})[^.!?]*)?$`,
  'iu',
);
const MAX_DESCRIPTION_CHARS = 90;

/**
 * Whether a part of a header bar is the publication's description of itself, set in lowercase up to its noun ("A
 * weekly newsletter on …"; "Lakeshore Policy Digest" is a name).
 */
export function isPublicationDescription(part: string): boolean {
  const head = part.length <= MAX_DESCRIPTION_CHARS ? DESCRIPTION.exec(part.trim())?.[1] : undefined;
  return head !== undefined && !/\p{Lu}/u.test(head.slice(1));
}
