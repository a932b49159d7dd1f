// A masthead's line describing the outlet: "The national news agency of Pakistan", "Государственное информационное
// агентство Республики Беларусь", "l'agence de presse officielle du Sénégal", "Staatliche Nachrichtenagentur
// Usbekistans", "الوكالة الرسمية لسلطنة عمان". The clean stage keeps it from being taken for the headline (it is a
// label); the meta stage reads the outlet's type and state from it.

/** What an outlet says it is, per language (regex sources, case-insensitive). */
const DESCRIPTIONS: Record<string, string[]> = {
  en: [
    '(?:official|national|state(?:-run|-owned)?|government(?:-run|-owned)?|public|independent)\\s+(?:news\\s+|press\\s+)?(?:agency|broadcaster|news service|newspaper|daily|weekly|television|radio)',
    '(?:news|press) agency',
  ],
  ru: [
    '(?:государственн|официальн|национальн|независим)\\p{L}*\\s+(?:информационн\\p{L}*\\s+)?(?:агентств|телеканал|издани|газет)\\p{L}*',
    'информационн\\p{L}*\\s+агентств\\p{L}*',
  ],
  de: [
    '(?:staatlich|amtlich|offiziell|national|unabhängig)\\p{L}*\\s+(?:nachrichtenagentur|presseagentur|rundfunk|sender|tageszeitung|zeitung)',
    'nachrichtenagentur',
  ],
  fr: [
    "agence (?:de presse |d['’]information |nationale de presse )?(?:officielle|nationale|d['’]état|gouvernementale)",
    "agence (?:de presse|d['’]information)",
    '(?:quotidien|hebdomadaire|journal) (?:indépendant|national|régional)',
  ],
  es: [
    'agencia (?:de noticias |de prensa |informativa )?(?:oficial|estatal|nacional|del estado)',
    'agencia (?:oficial|estatal|nacional) de (?:noticias|prensa)',
    'agencia (?:de noticias|de prensa|informativa)',
    '(?:diario|periódico|semanario) (?:independiente|nacional|regional)',
  ],
  ar: ['(?:ال)?وكالة (?:ال)?(?:أنباء |الأنباء )?(?:الرسمية|الوطنية|الحكومية)', 'وكالة (?:ال)?أنباء', 'صحيفة (?:مستقلة|يومية)'],
};
const ARTICLE = "(?:the|an?|l['’]|la|le|el|die|der|das)\\s*";
/** Each description anchored at the line's start: "agencia oficial" and "agencia oficial de noticias" are both tried. */
const HEADS = Object.values(DESCRIPTIONS)
  .flat()
  .map((p) => new RegExp(`^(?:${ARTICLE})?(?:${p})(?![\\p{L}])`, 'iu'));
/** After the description, only the state or the place it serves: "of Pakistan", "du Sénégal", "Республики Беларусь". */
const NAME_AFTER = /^(?:(?:of|for|in|du|de la|de l['’]|des|de|del|der|des|d['’]|für)\s*)?(?:(?:the|la|le|el|los|las)\s+|l['’])?[\p{Lu}\p{Lo}]/u;
const MAX_WORDS = 12;

/** Whether a header line is an outlet's description of itself, with nothing after it but the state it serves. */
export function isOutletDescription(line: string): boolean {
  const text = line.trim();
  if (text.split(/\s+/).length > MAX_WORDS || /\d/.test(text)) return false;
  return HEADS.some((re) => {
    const m = re.exec(text);
    const rest = m ? text.slice(m[0].length).replace(/\.$/, '').trim() : null;
    return rest !== null && (rest === '' || NAME_AFTER.test(rest));
  });
}
