// The initials a name is known by ("North American Free Trade Agreement" → NAFTA, "Tratado de Libre Comercio de
// América del Norte" → TLCAN, "Accord de libre-échange nord-américain" → ALENA): the first letter of each word,
// joined words split at their hyphen, the small words that join them left out.

/** Words initials leave out, en/fr/es/de/pt/it. */
const JOINING_WORDS = new Set(
  ['of the and on for in to', 'de del des du la le les el los las y et sur en para por', 'der die das und über für zur zum von', 'do da e di della']
    .join(' ')
    .split(' '),
);
/** Shorter initials say too little to name one instrument. */
const MIN_LETTERS = 3;

/** The initials of a name in upper case, or null when they would be too short. */
export function initialsOf(name: string): string | null {
  const words = name
    .split(/[\s\-‐–]+/u)
    .map((w) => w.replace(/^[dl]['’]/iu, '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w && !JOINING_WORDS.has(w.toLowerCase()));
  // Initials drop accents: ALENA for "Accord de libre-échange nord-américain".
  const letters = words
    .map((w) => w[0].toUpperCase())
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return letters.length >= MIN_LETTERS ? letters : null;
}

/** The text writes these initials as a word of capitals. */
export function writesInitials(text: string, initials: string): boolean {
  return new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(text);
}
