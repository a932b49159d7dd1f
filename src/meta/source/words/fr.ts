import type { SourceWords } from './types.ts';

export const fr: SourceWords = {
  stateMedia: [
    "agence (?:de presse |d['’]information )?(?:officielle|nationale|d['’]état|gouvernementale)",
    "(?:télévision|radio|chaîne|média) (?:publique?|d['’]état)",
    'agence de presse officielle',
    "(?:radio|télévision|chaîne) internationale (?:publique|d['’]état)",
    "financée? par l['’]état",
    "financée? sur (?:le )?budget de l['’]état",
  ],
  agency: ['agence de presse', "agence d['’]information", 'agence'],
  wire: ["fil d[e’'] ?(?:info|dépêches)", 'service de presse'],
  research: ['institut', 'fondation', "centre d['’](?:études|analyse|recherche)", 'observatoire', 'think[- ]tank', 'recherche'],
  bulletin: ['lettre', 'bulletin', 'notes?', 'veille', 'analyses?'],
  researchNote: [
    "est une? (?:[\\p{L}'’-]+ ){0,3}(?:lettre|bulletin|note|newsletter)",
    'est une? (?:association|ong|organisation non gouvernementale|coalition|fondation|réseau)',
  ],
  publishedBy: ['est (?:publiée?|éditée?|produite?) par ([^.]{3,80})'],
  government: [
    'ministère (?:de|des|du)',
    "présidence de (?:la république|l['’]|la )",
    'gouvernement (?:de|du|des)',
    'ambassade (?:de|du|des)',
    'élysée',
    'matignon',
  ],
  intergovernmental: [
    'nations unies',
    'organisation (?:mondiale|internationale|des nations unies|des états américains|de la coopération islamique)',
    'commission européenne',
    "commission de l['’]union africaine",
    "conseil de l['’]europe",
    'ligue arabe',
  ],
  legislature: ['parlement', 'assemblée nationale', 'sénat'],
  civic: ['coalition', 'observatoire', 'collectif', 'réseau pour', 'organisations? non gouvernementales?'],
  nationalSections: ['national', 'régions', 'provinces', 'présidence', 'gouvernement'],
  wireCredit: ['rédigé par', 'édité par', 'édition :'],
  syndicationCredit: ['avec (?:afp|agences|reuters|ap)$', 'avec les agences'],
  paywall: ['articles? gratuits?', 'déjà abonné', 'commentaires sont réservés', '\\d+ commentaires', 'article (?:vous est )?offert'],
  editorial: ['rédacteur en chef', 'directeur de (?:la )?publication'],
};
