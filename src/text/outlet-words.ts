// Words that publications are named with, per language: a header line with one is a masthead, not a topic kicker
// ("Korean Peninsula"), a place ("Нижний Новгород") or a headline. German compounds end with them
// ("Auslandsrundschau"). The clean stage keeps a masthead from being taken for the headline; the meta stage reads
// the outlet from it.
import { isOrganisationName } from './names.ts';

const WORDS: Record<string, string[]> = {
  en: [
    'news', 'newswire', 'times', 'herald', 'post', 'press', 'agency', 'journal', 'gazette', 'daily', 'tribune', 'review',
    'online', 'media', 'radio', 'tv', 'television', 'broadcasting', 'service', 'telegraph', 'observer', 'express',
    'chronicle', 'monitor', 'standard', 'mirror', 'courier', 'dispatch', 'bulletin', 'wire', 'magazine', 'weekly',
    'insider', 'reporter', 'today', 'globe', 'star', 'independent', 'digest', 'briefing', 'brief', 'notes', 'ledger',
    'sentinel', 'examiner', 'argus', 'register', 'record', 'newsletter', 'report', 'quarterly', 'network',
  ],
  ru: [
    'новости', 'вести', 'газета', 'агентство', 'вестник', 'обозреватель', 'курьер', 'известия', 'ведомости', 'правда',
    'телеграф', 'хроника', 'обозрение', 'эхо', 'голос', 'бюллетень', 'журнал', 'экспресс', 'репортёр', 'репортер',
    'дайджест', 'радио', 'телевидение', 'медиа', 'пресс', 'листок', 'неделя',
  ],
  de: [
    '\\p{L}*zeitung', '\\p{L}*rundschau', '\\p{L}*nachrichten', '\\p{L}*presse', '\\p{L}*kurier', '\\p{L}*anzeiger',
    '\\p{L}*bote', '\\p{L}*blatt', '\\p{L}*post', '\\p{L}*echo', '\\p{L}*beobachter', '\\p{L}*journal', '\\p{L}*magazin',
    '\\p{L}*dienst', '\\p{L}*agentur', '\\p{L}*depesche', '\\p{L}*merkur', '\\p{L}*spiegel', '\\p{L}*stimme',
    '\\p{L}*express', '\\p{L}*brief',
  ],
  fr: [
    'journal', 'quotidien', 'écho', 'observateur', 'courrier', 'dépêche', 'presse', 'gazette', 'nouvelles', 'messager',
    'vigie', 'éclaireur', 'matin', 'soir', 'tribune', 'hebdo', 'hebdomadaire', 'lettre', 'revue', 'magazine', 'agence',
    'moniteur', 'républicain', 'progrès', 'dépêches', 'informations', 'libre',
  ],
  es: [
    'diario', 'periódico', 'noticias', 'heraldo', 'correo', 'crónica', 'prensa', 'gaceta', 'observador', 'semanario',
    'boletín', 'agencia', 'centinela', 'tribuna', 'vanguardia', 'voz', 'eco', 'informador', 'mensajero', 'imparcial',
    'comercio', 'universal', 'nación', 'mundo', 'revista',
  ],
  ar: ['صحيفة', 'جريدة', 'وكالة', 'أخبار', 'الأخبار', 'الأنباء', 'بوابة', 'نشرة', 'مجلة', 'الإخبارية', 'الإخباري', 'قناة', 'صدى', 'موقع'],
};

/** A word that outlet names are made of, in any of the languages. */
export const OUTLET_WORD = new RegExp(`(?<!\\p{L})(?:${Object.values(WORDS).flat().join('|')})(?!\\p{L})`, 'iu');

/** A publication's name: an organisation's name with an outlet word among its words. */
export function isOutletName(text: string): boolean {
  return isOrganisationName(text) && OUTLET_WORD.test(text);
}

/** Parts of a masthead line: "Name — description", "Name | Section", "Name · date". */
const PARTS = /\s+[-–—]\s+|\s*[|·•]\s*/;
const MAX_MASTHEAD_WORDS = 12;

/** The outlet's name when a header line is a masthead ("Уральский телеграф — государственное агентство"), else null. */
export function mastheadName(line: string): string | null {
  if (line.split(/\s+/).length > MAX_MASTHEAD_WORDS) return null;
  const first = line.split(PARTS)[0].trim();
  return isOutletName(first) ? first : null;
}
