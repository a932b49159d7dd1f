// Parses the official text of the agreement (a document of kind `official`): its title line, its articles
// ("Article N" heading to the next heading) and its closing formula ("Done at PLACE on DATE").
import type { DocumentRecord } from '../../types.ts';
import { textTopics } from '../articles/topics.ts';
import { isUpper } from './text.ts';
import type { OfficialArticle, OfficialText } from './types.ts';

/** An article heading on its own line: "Article 5", "ARTICLE V", "Article 5. Mutual assistance", "Статья 5", "Artikel 5", "Article premier". */
const ARTICLE_HEADING =
  /^[ \t]*(?:Article|ARTICLE|Статья|СТАТЬЯ|Artikel|ARTIKEL|Art\.)[ \t]+(\d{1,3}|[IVXLC]{1,7}|premier|первая)\b\.?[ \t]*(?:[-–—:.][ \t]*)?([^\n]{0,80})$/gmu;
/** The closing formula that follows the last article. */
const CLOSING = /^[ \t]*(?:Done|Signed|Совершено|Подписано|Geschehen|Unterzeichnet|Fait)\b[^\n]*/mu;
/** A title line: the first line naming an agreement. */
const TITLE_LINE = /^(?:[^\n]*\b)?(?:TREATY|AGREEMENT|CONVENTION|PACT|PROTOCOL|ДОГОВОР|СОГЛАШЕНИЕ|VERTRAG|ABKOMMEN|TRAITÉ|ACCORD)\b[^\n]*$/iu;

/** A line that opens with the agreement noun ("Treaty between …", "Договор о …"). */
const TITLE_START =
  /^(?:the |le |la |l'|der |das |die )?(?:treaty|agreement|convention|pact|protocol|договор|соглашение|vertrag|abkommen|übereinkommen|traité|accord|convention)\b/iu;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += v < (ROMAN[s[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}
const headingNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : /^(?:premier|первая)$/i.test(s) ? 1 : romanValue(s));

/** The official text among the documents: the first document of kind `official` that has article headings. */
export function parseOfficial(docs: DocumentRecord[]): OfficialText | null {
  for (const doc of docs) {
    if (doc.kind !== 'official' || doc.near_duplicate_of) continue;
    const parsed = parseOfficialBody(doc.id, doc.body, doc.title);
    if (parsed.articles.length) return parsed;
  }
  return null;
}

/** `metaTitle`: the document's title from the meta stage (the instrument's title line when it found one). */
export function parseOfficialBody(docId: string, body: string, metaTitle?: string | null): OfficialText {
  const closingMatch = CLOSING.exec(body);
  const closingAt = closingMatch?.index ?? body.length;
  const headings = [...body.matchAll(ARTICLE_HEADING)].filter((m) => m.index! < closingAt);
  const articles: OfficialArticle[] = [];
  headings.forEach((h, i) => {
    const number = headingNumber(h[1]);
    const textStart = h.index! + h[0].length - h[2].length;
    const textEnd = i + 1 < headings.length ? headings[i + 1].index! : closingAt;
    const raw = body.slice(textStart, textEnd);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text || articles.some((a) => a.number === number)) return;
    articles.push({ number, text, start: textStart + lead, end: textStart + lead + text.length, headingStart: h.index!, topics: textTopics(text) });
  });
  // The title line: the meta title when it names an agreement, else the first line before Article 1 that does
  // (a site banner or a translation note may come first).
  const preamble = body
    .slice(0, headings[0]?.index ?? closingAt)
    .split('\n')
    .map((l) => l.trim());
  // A preamble line that only mentions an agreement ("Recalling the Agreement on …") is no title: a body line
  // counts when written in capitals or opening with the agreement noun.
  const titleLike = (l: string) => l.length <= 300 && TITLE_LINE.test(l);
  const bodyTitle = preamble.find((l) => titleLike(l) && (isUpper(l) || TITLE_START.test(l)));
  const title = (metaTitle && titleLike(metaTitle.trim()) ? metaTitle.trim() : bodyTitle) ?? null;
  return {
    doc: docId,
    title,
    articles,
    closing: closingMatch ? closingMatch[0].trim() : null,
  };
}
