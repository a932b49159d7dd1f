// Stray page-widget words that a copy-paste picks up on lines of their own: "Advertisement", "Search", "Menu",
// "Skip to content", "Listen to this article", "Tags: …". Comment widgets have their own detector (comments.ts).
import { atMostWords } from '../../text/index.ts';
import { lineDetector } from './line-detector.ts';

const WIDGET = new RegExp(
  '^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|loading\\.*|…|print|search|menu|save|' +
    'skip to (?:main )?content|back to top|listen(?: to this article)?|font size|a\\s?a\\s?a|more|show more|load more|next|previous|' +
    'story continues below(?: advertisement)?|(?:reading time:?\\s*)?\\d+\\s*min(?:ute)?s?(?: read)?|(?:click|tap) here[^.]{0,60}|' +
    'реклама|поиск|меню|anzeige|werbung|suche|publicité|recherche|publicidad|buscar|إعلان|بحث)$',
  'iu',
);
/** Topic tag rows: "Tags: treaty, navy, ports". */
const TAGS = /^(?:tags?|topics?|keywords|теги|темы|schlagworte|mots-clés|etiquetas|temas|الكلمات المفتاحية|وسوم)\s*:/iu;
const MAX_TAG_WORDS = 20;

export const widget = lineDetector('widget', (text) => WIDGET.test(text) || (TAGS.test(text) && atMostWords(text, MAX_TAG_WORDS)));
