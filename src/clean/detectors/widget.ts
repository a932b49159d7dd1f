// Stray page-widget words that a copy-paste picks up on lines of their own: "Advertisement", "Search", "Menu",
// "Skip to content", "Listen to this article", "Tags: …". Comment widgets have their own detector (comments.ts).
import { atMostWords } from '../../text/index.ts';
import { lineDetector } from './line-detector.ts';

const WIDGET = new RegExp(
  '^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|loading\\.*|…|print|search|menu|save|' +
    'skip to (?:main )?content|back to top|listen(?: to this article)?|font size|a\\s?a\\s?a|more|show more|load more|next|previous|' +
    'story continues below(?: advertisement)?|(?:reading time:?\\s*)?\\d+\\s*min(?:ute)?s?(?: read)?|(?:click|tap) here[^.]{0,60}|' +
    'реклама|поиск|меню|anzeige|werbung|suche|publicité|recherche|publicidad|buscar|إعلان|بحث|' +
    // links back to the site's front page
    "back to (?:the )?home(?:page)?|zur(?:ück zur)? startseite|retour (?:à|a) l[’']accueil|volver a (?:la portada|(?:la página de )?inicio)|на главную|العودة (?:إلى|الى) الرئيسية)$",
  'iu',
);
/** Topic tag rows and a blog's category line: "Tags: treaty, navy, ports", "Filed under: Treaties", "Рубрика: Политика". */
const TAGS = new RegExp(
  [
    '^(?:tags?|topics?|keywords|filed under|posted in|categor(?:y|ies)',
    'теги|темы|метки|рубрик[аи]',
    'schlagworte|schlagwörter|kategorien?',
    'mots-clés|catégories?|classé dans|rubriques?',
    'etiquetas|temas|archivado en|categorías?',
    'الكلمات المفتاحية|وسوم|الوسوم|تصنيفات?)\\s*:',
  ].join('|'),
  'iu',
);
/** A typo-report prompt names the keys to press: "Spotted a typo? Select it and press Ctrl+Enter". */
const TYPO_KEYS = /(?:ctrl|strg)\s*\+\s*enter/iu;
const MAX_TYPO_WORDS = 25;
const MAX_TAG_WORDS = 20;

export const widget = lineDetector(
  'widget',
  (text) => WIDGET.test(text) || (TAGS.test(text) && atMostWords(text, MAX_TAG_WORDS)) || (TYPO_KEYS.test(text) && atMostWords(text, MAX_TYPO_WORDS)),
);
