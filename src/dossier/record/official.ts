// Parses the official text of the agreement (a document of kind `official`): its title line, its articles
// ("Article N" heading to the next heading) and its closing formula ("Done at PLACE on DATE").
import type { DocumentRecord } from '../../types.ts';
import { textTopics } from '../articles/topics.ts';
import type { OfficialArticle, OfficialText } from './types.ts';

/** An article heading on its own line: "Article 5", "ARTICLE V", "Article 5. Mutual assistance", "Статья 5", "Artikel 5", "Article premier". */
const ARTICLE_HEADING = /^[ \t]*(?:Article|ARTICLE|Статья|СТАТЬЯ|Artikel|ARTIKEL|Art\.)[ \t]+(\d{1,3}|[IVXLC]{1,7}|premier|первая)\b\.?[ \t]*(?:[-–—:.][ \t]*)?([^\n]{0,80})$/gmu;
/** The closing formula that follows the last article. */
const CLOSING = /^[ \t]*(?:Done|Signed|Совершено|Подписано|Geschehen|Unterzeichnet|Fait)\b[^\n]*/mu;
/** A title line: the first line naming an agreement. */
const TITLE_LINE = /^(?:[^\n]*\b)?(?:TREATY|AGREEMENT|CONVENTION|PACT|PROTOCOL|ДОГОВОР|СОГЛАШЕНИЕ|VERTRAG|ABKOMMEN|TRAITÉ|ACCORD)\b[^\n]*$/iu;

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
    const parsed = parseOfficialBody(doc.id, doc.body);
    if (parsed.articles.length) return parsed;
  }
  return null;
}

export function parseOfficialBody(docId: string, body: string): OfficialText {
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
  const firstLine = body.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return {
    doc: docId,
    title: TITLE_LINE.test(firstLine) ? firstLine : null,
    articles,
    closing: closingMatch ? closingMatch[0].trim() : null,
  };
}
