// A research paper's series label at its head: "Policy Brief No. 9 | June 2019", "Note de recherche n° 14/2019 —
// 12 février 2019", "Arbeitspapier Nr. 4", "Documento de trabajo 12/2020", "Аналитическая записка № 5", "ورقة سياسات
// رقم 3". The meta stage reads the document as an analysis (kind "other"), and never takes the label for its outlet.

/** Series of analysis papers, per language (lowercase regex sources). */
const LABELS: Record<string, string[]> = {
  en: ['(?:policy|issue|research|analysis|briefing|background|discussion|working|occasional) (?:brief|paper|note)', 'research report'],
  fr: ["note (?:de recherche|d['’]analyse|de synthèse|de politique|stratégique)", 'document de (?:travail|recherche)', '(?:étude|analyse)'],
  de: ['arbeitspapier', 'diskussionspapier', 'hintergrundpapier', 'kurzanalyse', 'studie', 'analyse'],
  es: ['documento de (?:trabajo|análisis|investigación)', 'nota (?:de investigación|técnica|de análisis)', 'informe de políticas', 'análisis'],
  ru: ['аналитическ(?:ая записка|ий доклад|ий обзор)', 'рабочий доклад', 'исследование', 'доклад'],
  ar: ['ورقة (?:سياسات|بحثية|عمل|تحليلية)', 'تقدير موقف', 'دراسة'],
};
/** "No. 9", "n° 14/2019", "n.º 47/2012", "Nr. 4", "núm. 3", "№ 5", "رقم 3", "12/2020". */
const NUMBER = String.raw`(?:(?:no\.?|n\.?[°º]|nr\.?|núm\.?|№|رقم|#)\s*)?[\d٠-٩]+(?:[/.-][\d٠-٩]+)*`;
/** After the label: its number, then perhaps a separator and a date or a place; or the separator alone. */
const AFTER = String.raw`(?:\s+${NUMBER})?(?:\s*[|—–]\s*[^|]{1,40})?`;
const LABEL_LINE = new RegExp(`^[*_#\\s]*(?:${Object.values(LABELS).flat().join('|')})(?!\\p{L})(${AFTER})[*_\\s]*$`, 'iu');

/** Whether a header line is a research paper's series label; a heading "Analyse" alone (no number, no date) is not. */
export function isResearchLabel(line: string): boolean {
  const m = LABEL_LINE.exec(line.trim());
  return !!m && /[\d٠-٩|—–]/u.test(m[1]);
}
