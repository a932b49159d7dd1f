// The outlet as the page's foot credits it: "© 2024 X. All rights reserved", "© X – Tous droits réservés",
// "© X, 2024", "Copyright © 2025 X Agency.", "X © 2024.", "X Media Group. All rights reserved.", and reuse notices
// ("Use of materials is permitted only with a hyperlink to X", "При использовании материалов ссылка на X
// обязательна"). A credit inside a caption ("Photo: … © Press service of Y") names the photo's owner, not the outlet.

/** A name: a capital (or a caseless script, or an opening quote) first, up to seven words, no digits. */
const NAME = '[\\p{Lu}\\p{Lo}«"“][^\\d©|·.,;:–—]{1,80}?';
/** A year or a range of years. */
const YEARS = '(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?';
/** What ends the name: a stop, a bar, a dash, a comma and a year, a rights phrase, the end. */
const NAME_END = '(?=\\s*(?:[.|·–—]|,\\s*(?:19|20)\\d{2}|,|\\s(?:19|20)\\d{2}|all rights|tous droits|alle rechte|todos los derechos|все права|$))';
const RIGHTS = '(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|все права защищены|جميع الحقوق محفوظة)';
/** "© 2024 X", "Copyright © X", "(c) 2031 X", "جميع الحقوق محفوظة © X 2016": the mark opens the line, or follows the rights phrase. */
const MARK_FIRST = new RegExp(
  `^(?:${RIGHTS}[\\s.,:]*)?(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:copyright\\s*)?(?:${YEARS}\\s*,?\\s*)?(${NAME})${NAME_END}`,
  'iu',
);
/** "X © 2024.": the name opens the line. */
const NAME_FIRST = new RegExp(`^(${NAME})\\s*(?:©|\\(c\\))\\s*${YEARS}`, 'iu');
/** "X Media Group. All rights reserved.": a name alone before the rights phrase. */
const NAME_THEN_RIGHTS = new RegExp(`^(${NAME})\\.\\s*${RIGHTS}`, 'iu');
/** "جميع الحقوق محفوظة لوكالة X ©": Arabic glues «ل» (to, for) to the holder's name after the rights phrase. */
const ARABIC_RIGHTS_FOR = /^(?:جميع )?الحقوق محفوظة\s+ل([^©\d|·.،,]{2,60}?)\s*(?:©|[\d٠-٩]|[.|·،,]|$)/u;
/** A company's legal form after its name: "Daily Planet Ltd" publishes as "Daily Planet". */
const LEGAL_FORM = /,?\s+(?:ltd|limited|inc|llc|plc|gmbh|ag|s\.?a\.?|oy|ab|ооо|ао)\.?$/iu;
/** Words of a name counted against MAX_NAME_WORDS: not its particles ("Ministry of Foreign Affairs of the Republic of X"). */
const MAX_NAME_WORDS = 7;
const PARTICLE = /^(?:of|the|and|for|de|du|des|la|le|les|del|y|et|der|die|das|des|für|und)$/iu;

function tidy(name: string): string | null {
  const t = name
    .replace(/^[«"“]|[»"”]$/g, '')
    .replace(LEGAL_FORM, '')
    .trim();
  return t &&
    t.split(/\s+/).filter((w) => !PARTICLE.test(w)).length <= MAX_NAME_WORDS &&
    !/^(?:all rights|tous droits|alle rechte|todos los|все права)/iu.test(t)
    ? t
    : null;
}

/** A holder that is no publisher: "© Crown copyright. Maritime Safety Authority." names the agency after it. */
const CROWN = /^crown(?: copyright)?$/iu;

/** The copyright holder a credit line names, or null. */
export function copyrightHolder(line: string): string | null {
  const m = MARK_FIRST.exec(line) ?? NAME_FIRST.exec(line) ?? NAME_THEN_RIGHTS.exec(line) ?? ARABIC_RIGHTS_FOR.exec(line);
  const holder = m ? tidy(m[1]) : null;
  if (!holder || !CROWN.test(holder)) return holder;
  const after = line.slice((m?.index ?? 0) + m![0].length).replace(/^[\s.,;:|·–—-]+/, '');
  const next = /^([\p{Lu}\p{Lo}][^.|·]{1,80}?)\s*(?:[.|·]|$)/u.exec(after);
  return next ? tidy(next[1]) : null;
}

/** A quoted name or a run of words up to the end of the clause. */
const LINKED_NAME = '(«[^»]{2,60}»|"[^"]{2,60}"|“[^”]{2,60}”|[\\p{Lu}\\p{Lo}][^.,;:()]{1,60}?)';
/** Reuse notices that name whom to link or cite, per language. */
const REUSE: RegExp[] = [
  new RegExp(`only with (?:a |an )?(?:active )?(?:hyper)?link to (?:the )?${LINKED_NAME}\\s*(?:[.;,]|$)`, 'iu'),
  new RegExp(`(?:гипер)?ссылк[аиу] на ${LINKED_NAME}\\s+обязательна`, 'iu'),
  new RegExp(`при использовании материалов (?:агентства|издания|сайта|газеты|портала) ${LINKED_NAME}\\s+(?:гипер)?ссылка`, 'iu'),
  new RegExp(`nur mit (?:Quellenangabe|Genehmigung|Verweis auf|Link zu)(?: von| der| des)? ${LINKED_NAME}\\s*(?:[.;,]|$)`, 'u'),
  new RegExp(`avec (?:un )?(?:lien|mention) (?:vers|de) ${LINKED_NAME}\\s*(?:[.;,]|$)`, 'iu'),
  new RegExp(`(?:citando|con enlace a|mencionando a) (?:la fuente )?${LINKED_NAME}\\s*(?:[.;,]|$)`, 'iu'),
];

/** The outlet a reuse notice asks readers to link or cite, or null. */
export function reuseNoticeName(line: string): string | null {
  for (const re of REUSE) {
    const m = re.exec(line);
    const name = m ? tidy(m[1]) : null;
    if (name) return name;
  }
  return null;
}
