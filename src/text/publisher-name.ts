// The name of a body that publishes on its own site besides the press: a ministry, a parliament or its press
// service, a presidency, an embassy, a research institute, a foundation, a coalition of civic groups ("Office of the
// Prime Minister of Canada", "Staatskanzlei des Landes Brandenburg", "Observatoire des frontières africaines",
// "Министерство иностранных дел Республики Молдова", "وزارة الخارجية والتعاون الدولي"). Such a line above a
// headline is the page's masthead: the clean stage keeps it from being taken for the headline, and the meta stage
// reads the outlet from it.

/** Words that name such a body, per language (regex sources, matched case-insensitively on whole words). */
const PUBLISHER_WORDS: Record<string, string[]> = {
  en: [
    'ministry',
    'department',
    'office',
    'parliament',
    'senate',
    'assembly',
    'congress',
    'presidency',
    'government',
    'embassy',
    'mission',
    'secretariat',
    'commission',
    'council',
    'institute',
    'cent(?:re|er)',
    'foundation',
    'coalition',
    'network',
    'association',
    'forum',
    'observatory',
    'alliance',
    'federation',
    'initiative',
    'press service',
    'organi[sz]ation',
    'programme',
    'united nations',
  ],
  de: [
    '\\p{L}*ministerium',
    '\\p{L}*amt',
    '\\p{L}*kanzlei',
    'bundestag',
    'bundesrat',
    'landtag',
    'nationalrat',
    'parlament',
    '\\p{L}*regierung',
    'botschaft',
    'vertretung',
    'institut',
    '\\p{L}*zentrum',
    '\\p{L}*stiftung',
    'bündnis',
    'verband',
    'netzwerk',
    'kommission',
    '\\p{L}*rat',
    'sekretariat',
    'initiative',
    '\\p{L}*organisation',
    'vereinte nationen',
  ],
  fr: [
    'ministère',
    'parlement',
    'assemblée',
    'sénat',
    'présidence',
    'gouvernement',
    'ambassade',
    'mission',
    'secrétariat',
    'commission',
    'conseil',
    'institut',
    'centre',
    'fondation',
    'coalition',
    'réseau',
    'association',
    'observatoire',
    'alliance',
    'fédération',
    'agence',
    'organisation',
    'nations unies',
  ],
  es: [
    'ministerio',
    'cancillería',
    'secretaría',
    'congreso',
    'senado',
    'asamblea',
    'parlamento',
    'presidencia',
    'gobierno',
    'embajada',
    'misión',
    'comisión',
    'consejo',
    'instituto',
    'centro',
    'fundación',
    'coalición',
    'asociación',
    'observatorio',
    'alianza',
    'federación',
    'agencia',
    'organización',
    'naciones unidas',
  ],
  ru: [
    'министерств\\p{L}*',
    'парламент\\p{L}*',
    'собрани\\p{L}*',
    'дум\\p{L}*',
    'сенат\\p{L}*',
    'совет\\p{L}*',
    'администраци\\p{L}*',
    'правительств\\p{L}*',
    'посольств\\p{L}*',
    'представительств\\p{L}*',
    'пресс-служб\\p{L}*',
    'комисси\\p{L}*',
    'институт\\p{L}*',
    'центр\\p{L}*',
    'фонд\\p{L}*',
    'коалици\\p{L}*',
    'ассоциаци\\p{L}*',
    'агентств\\p{L}*',
    'организаци\\p{L}*',
  ],
  ar: [
    'وزارة',
    'مجلس',
    'البرلمان',
    'رئاسة',
    'حكومة',
    'سفارة',
    'بعثة',
    'الأمانة',
    'لجنة',
    'معهد',
    'مركز',
    'مؤسسة',
    'ائتلاف',
    'تحالف',
    'جمعية',
    'مرصد',
    'هيئة',
    'الديوان',
    'منظمة',
    'الأمم المتحدة',
    'وكالة',
  ],
};
const PUBLISHER_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.values(PUBLISHER_WORDS).flat().join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Lowercase words a name holds in Latin script: particles and articles, elided or not. */
const PARTICLE =
  /^(?:of|the|for|and|on|in|to|at|de|du|des|la|le|les|del|della|di|da|do|dos|y|e|et|und|der|die|das|den|dem|für|zu|zur|zum|al|el|los|las|para|por|per|con|with|pour|sur|en|aux?|[dl]['’]\p{L}*)$/u;
/** French and Spanish names keep their adjectives in lowercase: "sénégalaise", "étrangères", "nacional". */
const LOWERCASE_ADJECTIVE =
  /^\p{Ll}+(?:ais|aise|aises|ien|iens|ienne|iennes|enne|ennes|ère|ères|eure|eures|al|ale|ales|aux|ique|iques|ain|aine|aines|ains|ano|ana|anos|anas|ense|enses|eño|eña|ista|istas|ario|aria|ois|oise|oises|ie|ies|ée|ées)$/u;
/** Russian names capitalise their first word only; a lowercase word with a verb's ending makes the line a headline. */
const CYRILLIC_LOWER = /^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)?$/u;
const RUSSIAN_VERB_ENDING = /(?:ил|ал|ял|ыл|ул|ла|ло|ли|ет|ит|ут|ют|ат|ят)$/u;
/** Arabic names: after the first word, definite nouns and adjectives, perhaps joined by «و». */
const ARABIC_NAME_WORD = /^(?:و?ال|و)\p{Script=Arabic}+$/u;
const MAX_NAME_WORDS = 12;
const MAX_ARABIC_WORDS = 6;
/** Parts of a masthead line: "Name — description", "Name | Section". */
const PARTS = /\s+[-–—]\s+|\s*[|·•]\s*/;
/** A description after a comma opens in lowercase ("…, l'agence de presse officielle"); a name goes on in capitals. */
const DESCRIPTION = /\s*[,،](?!\s*[\p{Lu}\p{Lt}]).*$/u;

/** `previous`: the word before, null for the first: after a particle a lowercase noun belongs to the name ("des traités"). */
function nameWord(word: string, previous: string | null): boolean {
  if (/^[\p{Lu}\p{Lt}]/u.test(word)) return true;
  if (previous === null) return false;
  if (PARTICLE.test(word) || LOWERCASE_ADJECTIVE.test(word) || (PARTICLE.test(previous) && /^\p{Ll}/u.test(word))) return true;
  return CYRILLIC_LOWER.test(word) && !RUSSIAN_VERB_ENDING.test(word);
}

/** A part of a line that reads as a publishing body's name. */
function isPublisherPart(part: string): boolean {
  if (!PUBLISHER_WORD.test(part) || /[\d:;!?]|\.$/.test(part)) return false;
  const tokens = part.split(/\s+/);
  if (/^\p{Script=Arabic}/u.test(part)) return tokens.length <= MAX_ARABIC_WORDS && tokens.slice(1).every((w) => ARABIC_NAME_WORD.test(w));
  const bare = tokens.map((w) => w.replace(/^[«"“(]+|[»"”),]+$/gu, ''));
  return tokens.length <= MAX_NAME_WORDS && bare.every((w, i) => nameWord(w, i === 0 ? null : bare[i - 1]));
}

/**
 * The publishing body a header line names ("Ministry of Foreign Affairs of X", "KNA | Kivu News Agency",
 * "ASI - Agence sénégalaise d'information, l'agence de presse officielle"), or null. Only the part before a
 * description is read.
 */
export function publisherName(line: string): string | null {
  if (line.split(/\s+/).length > MAX_NAME_WORDS + 6) return null;
  const parts = line.split(PARTS);
  for (const part of parts) {
    const name = part.trim().replace(DESCRIPTION, '');
    // One word among others is a menu's item ("Home | Institute | Contact"); alone on its line, a name ("Cancillería").
    if (name && (parts.length === 1 || /\s/.test(name)) && isPublisherPart(name)) return name;
  }
  return null;
}
