// The name of an organisation as datelines, mastheads and credits write it: "Some Press", "Agence France-Presse",
// "L'Écho d'Orient", "La Sentinelle alpine", "Уральское агентство", "وكالة أنباء الخليج". Shared by the dateline
// parser (the agency) and the masthead test (the outlet).

const NAME_WORD = '[\\p{Lu}\\p{Lo}«"“][\\p{L}\\p{N}\'’.&»"”\\-]*';
const PARTICLE = '(?:of|the|for|and|on|de|du|des|la|le|les|del|della|di|da|do|y|e|et|und|der|am|im|an|vom|zum|zur|für|aus|von|al|el)';
/** "d'Asie", "l'Ouest": an elided particle glued to a capitalised word. */
const ELIDED = `(?:[dl]['’]${NAME_WORD})`;
/** Russian names capitalise their first word only: "Уральский наблюдатель". */
const CYRILLIC_LOWER = '(?=\\p{Script=Cyrillic})\\p{Ll}[\\p{Script=Cyrillic}\\-]*';
const MORE_WORDS = `(?:\\s+(?:${PARTICLE}|${ELIDED}|${NAME_WORD}|${CYRILLIC_LOWER})){0,4}`;
/** After an article, a name may end with a lowercase adjective: "La Sentinelle alpine", "El Heraldo mediterráneo". */
const ARTICLE = "(?:La|Le|Les|L['’]|El|Los|Las|Il|Lo|Der|Die|Das|The)";
const WITH_ADJECTIVE = `${ARTICLE}\\s*${NAME_WORD}${MORE_WORDS}\\s+\\p{Ll}[\\p{L}'’\\-]*`;
/** Arabic has no case: one to five words of the script. */
const ARABIC_NAME = '\\p{Script=Arabic}+(?:\\s+\\p{Script=Arabic}+){0,4}';
/** German and other agencies write their acronym in lowercase: "(dpa)", "(apa)", "(kna)". */
const LOWERCASE_ACRONYM = '\\p{Ll}{2,4}';
const ORGANISATION_NAME = new RegExp(`^(?:${NAME_WORD}${MORE_WORDS}|${WITH_ADJECTIVE}|${ARABIC_NAME})$`, 'u');
const AGENCY_NAME = new RegExp(`^(?:${NAME_WORD}${MORE_WORDS}|${WITH_ADJECTIVE}|${ARABIC_NAME}|${LOWERCASE_ACRONYM})$`, 'u');

/** Up to five (six with an article) words that read as an organisation's name, not as a phrase of prose. */
export function isOrganisationName(text: string): boolean {
  return ORGANISATION_NAME.test(text);
}

/** An organisation's name, or a lowercase acronym, as a dateline brackets its agency: "(dpa)". */
export function isAgencyName(text: string): boolean {
  return AGENCY_NAME.test(text);
}
