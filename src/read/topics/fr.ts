// French topic cues (see ./catalogue.ts for what each topic means).
import { fr as obligations } from '../obligations/fr.ts';
import type { RuleId } from './catalogue.ts';
import { type Cues, re } from './rule.ts';

const B = '(?<!\\p{L})';
const THREAT_OF_ATTACK = re('menace~? (?:\\S+ ){0,4}(?:agression|attaque)');
const DENIED = obligations.denials;
const WEAPONS = 'ogives|lanceurs|missiles|bombardiers|armes|armements|forces|troupes|exercices|manœuvres';
const HELP = '(?:aid~|aide~|assist~|soutien~|soutenir|secour~)';

export const fr: Partial<Record<RuleId, Cues>> = {
  principles: {
    cues: [re('non-ingérence'), re('respect mutuel'), re('principes'), re('respect (?:de|pour) (?:la|leur) (?:\\S+ )?(?:souveraineté|intégrité territoriale)')],
    with: [re('souveraineté'), re('intégrité'), re('égalité'), re('droit international'), re('respect mutuel'), re('non-ingérence')],
  },
  nonaggression: {
    cues: [
      re("menace ou (?:à )?l'emploi de la force"),
      re('non-agression'),
      re("renonc~ (?:au recours|à l['’]emploi|à l['’]usage) (?:à|de) la force"),
      re('ne pas recourir à la force'),
      re("ne pas s[’']attaquer"),
    ],
  },
  consultation: {
    cues: [re('consult~'), re('se concert~')],
    with: [re('menace'), re('danger'), re('sécurité'), re('\\b(?:lorsque|si|en cas d)\\b')],
  },
  'consultation-urgent': {
    cues: [re('consult~ (?:\\S+ ){0,2}(?:immédiatement|sans délai|sans tarder)'), re('(?:immédiatement|sans délai) (?:\\S+ ){0,2}consult~')],
  },
  defense: {
    cues: [re('agression armée'), re('attaque armée'), re('attaqué~'), re('état de guerre'), re(`${B}agression`)],
    with: [re('assistance'), re('aide'), re('secours'), re(`${B}agir`), re('défend~'), re('danger commun')],
    without: [THREAT_OF_ATTACK, ...DENIED],
  },
  'defense-named': { cues: [re('défense mutuelle'), re('défense collective'), re("repouss~ (?:\\S+ ){0,2}(?:l['’])?(?:agression|attaque)")], without: DENIED },
  'no-aid-to-aggressor': {
    // "n'aidera pas l'agresseur", "ne fournira aucune aide à l'agresseur", "ne pas prêter assistance à l’agresseur"
    cues: [re(`${B}(?:ne |n['’]|aucun~ )(?!hésit)(?:\\S+ ){0,7}\\S*?(?:agresseur|attaquant)`)],
    with: [re(HELP)],
  },
  neutrality: { cues: [re('neutralité')] },
  'no-territory-use': {
    cues: [
      re('utilis~ (?:de )?(?:son |leur )?territoire'),
      re('territoire~ (?:\\S+ ){0,4}utilisé~'),
      re('(?:empêch|interdi|préven)~ (?:\\S+ ){0,10}(?:depuis|sur|à partir de) (?:son|leur) (?:propre )?territoire'),
    ],
    with: [re('(?:état|pays|partie)s? tier~'), re('tiers'), re("contre l['’]autre"), re('hostile~'), re('séparatis~'), re('agression')],
  },
  'no-competing-commitments': {
    cues: [
      re('ne (?:pas )?(?:conclure|adhérer|signer|participer)(?: \\S+){0,5} (?:accords?|traités?|alliances?)'),
      re("(?:contracter|assumer|prendre) (?:\\S+ ){0,3}(?:d['’])?obligations (?:\\S+ ){0,3}(?:incompatibles|contraires|en conflit)"),
    ],
  },
  'other-obligations': { cues: [re("n'affecte pas les droits et obligations")] },
  'coercive-measures': { cues: [re('mesures coercitives'), re('sanctions')] },
  'joint-defense-measures': { cues: [re('capacités de défense'), re('capacités défensives')] },
  'military-cooperation': { cues: [re('coopération militaire'), re('coopération (?:en matière )?de défense'), re('industrie~ de (?:la )?défense')] },
  'joint-exercises': { cues: [re('exercices? (?:\\S+ )?conjoint~'), re('manœuvres conjointes')] },
  'information-exchange': { cues: [re("échange~? (?:\\S+ ){0,2}(?:d'informations|données)"), re("centre d'information"), re("s'informe~ mutuellement")] },
  'maritime-security': { cues: [re('sécurité de la navigation'), re('piraterie'), re('garde-côtes'), re('sécurité maritime')] },
  'security-cooperation': {
    cues: [
      re('terrorisme'),
      re('criminalité organisée'),
      re('extrémisme'),
      re('services (?:de renseignement|de sécurité|spéciaux)'),
      re('(?:contrer|lutter contre|faire face aux) (?:\\S+ ){0,2}menaces'),
    ],
  },
  'information-security': { cues: [re("sécurité de l'information"), re('cybersécurité')] },
  'status-of-forces': {
    cues: [
      re('statut (?:juridique )?des (?:forces|troupes|personnels militaires|militaires)'),
      re('forces en visite|forces de passage'),
      re('stationnement (?:\\S+ ){0,2}(?:forces|troupes)'),
    ],
  },
  'arms-limits': {
    cues: [
      re('ogives?'),
      re('lanceurs?'),
      re('bombardiers lourds'),
      re('vecteurs?'),
      re('armes? nucléaires?'),
      re('missiles? (?:\\S+ ){0,2}(?:balistiques?|stratégiques?|de croisière|intercontinentaux)'),
    ],
    with: [
      re('plafond~'),
      re('limit~'),
      re('rédui~|réduction'),
      re('ne pas dépasser|au plus|au maximum'),
      re('élimin~|détrui~|démantel~'),
      re('\\d[\\d  ]* (?:\\S+ ){0,2}(?:ogives|lanceurs|missiles)'),
    ],
  },
  'missile-defense': { cues: [re('défense antimissile~'), re('antimissiles?'), re('intercepteurs?')] },
  inspections: { cues: [re('inspection~|inspecteur~'), re('sur place')] },
  verification: { cues: [re('vérification~|vérifier'), re('moyens techniques nationaux'), re('télémétri~')] },
  'verification-notices': { cues: [re('notification~'), re('échange~? de données'), re('base de données')], with: [re(`(?:${WEAPONS})`)] },
  ceasefire: { cues: [re('cessez-le-feu'), re('trêve'), re('cessation des hostilités'), re('armistice')] },
  'withdrawal-of-forces': {
    cues: [re('retrait (?:\\S+ ){0,3}(?:troupes|forces|soldats|unités)'), re('désengagement'), re('retirer (?:\\S+ ){0,3}(?:troupes|forces)')],
  },
  'prisoner-exchange': { cues: [re('échange~? (?:\\S+ ){0,3}(?:prisonniers|détenus|otages)'), re('libération (?:\\S+ ){0,3}(?:prisonniers|détenus|otages)')] },
  borders: {
    cues: [
      re('délimitation'),
      re('démarcation'),
      re('tracé de la frontière'),
      re('inviolabilité des frontières'),
      re('(?:reconna~|respect~) (?:\\S+ ){0,3}frontières'),
      re('frontières? (?:internationale|permanente|commune)~'),
    ],
    without: [re("(?:retir~|repli~) (?:\\S+ ){0,12}(?:derrière|jusqu['’]à) (?:la )?(?:\\S+ )?(?:frontière|ligne)s?(?: \\S+)?")],
  },
  'diplomatic-relations': {
    cues: [
      re('relations diplomatiques'),
      re('normalisation (?:\\S+ ){0,2}relations'),
      re('(?:ouvr~|établi~) (?:\\S+ ){0,3}ambassades?'),
      re("échange~? d['’]ambassadeurs"),
    ],
  },
  'market-access': {
    cues: [
      re('accès aux? marchés?'),
      re('(?:suppression|élimination|réduction|baisse|démantèlement) (?:\\S+ ){0,3}(?:droits de douane|tarifs douaniers|tarifaire~)'),
      re('(?:droits de douane|tarifs douaniers) (?:\\S+ ){0,5}(?:supprimé~|élimin~|rédui~|abaiss~)'),
      re('en franchise de droits'),
      re('démantèlement tarifaire'),
    ],
  },
  'rules-of-origin': { cues: [re("règles d['’]origine"), re('produits originaires'), re("certificat~ d['’]origine")] },
  trade: { cues: [re('\\bcommerc~'), re('droits de douane'), re('\\b(?:importations?|exportations?)\\b')] },
  'economic-cooperation': { cues: [re('commerc~'), re('économique'), re('investissement~'), re('pêche')] },
  'humanitarian-cooperation': { cues: [re('éducation'), re('santé'), re('culture'), re('tourisme')] },
  energy: { cues: [re('énergie~|énergétique~'), re('pétrole'), re('gaz naturel|gazoduc~|oléoduc~'), re('électricité'), re('nucléaire civil')] },
  transport: { cues: [re('transport~'), re('\\btransit\\b'), re('ferroviaire~'), re('navigation intérieure'), re('services aériens')] },
  'protected-areas': { cues: [re('aires? (?:marines? )?protégées?'), re('zones? (?:marines? )?protégées?'), re('réserves? marines?')] },
  'impact-assessment': { cues: [re("études? d['’]impact"), re("évaluations? (?:\\S+ ){0,2}(?:de l['’]|des )?impacts?"), re('évaluation environnementale')] },
  environment: { cues: [re('pollution'), re("protection de l'environnement"), re('environnemental~'), re('biodiversité|diversité biologique')] },
  'benefit-sharing': { cues: [re('partage (?:juste et équitable )?des avantages'), re('ressources génétiques')] },
  'capacity-building': { cues: [re('renforcement des capacités'), re('transfert~? (?:\\S+ ){0,2}technologi~')] },
  'resource-sharing': {
    cues: [
      re('partage~? (?:\\S+ ){0,4}(?:eaux|débit|ressources?)'),
      re('prélèvement~'),
      re('débit (?:minimum|minimal|réservé)'),
      re('\\bquota~'),
      re('répartition (?:\\S+ ){0,3}(?:eaux|débit|ressources?)'),
    ],
  },
  mitigation: {
    cues: [
      re('émissions (?:\\S+ ){0,3}(?:rédui~|réduction|limit~|baiss~)'),
      re('(?:réduction|limitation|baisse) (?:\\S+ ){0,3}émissions'),
      re('contributions? déterminées? au niveau national'),
      re('atténuation'),
    ],
  },
  adaptation: { cues: [re('adaptation aux? (?:\\S+ ){0,2}(?:changements? climatiques?|effets)')] },
  finance: { cues: [re('ressources financières'), re('financement climatique'), re('mécanisme financier'), re('soutien financier')] },
  transparency: { cues: [re('transparence')] },
  purpose: {
    cues: [
      re("objectif~? (?:du présent|de l['’]|de cet|de ce) (?:accord|traité|convention)"),
      re('objectif général'),
      re('(?:accord|traité|convention) vise à'),
    ],
  },
  'planned-measures': { cues: [re('mesures projetées'), re('projet~ (?:\\S+ ){0,3}(?:barrage|ouvrage)~')] },
  institutions: {
    cues: [
      re('(?:institu~|crée~?|créent|établi~) (?:\\S+ ){0,5}(?:commission|comité|conseil)'),
      re('(?:commission|comité) (?:\\S+ ){0,4}(?:composée?|a son siège)'),
      re('conférence des parties'),
    ],
  },
  'dispute-settlement': { cues: [re('différends? (?:\\S+ ){0,4}interprétation'), re('règlement des (?:différends|litiges)'), re('arbitrage')] },
  amendment: {
    cues: [
      re('(?:peut|peuvent) être (?:amendé|modifié)~'),
      re('amendements? (?:au|à ce|à la|à cette) (?:traité|accord|convention|protocole)'),
      re("(?:proposer des|procédure d['’]|conférence d['’])amendements?"),
    ],
  },
  'entry-into-force': {
    cues: [re('entre~ en vigueur'), re('entrée en vigueur'), re('soumis à ratification'), re('prend~ effet'), re('échange des instruments')],
    without: [re("(?:dès|à compter de|après) (?:la date d['’])?(?:son |l['’])entrée en vigueur")],
  },
  duration: { cues: [re('durée'), re('indéterminée'), re('reconduit~|reconduction'), re('dénonc~'), re('résili~'), re('prend~ fin')] },
  signature: { cues: [re('ouvert~ à la signature')] },
  withdrawal: {
    cues: [
      re("(?:se retir~|retrait) (?:du|de l['’]) (?:présent )?(?:traité|accord|convention)"),
      re('notifi~ (?:son |sa )?retrait'),
      // Told by its notice: "s'en retirer par notification", "le retrait prend effet", "devenu effectif au terme du préavis".
      re("s['’]en retirer"),
      re('retrait (?:\\S+ ){0,3}(?:prend~ effet|prendra effet|effectif)'),
    ],
  },
  supersedes: { cues: [re('remplace~'), re("cesse~ d'avoir effet")] },
  'maritime-boundary': { cues: [re('frontière~? maritime~'), re('délimitation maritime'), re('plateau continental'), re('zones? économiques? exclusives?')] },
  'holy-sites': { cues: [re('lieux saints'), re('sites? sacrés?')] },
  water: { cues: [re('\\b(?:eau|eaux)\\b'), re('fleuves?'), re('nappes?')], without: [re('eaux territoriales')] },
  'water-allocation': { cues: [re("allocations? d['’]eau"), re('(?:partage|répartition) des eaux'), re('répartit~ les eaux')] },
  definitions: { cues: [re('définitions'), re('aux fins du présent')] },
  'victim-assistance': { cues: [re('(?:assister|aider|aide aux|assistance aux) (?:\\S+ ){0,2}victimes')] },
  'environmental-remediation': { cues: [re('décontamin~'), re('dépollu~'), re('remise en état')] },
  'meetings-of-states-parties': { cues: [re('réunions? des états parties'), re("conférences? d['’]examen")] },
  registration: { cues: [re('enregistré~ (?:\\S+ ){0,3}secrétariat'), re('article 102 de la charte')], weak: [re('dépositaire')] },
  'final-clauses': { cues: [re('fait à '), re('font également foi'), re('en deux exemplaires')] },
  'security-arrangements': {
    cues: [
      re('(?:arrangements|dispositions|mesures) de sécurité'),
      re('zones? (?:où les forces (?:\\S+ )?sont limitées|à forces limitées|démilitarisée~|tampon)'),
      re("forces (?:\\S+ ){0,2}(?:des nations unies|de l[’']onu|multinationales)"),
      re("observateurs (?:\\S+ ){0,2}(?:des nations unies|de l[’']onu)"),
    ],
  },
  navigation: {
    cues: [
      re('libre (?:passage|transit|navigation)'),
      re('liberté de (?:navigation|passage)'),
      re('droit de (?:\\S+ ){0,2}passage'),
      re("voies? (?:d[’']eau|navigables?|maritimes?) internationale~"),
    ],
  },
  organization: {
    cues: [
      re("(?:institu~|crée~?|créent|établi~) (?:\\S+ ){0,6}(?:l['’])?organisation"),
      re('organisation (?:\\S+ ){0,3}(?:est|sera) (?:créée|instituée|établie)'),
    ],
  },
};
