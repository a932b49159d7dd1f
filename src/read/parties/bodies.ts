// Legislatures and offices by canonical English name, with their forms in English, Russian, German and French
// (Spanish and Arabic where a chamber's name differs from the generic words for a legislature).
// `country` is set for bodies that exist in one state only (State Duma → RU); others take the country of an
// adjacent state mention (country.ts). Where two rules read the same words the longer reading wins
// ("Federal Chancellor" over "Chancellor", "Ministerpräsident" over "Präsident").
import type { BodyMention } from '../../types.ts';

export interface BodyRule {
  name: string;
  role: BodyMention['role'];
  country: string | null;
  pattern: RegExp;
  /** Lower-case words one of which the text must contain before the pattern is tried (a cheap `includes`). */
  anchors: string[];
}

/**
 * The literal start of an alternative, lower-cased ("State\\s+Duma" → "state"; "[Пп]алат…" → "палат"), used as a
 * cheap pre-test; '' when the alternative starts with no literal (then the pattern always runs).
 */
function anchorOf(source: string): string {
  const body = source
    .replace(/^\(\?<!(?:[^()]|\([^()]*\))*\)/, '')
    .replace(/\[(\p{Lu})(\p{Ll})\]/gu, (_, a: string, b: string) => (a.toLowerCase() === b ? b : '\u0000'));
  const literal = /^[\p{L}'’]+/u.exec(body)?.[0] ?? '';
  const cut = /^[?*{]/.test(body.slice(literal.length)) ? literal.slice(0, -1) : literal;
  return cut.length >= 3 ? cut.toLowerCase() : '';
}

/**
 * Builds a rule; `source` alternatives are joined and must not start or end inside a longer word (checked by
 * findBodies, so the pattern can start with a literal, which the regex engine finds fast).
 */
const rule = (name: string, role: BodyMention['role'], country: string | null, source: string[], flags = 'giu'): BodyRule => {
  const anchors = source.map(anchorOf);
  return {
    name,
    role,
    country,
    pattern: new RegExp(`(?:${source.join('|')})(?!\\p{L})`, flags),
    anchors: anchors.includes('') ? [] : anchors,
  };
};

/** Russian noun endings after a stem, so "парламента", "Сенатом" match but not the adjective "парламентский". */
const RU = '(?:а|у|ом|е|ы|ов|ам|ами|ах)?';

export const BODY_RULES: BodyRule[] = [
  // Legislatures known by a name of their own.
  rule('State Duma', 'lower-house', 'RU', ['State\\s+Duma', 'Госдум\\p{L}*', 'Государственн\\p{L}*\\s+[Дд]ум\\p{L}*', 'Staatsduma', "Douma(?:\\s+d['’]État)?"]),
  rule('State Duma', 'lower-house', 'RU', ['Duma', 'Дум(?:а|ы|е|у|ой|ою)', '(?:مجلس\\s+)?الدوما'], 'gu'),
  rule('Federation Council', 'upper-house', 'RU', [
    'Federation\\s+Council',
    'Совет\\p{L}*\\s+Федерации',
    'Föderationsrat(?:e?s)?',
    'Conseil\\s+de\\s+la\\s+Fédération',
    'Consejo\\s+de\\s+la\\s+Federación',
    'مجلس\\s+الاتحاد\\s+الروسي',
  ]),
  rule('Federal Assembly', 'legislature', null, [
    'Federal\\s+Assembly',
    'Федеральн\\p{L}*\\s+[Сс]обрани\\p{L}*',
    'Bundesversammlung',
    'Föderalversammlung',
    'Assemblée\\s+fédérale',
  ]),
  rule("Supreme People's Assembly", 'legislature', 'KP', [
    "Supreme\\s+People['’]s\\s+Assembly",
    'Верховн\\p{L}*\\s+[Нн]ародн\\p{L}*\\s+[Сс]обрани\\p{L}*',
    'Oberste[nrs]?\\s+Volksversammlung',
    'Assemblée\\s+populaire\\s+suprême',
  ]),
  rule("National People's Congress", 'legislature', 'CN', [
    "National\\s+People['’]s\\s+Congress",
    'Всекитайск\\p{L}*\\s+собрани\\p{L}*\\s+народных\\s+представителей',
    'Nationale[nr]?\\s+Volkskongress(?:es)?',
  ]),
  rule('Majlis', 'legislature', 'IR', ['Majlis', 'Islamic\\s+Consultative\\s+Assembly', 'Меджлис' + RU, 'Madschlis']),
  rule('Bundestag', 'lower-house', 'DE', ['Bundestag(?:e?s)?', 'Бундестаг' + RU]),
  rule('Bundesrat', 'upper-house', 'DE', ['Bundesrat(?:e?s)?', 'Бундесрат' + RU]),
  rule('Verkhovna Rada', 'legislature', 'UA', ['Verkhovna\\s+Rada', 'Werchowna\\s+Rada', 'Верховн\\p{L}*\\s+Рад\\p{L}*', 'Rada']),
  rule('Knesset', 'legislature', 'IL', ['Knesset', 'Кнессет' + RU, 'الكنيست']),
  rule('Sejm', 'lower-house', 'PL', ['Sejm(?:u|ie)?']),
  rule('Storting', 'legislature', 'NO', ['Storting(?:et)?', 'Стортинг' + RU]),
  rule('Riksdag', 'legislature', 'SE', ['Riksdag(?:en)?', 'Риксдаг' + RU]),
  rule('Folketing', 'legislature', 'DK', ['Folketing(?:et)?', 'Фолькетинг' + RU]),
  rule('Eduskunta', 'legislature', 'FI', ['Eduskunta']),
  rule('Althing', 'legislature', 'IS', ['Althing(?:i)?', 'Alþingi']),
  rule('Seimas', 'legislature', 'LT', ['Seimas', 'Seimo']),
  rule('Saeima', 'legislature', 'LV', ['Saeima']),
  rule('Riigikogu', 'legislature', 'EE', ['Riigikogu']),
  rule('Oireachtas', 'legislature', 'IE', ['Oireachtas', 'D[áa]il(?:\\s+[ÉE]ireann)?']),
  rule('Lok Sabha', 'lower-house', 'IN', ['Lok\\s+Sabha']),
  rule('Rajya Sabha', 'upper-house', 'IN', ['Rajya\\s+Sabha']),
  rule('Grand National Assembly', 'legislature', 'TR', [
    'Grand\\s+National\\s+Assembly',
    'Велик\\p{L}*\\s+[Нн]ациональн\\p{L}*\\s+[Сс]обрани\\p{L}*',
    'Große[nr]?\\s+Nationalversammlung',
    'Grande\\s+Assemblée\\s+nationale',
  ]),
  rule('NPC Standing Committee', 'legislature', 'CN', [
    "(?:NPC\\s+)?Standing\\s+Committee\\s+of\\s+the\\s+National\\s+People['’]s\\s+Congress",
    'NPC\\s+Standing\\s+Committee',
  ]),
  rule('Congress of Deputies', 'lower-house', 'ES', ['Congreso\\s+de\\s+los\\s+Diputados', 'Congress\\s+of\\s+Deputies']),
  rule('Cortes Generales', 'legislature', 'ES', ['Cortes(?:\\s+Generales)?']),
  rule('European Parliament', 'legislature', 'EU', [
    'European\\s+Parliament',
    'Europäische[sn]?\\s+Parlament(?:s)?',
    'Parlement\\s+européen',
    'Parlamento\\s+Europeo',
    'Европейск\\p{L}*\\s+парламент' + RU,
  ]),
  rule('Council of the European Union', 'government', 'EU', [
    'Council\\s+of\\s+the\\s+(?:EU|European\\s+Union)',
    'EU\\s+Council',
    'Rat\\s+der\\s+(?:EU|Europäischen\\s+Union)',
    "Conseil\\s+de\\s+l['’](?:UE|Union\\s+européenne)",
    'Consejo\\s+de\\s+la\\s+(?:UE|Unión\\s+Europea)',
    'Совет\\p{L}*\\s+(?:ЕС|Европейского\\s+союза)',
  ]),
  // Organs of international organizations: they adopt texts, but they are no state's legislature.
  rule('UN General Assembly', 'other', null, [
    '(?:U\\.?N\\.?|United\\s+Nations)\\s+General\\s+Assembly',
    'General\\s+Assembly\\s+of\\s+the\\s+United\\s+Nations',
    'Генеральн\\p{L}*\\s+[Аа]ссамбле\\p{L}*(?:\\s+ООН)?',
    '(?:UN-)?Generalversammlung',
    "Assemblée\\s+générale(?:\\s+des\\s+Nations\\s+unies|\\s+de\\s+l['’]ONU)?",
    'Asamblea\\s+General(?:\\s+de\\s+(?:la\\s+)?(?:ONU|Naciones\\s+Unidas))?',
  ]),
  // A council that must clear every bill before it becomes law.
  rule('Guardian Council', 'upper-house', 'IR', [
    'Guardian\\s+Council',
    'Council\\s+of\\s+Guardians',
    'Wächterrat(?:e?s)?',
    'Совет\\p{L}*\\s+стражей',
    'Conseil\\s+des\\s+gardiens',
    'Consejo\\s+de\\s+(?:los\\s+)?Guardianes',
  ]),
  rule('House of Commons', 'lower-house', 'GB', ['House\\s+of\\s+Commons', 'Палат\\p{L}*\\s+общин', 'Unterhaus(?:es)?\\s+des\\s+Vereinigten']),
  rule('House of Lords', 'upper-house', 'GB', ['House\\s+of\\s+Lords', 'Палат\\p{L}*\\s+лордов', 'Oberhaus(?:es)?\\s+des\\s+Vereinigten']),
  // "the Diet" alone is Japan's (the Federal Diet below is not), and its Japanese and European names.
  rule('National Diet', 'legislature', 'JP', [
    'National\\s+Diet',
    '(?<=\\b[Tt]he\\s)Diet(?![\\p{L}])(?!\\s+of\\b)',
    '[Пп]арламент\\p{L}*\\s+Японии',
    'Diète\\s+(?:japonaise|du\\s+Japon)',
  ]),
  // Legislatures named by kind: the country comes from the words around them.
  rule('Federal Diet', 'legislature', null, [
    'Federal\\s+Diet',
    'Федеральн\\p{L}*\\s+[Сс]ейм\\p{L}*',
    'Föderale[nrm]?\\s+Landtag(?:e?s)?',
    'Bundeslandtag(?:e?s)?',
    'Diète\\s+fédérale',
  ]),
  rule('Diet', 'legislature', null, ['Diet', 'Сейм' + RU, 'Landtag(?:e?s)?', 'Diète'], 'gu'),
  rule('Assembly of the Republic', 'legislature', null, [
    'Assembly\\s+of\\s+the\\s+Republic',
    '[Сс]обрани\\p{L}*\\s+Республики',
    'Versammlung\\s+der\\s+Republik',
    'Assemblée\\s+de\\s+la\\s+République',
  ]),
  // A chamber of several states (Austria, Switzerland, Slovakia): the state comes from the words around it.
  rule('National Council', 'legislature', null, [
    'National\\s+Council(?!\\s+(?:of|for|on)\\b)',
    'Nationalrat(?:e?s)?',
    'Национальн\\p{L}*\\s+[Сс]овет\\p{L}*',
    'Conseil\\s+national',
    'Consejo\\s+Nacional(?!\\s+(?:de|del|para)\\b)',
  ]),
  rule('National Assembly', 'legislature', null, [
    'National\\s+Assembly',
    'Национальн\\p{L}*\\s+[Сс]обрани\\p{L}*',
    'Nationalversammlung',
    'Assemblée\\s+nationale',
    'Asamblea\\s+Nacional',
  ]),
  // Legislatures of many states known by their kind: a consultative (shura) council, a legislative council or
  // assembly, a people's assembly.
  rule('Shura Council', 'legislature', null, [
    'Shura\\s+Council',
    'Majlis\\s+al-Shura',
    'Consultative\\s+(?:Council|Assembly)',
    '[Сс]овет\\p{L}*\\s+[Шш]уры',
    'Schura-?Rat(?:e?s)?',
    'Conseil\\s+(?:de\\s+la\\s+)?(?:Choura|Shura|consultatif)',
    'Consejo\\s+(?:de\\s+la\\s+)?(?:Shura|Consultivo)',
    'مجلس\\s+الشورى',
  ]),
  rule('Legislative Assembly', 'legislature', null, [
    'Legislative\\s+(?:Council|Assembly)',
    "People['’]s\\s+Assembly",
    'Законодательн\\p{L}*\\s+(?:[Сс]обрани|[Сс]овет)\\p{L}*',
    'Народн\\p{L}*\\s+[Сс]обрани\\p{L}*',
    'Assemblée\\s+(?:législative|populaire)',
    'Asamblea\\s+(?:Legislativa|Popular)',
    'مجلس\\s+الشعب',
  ]),
  rule('Senate', 'upper-house', null, ['Senate', 'Сенат' + RU, 'Senat(?:e?s)?', 'Sénat', 'Senado', 'مجلس\\s+الشيوخ']),
  rule('House of Representatives', 'lower-house', null, [
    'House\\s+of\\s+Representatives',
    '[Пп]алат\\p{L}*\\s+представителей',
    'Repräsentantenhaus(?:es)?',
    'Chambre\\s+des\\s+représentants',
    'Cámara\\s+de\\s+Representantes',
    'مجلس\\s+النواب',
  ]),
  rule('Congress', 'legislature', null, ['Congress', 'Конгресс' + RU, 'Kongress(?:es)?', 'Congrès', 'Congreso'], 'gu'),
  rule('Parliament', 'legislature', null, ['parliament', 'парламент' + RU, 'Parlament(?:e?s|e|en)?', 'parlement', 'parlamento', 'البرلمان']),
  rule('Upper House', 'upper-house', null, [
    'upper\\s+house(?:\\s+of\\s+(?:the\\s+)?parliament)?',
    'верхн\\p{L}*\\s+палат\\p{L}*(?:\\s+парламента)?',
    'Oberhaus(?:es)?',
    'chambre\\s+haute',
    'cámara\\s+alta',
  ]),
  rule('Lower House', 'lower-house', null, [
    'lower\\s+house(?:\\s+of\\s+(?:the\\s+)?parliament)?',
    'нижн\\p{L}*\\s+палат\\p{L}*(?:\\s+парламента)?',
    'Unterhaus(?:es)?',
    'chambre\\s+basse',
    'cámara\\s+baja',
  ]),
  rule('Legislature', 'legislature', null, ['legislatures?', 'законодател\\p{L}*\\s+(?:орган|собрани)\\p{L}*']),
  // Offices and ministries.
  rule('President', 'head-of-state', null, [
    '(?<!vice[\\s-])president',
    '(?<!вице-)президент' + RU,
    '(?<!Vize)Präsident(?:in|en)?',
    'Bundespräsident(?:in|en)?',
    'Staatspräsident(?:in|en)?',
    '(?<!vice-)président(?:e)?',
    '(?<!vice)president[ae]',
  ]),
  rule('Chairman of State Affairs', 'head-of-state', 'KP', [
    'Chairman\\s+of\\s+(?:the\\s+)?State\\s+Affairs(?:\\s+Commission)?',
    '[Пп]редседател\\p{L}*\\s+[Гг]осударственных\\s+дел',
  ]),
  rule('Prime Minister', 'head-of-government', null, [
    'Prime\\s+Minister',
    'премьер-министр' + RU,
    '[Пп]редседател\\p{L}*\\s+[Пп]равительства',
    'Premierminister(?:in|s)?',
    'Ministerpräsident(?:in|en)?',
    'Premier\\s+ministre',
    'primer\\s+ministro',
    'primera\\s+ministra',
  ]),
  rule('Prime Minister', 'head-of-government', null, ['Premier(?!\\s+League)'], 'gu'),
  rule('Federal Chancellor', 'head-of-government', null, [
    'Federal\\s+Chancellor',
    '[Фф]едеральн\\p{L}*\\s+канцлер' + RU,
    'Bundeskanzler(?:in|s)?',
    'Föderale[nr]?\\s+Kanzler(?:in|s)?',
    'chancelier\\s+fédéral',
  ]),
  rule('Chancellor', 'head-of-government', null, ['chancellor(?!\\s+of\\s+the\\s+Exchequer)', 'канцлер' + RU, 'Kanzler(?:in|s)?', 'chancelière?']),
  rule('Ministry of Foreign Affairs', 'ministry', null, [
    'Foreign\\s+Ministry',
    'Ministry\\s+of\\s+Foreign\\s+Affairs',
    'Foreign\\s+Office',
    'МИД' + RU,
    'Министерств\\p{L}*\\s+иностранных\\s+дел',
    'Außenministerium(?:s)?',
    'Auswärtige[ns]?\\s+Amt(?:e?s)?',
    'ministère\\s+des\\s+Affaires\\s+étrangères',
  ]),
  rule('Ministry of Foreign Affairs', 'ministry', 'US', [
    'State\\s+Department',
    'Department\\s+of\\s+State',
    'Госдеп\\p{L}*',
    'Государственн\\p{L}*\\s+департамент\\p{L}*',
  ]),
  rule('Ministry of Defence', 'ministry', null, [
    'Defen[cs]e\\s+Ministry',
    'Ministry\\s+of\\s+Defen[cs]e',
    'Минобороны',
    'Министерств\\p{L}*\\s+обороны',
    'Verteidigungsministerium(?:s)?',
    'ministère\\s+(?:des\\s+Armées|de\\s+la\\s+Défense)',
  ]),
  rule('Ministry of Defence', 'ministry', 'US', ['Pentagon', 'Department\\s+of\\s+Defen[cs]e', 'Defen[cs]e\\s+Department', 'Пентагон' + RU]),
  rule('Foreign Minister', 'other', null, [
    'Foreign\\s+Minister',
    'Minister\\s+of\\s+Foreign\\s+Affairs',
    'Secretary\\s+of\\s+State',
    '[Мм]инистр' + RU + '\\s+иностранных\\s+дел',
    '[Гг]лав\\p{L}*\\s+МИД' + RU,
    'Außenminister(?:in|s)?',
    'ministre\\s+des\\s+Affaires\\s+étrangères',
  ]),
  rule('Defence Minister', 'other', null, [
    'Defen[cs]e\\s+Minister',
    'Minister\\s+of\\s+Defen[cs]e',
    'Defen[cs]e\\s+Secretary',
    '[Мм]инистр' + RU + '\\s+обороны',
    'Verteidigungsminister(?:in|s)?',
    'ministre\\s+(?:des\\s+Armées|de\\s+la\\s+Défense)',
  ]),
  rule('Government', 'government', null, [
    'governments?',
    'правительств(?:о|а|у|ом|е)',
    '[Кк]абинет' + RU + '\\s+министров',
    'Bundesregierung(?:en)?',
    '[Rr]egierung(?:en)?',
    'gouvernements?',
    'gobiernos?',
  ]),
  rule('Government', 'government', null, ['Cabinet', 'Kabinett(?:s)?'], 'gu'),
];

/**
 * The rules worth trying on a text: those one of whose anchors starts a word of its lower case, then only those.
 * A match counts only where no letter or hyphen comes before it (findBodies), so an anchor needs looking up only
 * where a run of letters and hyphens starts: by its first three letters, many times faster than a substring
 * search for every anchor or one alternation of all anchors tried at every position.
 */
const ANCHORS_BY_PREFIX = new Map<number, { anchor: string; rules: number[] }[]>();
/** The first three UTF-16 units of `s` from `at` as one number: a map key without a substring per word. */
const prefixKey = (s: string, at: number) => (s.charCodeAt(at) * 0x10000 + (s.charCodeAt(at + 1) || 0)) * 0x10000 + (s.charCodeAt(at + 2) || 0);
/** Rules with an alternative that has no literal start: always tried. */
const ALWAYS: number[] = [];
BODY_RULES.forEach((rule, i) => {
  if (!rule.anchors.length) ALWAYS.push(i);
  for (const anchor of new Set(rule.anchors)) {
    const list = ANCHORS_BY_PREFIX.get(prefixKey(anchor, 0)) ?? [];
    const entry = list.find((e) => e.anchor === anchor);
    if (entry) entry.rules.push(i);
    else list.push({ anchor, rules: [i] });
    ANCHORS_BY_PREFIX.set(prefixKey(anchor, 0), list);
  }
});
/** Where a word may start: a run of letters and hyphens (a match after a letter or a hyphen does not count). */
const WORD_RUN = /[\p{L}-]+/gu;

export function rulesFor(text: string): BodyRule[] {
  const lower = text.toLowerCase();
  const tried = new Set(ALWAYS);
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(lower); m; m = WORD_RUN.exec(lower)) {
    for (const { anchor, rules } of ANCHORS_BY_PREFIX.get(prefixKey(lower, m.index)) ?? []) {
      if (lower.startsWith(anchor, m.index)) for (const i of rules) tried.add(i);
    }
  }
  return BODY_RULES.filter((_, i) => tried.has(i));
}
