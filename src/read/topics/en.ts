// English topic cues (see ./catalogue.ts for what each topic means).
import { en as obligations } from '../obligations/en.ts';
import type { RuleId } from './catalogue.ts';
import { type Cues, re } from './rule.ts';

/** "threat of an act of armed aggression" announces consultations, not the attack that triggers defense. */
const THREAT_OF_ATTACK = re('threat~ of (?:\\S+ ){0,4}(?:aggression|attack|invasion)');
/** "It does not contain a mutual defence clause" names the clause to say it is not there. */
const DENIED = obligations.denials;
const WEAPONS = 'warheads?|launchers?|missiles?|bombers?|weapons?|arms|armaments?|(?:military|armed) (?:forces|exercises|activities)|troop movements?';

export const en: Partial<Record<RuleId, Cues>> = {
  principles: {
    cues: [
      re('non-?interference'),
      re('non-?intervention'),
      re('mutual respect'),
      re('principles? of'),
      re('peaceful coexistence'),
      re('sovereign equality'),
      re('respect~ (?:for )?(?:\\S+ ){0,3}(?:sovereignty|territorial integrity)'),
    ],
    // Principles named as a known set ("the Five Principles of Peaceful Coexistence") need no other word.
    with: [
      re('sovereign'),
      re('territorial integrity'),
      re('equality'),
      re('international law'),
      re('mutual respect'),
      re('non-?interference'),
      re('peaceful coexistence'),
    ],
  },
  nonaggression: {
    cues: [
      re('threat or use of (?:armed )?force'),
      re('refrain~? from (?:the )?(?:use of )?(?:armed )?force'),
      re('(?:not|never) (?:to )?attack (?:each other|one another)'),
      re('(?:not|never) (?:to )?(?:use|resort to) (?:armed )?force against (?:each other|one another|the other)'),
      re('renounc~ (?:the )?(?:use|threat) of force'),
      // "ensure that acts or threats of belligerency, hostility or violence do not occur"
      re('(?:acts?|threats?) (?:or (?:acts?|threats?) )?of (?:\\S+ )?belligeren~'),
      re('refrain~? from (?:\\S+ ){0,4}(?:belligeren~|hostilit~)'),
      // "rules out the use of force or the threat of force between them"
      re('(?:use|threat) of (?:armed )?force (?:or (?:the )?(?:use|threat) of (?:armed )?force )?(?:between|against) (?:them|each other|one another|the two)'),
    ],
    // ATOP's non-aggression is a commitment to refrain from force against each other. The bare word listed among
    // principles ("mutual respect for sovereignty, non-aggression on territory, …") names a principle of
    // relations, not that commitment: it counts only when the sentence says nothing else.
    weak: [re('non-?aggression')],
  },
  consultation: {
    cues: [re('consult~'), re('communication channels'), re('bilateral channels'), re('bilateral negotiations')],
    // A threat, or any trigger condition: "when the flow remains below …, the Parties shall hold consultations"
    // is the same kind of clause whatever its subject.
    with: [re('threat'), re('aggression'), re('attack'), re('danger'), re('security'), re('\\b(?:when|if|in the event|in case)\\b')],
  },
  'consultation-urgent': {
    cues: [
      re('consult~ (?:\\S+ ){0,3}(?:immediately|without delay|urgently|at once)'),
      re('(?:immediately|urgently) (?:\\S+ ){0,2}consult~'),
      re('(?:immediately|urgently) activate (?:\\S+ ){0,3}channels'),
    ],
  },
  defense: {
    cues: [
      re('armed attack'),
      re('attacks? against'),
      re('attacked'),
      re('attack on one'),
      re('state of war'),
      re('armed invasion'),
      re('invaded'),
      re('comes? under (?:an )?(?:armed )?attack'),
      re('(?:act of )?aggression against'),
      re('(?:subject~ to|victim of|fac~|suffer~) (?:an? )?(?:act of )?(?:armed )?(?:aggression|attack|invasion)'),
    ],
    with: [
      re('assist~'),
      re('\\baid\\b'),
      re('help'),
      re('attack on both'),
      re('mutual defen[cs]e'),
      re('come to (?:\\S+ ){0,2}defen[cs]e'),
      // the formula of the Pacific and Atlantic alliances: "declares that it would act to meet the common danger"
      re('act~? to meet'),
      re('common danger'),
      re('take~? (?:such )?action'),
      re('defend~'),
    ],
    without: [THREAT_OF_ATTACK, ...DENIED],
  },
  'defense-named': {
    cues: [
      re('(?:mutual|collective) defen[cs]e'),
      re('mutual (?:military )?assistance in the event of (?:a )?war'),
      re('(?:jointly |together )?repel~ (?:\\S+ ){0,3}(?:aggression|attack)'),
      re('defend (?:each other|one another)'),
      re('attack on (?:one|either) (?:\\S+ ){0,5}attack on (?:both|all|the other)'),
    ],
    without: DENIED,
  },
  'no-aid-to-aggressor': {
    cues: [
      // "does not oblige either side to help against an aggressor" denies a defence clause instead.
      re(
        '\\b(?:not|no|never|neither|nor|refrain~ from)\\b (?!(?:oblig|requir|commit|bind|force)~)(?:\\S+ ){0,6}(?:help|aid|assist|support|abet)~ (?:\\S+ ){0,5}(?:aggressor|attacker|attacking (?:state|party|country|power|side))',
      ),
      re('(?:aggressor|attacker) (?:\\S+ ){0,3}(?:no|not|never|nor)\\b (?:\\S+ ){0,3}(?:help|aid|assist|support)~'),
    ],
  },
  neutrality: {
    cues: [re('neutral~')],
    // A neutral person or place settles or hosts, it stays out of no war: "a neutral expert", "a neutral venue".
    without: [re('neutral (?:expert|arbit~|tribunal|court|panel|umpire|chair~|mediator|observer|venue|ground|location|site|facilitator|third)~')],
  },
  'no-territory-use': {
    cues: [
      re('\\b(?:use|used|using) (?:of )?(?:its |their )?(?:own )?territor~'),
      re('territor~(?:,? \\S+){0,4} (?:to be |being )?used'),
      // "prevent any hostile activity against the other from its territory"
      re('(?:prevent|stop|bar|prohibit)~ (?:\\S+ ){0,10}(?:from|on|in|within) (?:its|their) (?:own )?territor~'),
      // "ensure that acts of belligerency do not originate from its territory"
      re('(?:originat~|emanat~|launch~|proceed~) (?:\\S+ ){0,3}from (?:within )?(?:its|their|the other~?s?) (?:own )?territor~'),
    ],
    // Used by a third state, or against the other party: "for separatist or hostile activity against the other".
    with: [
      re('third (?:state|country|countr~|part~|power)'),
      re('against (?:the other|either|one another|each other)'),
      re('hostile'),
      re('separatis~'),
      re('aggress~'),
      re('attack~'),
      re('threat~'),
      re('subversi~'),
      re('belligeren~'),
      re('hostilit~'),
      re('violence'),
    ],
  },
  'no-competing-commitments': {
    cues: [
      re(
        '(?:not|never|refrain from) (?:to )?(?:sign~|enter~|conclud~|join~|participat~)(?: into| in)? (?:\\S+ ){0,5}(?:agreements?|treat~|alliances?|blocs?|coalitions?)',
      ),
      // Taking on obligations that would conflict with the treaty: "assuming international obligations that conflict with it".
      re(
        '(?:assum~|undertak~|enter~ into|tak~ on|incur~) (?:\\S+ ){0,3}(?:obligations|commitments) (?:\\S+ ){0,3}(?:conflict~|inconsistent|incompatible) with',
      ),
    ],
  },
  'other-obligations': {
    cues: [re('(?:does|shall) not affect (?:the )?(?:rights and )?obligations'), re('without prejudice to (?:the )?(?:rights and )?obligations')],
  },
  'coercive-measures': { cues: [re('unilateral (?:coercive|restrictive|compulsory) measures'), re('coercive measures'), re('sanctions')] },
  'joint-defense-measures': { cues: [re('defen[cs]e capa~'), re('joint (?:measures|actions) to strengthen'), re('joint defen[cs]e measures')] },
  'military-cooperation': {
    cues: [
      re('military(?:-technical)? cooperation'),
      re('defen[cs]e cooperation'),
      re('defen[cs]e industr~'),
      re('arms (?:supplies|deliveries|transfers)'),
      re('military training'),
    ],
  },
  'joint-exercises': { cues: [re('joint (?:\\S+ )?(?:exercises?|drills?|manoeuvres|maneuvers)')] },
  'information-exchange': {
    cues: [
      re('exchange (?:of )?information'),
      re('(?:share|exchange) (?:\\S+ ){0,3}data'),
      re('inform each other'),
      re('information cent(?:re|er)'),
      re('intelligence sharing'),
    ],
  },
  'maritime-security': {
    cues: [re('safety of navigation'), re('navigation safety'), re('piracy'), re('coast ?guard'), re('maritime security'), re('freedom of navigation')],
  },
  'security-cooperation': {
    cues: [
      re('terroris~'),
      re('organi[sz]ed crime'),
      re('extremism'),
      re('cooperat~ (?:in|on) (?:the (?:area|field)s? of )?security'),
      re('(?:intelligence|security|special) (?:services|agencies)'),
      re('counter~ (?:\\S+ ){0,3}(?:threats|terroris~|extremis~|crime|separatis~)'),
    ],
  },
  'information-security': { cues: [re('information security'), re('cyber ?security'), re('information and communication~ technolog~'), re('disinformation')] },
  'status-of-forces': {
    cues: [
      re('status of (?:\\S+ ){0,2}(?:forces|troops|military personnel)'),
      re('visiting (?:forces|troops|personnel)'),
      re('(?:forces|troops|personnel|soldiers) (?:\\S+ ){0,3}visiting'),
      re('legal status of (?:\\S+ ){0,3}(?:troops|forces|soldiers|personnel)'),
      re('\\bsofa\\b'),
      re('reciprocal access'),
      re('(?:jurisdiction over|crimes committed by) (?:\\S+ ){0,3}(?:personnel|members of|troops|forces|soldiers|servicemembers)'),
      re('stationing of (?:\\S+ ){0,2}(?:forces|troops)'),
    ],
  },
  'arms-limits': {
    cues: [
      re('warheads?'),
      re('launchers?'),
      re('\\b(?:icbm|slbm|irbm)s?\\b'),
      re('heavy bombers?'),
      re('delivery vehicles?'),
      re('(?:nuclear|strategic|intermediate-range|short-range|ballistic|cruise) (?:\\S+ ){0,2}(?:missiles?|weapons?|arms)'),
    ],
    // A ceiling or a cut; a count of weapons is their ceiling ("1,550 deployed warheads").
    with: [
      re('limit~'),
      re('ceiling~'),
      re('reduc~'),
      re('\\bcap(?:s|ped|ping)?\\b'),
      re('exceed~'),
      re('(?:no|not) more than|at most'),
      re('eliminat~|destr~|dismantl~'),
      re('\\d[\\d,]* (?:\\S+ ){0,2}(?:warheads|launchers|bombers|missiles|icbms|slbms)'),
    ],
  },
  'missile-defense': { cues: [re('missile defen[cs]e'), re('anti-?ballistic'), re('\\babm\\b'), re('interceptors?')] },
  inspections: { cues: [re('inspect~'), re('on-site')] },
  verification: {
    cues: [
      re('verif~'),
      re('national technical means'),
      re('telemetr~'),
      re('monitor~ (?:\\S+ ){0,3}compliance'),
      // A treaty's own network of stations: "the International Monitoring System".
      re('monitoring (?:system|network|regime|stations?)'),
    ],
    // Reporting's "could not be independently verified" is about the news, not the treaty.
    without: [re("(?:could|can|was|were|has|have)(?:n't| not) (?:\\S+ ){0,2}verif~|independently verif~|unverified")],
  },
  'verification-notices': {
    cues: [re('notif~'), re('data (?:exchange|base)'), re('exchange~ (?:of )?data'), re('database')],
    with: [re(`\\b(?:${WEAPONS})\\b`)],
  },
  ceasefire: {
    cues: [
      re('cease-?fire'),
      re('cessation of (?:all )?hostilities'),
      re('\\btruce\\b'),
      re('armistice'),
      re('(?:halt|stop|end|cease)~ (?:all )?(?:\\S+ ){0,2}(?:hostilities|fighting|military operations)'),
    ],
  },
  'withdrawal-of-forces': {
    cues: [
      re('withdraw~ (?:\\S+ ){0,4}(?:troops|forces|soldiers|units|contingents?)'),
      re('(?:troops|forces|soldiers|units) (?:\\S+ ){0,4}(?:withdraw~|pull~ (?:back|out))'),
      re('pull~ (?:back|out) (?:\\S+ ){0,3}(?:troops|forces)'),
      re('disengage~'),
    ],
  },
  'prisoner-exchange': {
    cues: [
      re('(?:exchange|release|swap|return|repatriat)~ (?:\\S+ ){0,4}(?:prisoners|detainees|captives|pows|hostages)'),
      re('(?:prisoner|pow|detainee|hostage)s? (?:\\S+ ){0,2}(?:exchange|swap|release)~'),
      re('all-for-all'),
    ],
  },
  borders: {
    cues: [
      re('demarcat~'),
      re('delimit~'),
      re('inviolability of (?:\\S+ ){0,2}(?:borders|boundaries|frontiers)'),
      re('(?:recogni[sz]e|respect)~? (?:\\S+ ){0,3}(?:borders|boundaries|frontiers)'),
      re('(?:state|international|maritime|land) (?:border|boundary|frontier)'),
      re('(?:border|boundary) line'),
      re('permanent (?:border|boundary|frontier)'),
    ],
    // Forces withdrawn behind a line name it as where they go, not as the clause's subject.
    without: [re('(?:withdraw~|pull~ back|retreat~|redeploy~) (?:\\S+ ){0,12}(?:behind|to|beyond) (?:the )?(?:\\S+ )?(?:border|boundary|frontier|line)s?')],
  },
  'maritime-boundary': {
    cues: [
      re('maritime (?:border|boundary|boundaries|frontier|delimitation)'),
      re('sea (?:border|boundary)'),
      re('continental shelf'),
      re('exclusive economic zones?'),
      re('territorial (?:sea|waters) (?:\\S+ ){0,3}(?:delimit~|boundary|line)'),
    ],
  },
  'holy-sites': { cues: [re('holy (?:sites?|places?|shrines?)'), re('(?:sacred|religious) (?:sites|places|shrines)'), re('\\bshrines\\b')] },
  'diplomatic-relations': {
    cues: [
      re('diplomatic (?:relations|ties)'),
      re('normali[sz]~ (?:of )?(?:\\S+ ){0,2}(?:relations|ties)'),
      re('(?:establish|open|reopen)~ (?:\\S+ ){0,3}(?:embass~|diplomatic missions?|consulates?)'),
      re('exchange~ (?:of )?(?:\\S+ )?ambassadors'),
      re('recogni[sz]e~ (?:each other|one another)'),
    ],
  },
  'market-access': {
    cues: [
      re('market access|access to (?:\\S+ ){0,2}markets?'),
      re('(?:eliminat|remov|abolish|cut|reduc|lower|slash|phas)~ (?:\\S+ ){0,4}(?:tariffs|duties|tariff lines)'),
      re('tariffs? (?:\\S+ ){0,6}(?:eliminat|remov|abolish|cut|reduc|lower|phas)~'),
      re('duty-free|tariff-free|zero tariffs?'),
    ],
  },
  'rules-of-origin': {
    cues: [re('rules? of origin'), re('originating (?:goods|products)'), re('(?:certificates?|proof) of origin'), re('regional value content')],
  },
  trade: { cues: [re('\\btrade\\b'), re('tariff~'), re('customs dut~'), re('\\b(?:imports?|exports?)\\b'), re('most-favou?red-nation')] },
  'economic-cooperation': {
    cues: [re('\\btrade\\b'), re('econom~'), re('invest~'), re('fisher~'), re('shipbuilding'), re('access to (?:\\S+ ){0,2}ports')],
  },
  'humanitarian-cooperation': {
    cues: [re('\\beducation'), re('healthcare|public health'), re('\\bculture'), re('tourism'), re('science and technology'), re('environment~ protection')],
  },
  energy: {
    cues: [
      re('\\benergy\\b'),
      re('\\b(?:oil|gas|lng|coal|uranium)\\b(?<!greenhouse gas)'),
      re('pipelines?'),
      re('electricity'),
      re('power (?:grid|plants?|supplies)'),
      re('nuclear (?:power|energy)'),
      re('renewable~'),
      re('hydropower|hydroelectric~'),
    ],
  },
  transport: {
    cues: [
      re('transport~'),
      re('\\btransit\\b'),
      re('railway~|rail (?:link|line|connection)~'),
      re('air (?:services|traffic|links?)'),
      re('inland navigation'),
      re('motorway~|highway~'),
    ],
  },
  'protected-areas': { cues: [re('protected areas?'), re('marine reserves?'), re('area-based management'), re('no-take'), re('sanctuar~')] },
  'impact-assessment': { cues: [re('impact assessments?'), re('assess~ (?:\\S+ ){0,4}impacts?'), re('\\beias?\\b')] },
  environment: {
    cues: [re('pollut~'), re('protection of the (?:\\S+ )?environment'), re('environment~ (?:protection|impact)'), re('biodiversity'), re('ecosystem~')],
  },
  'benefit-sharing': {
    cues: [
      re('benefit-?sharing'),
      re('shar~ (?:\\S+ ){0,4}benefits'),
      re('benefits (?:\\S+ ){0,5}shared'),
      re('genetic resources'),
      re('digital sequence information'),
    ],
  },
  'capacity-building': { cues: [re('capacity[- ]building'), re('(?:transfer of|transferring) (?:\\S+ ){0,2}technolog~'), re('technology transfer')] },
  water: {
    cues: [re('\\bwater\\b'), re('\\b(?:rivers|groundwater|aquifers?)\\b')],
    // Waters as a sea zone are the boundary's, not water as a resource.
    without: [re('(?:territorial|internal|coastal|international|archipelagic|its|their) waters')],
  },
  'water-allocation': {
    cues: [
      re('allocations? (?:of (?:the )?)?(?:\\S+ ){0,2}waters?'),
      re('water allocations?'),
      re('(?:use|share|shares|sharing) of the (?:\\S+ ){0,2}(?:waters|rivers)'),
      re('(?:unrestricted|exclusive) use of (?:\\S+ ){0,3}(?:rivers|waters)'),
      re('rivers?,? (?:\\S+ ){0,8}flow to'),
    ],
  },
  'resource-sharing': {
    cues: [
      re('shar~ (?:\\S+ ){0,5}(?:waters?|flow|resources?|catch)\\b'),
      re('\\b(?:waters?|flow|resources?) (?:\\S+ ){0,12}(?:be )?shared'),
      re('minimum (?:\\S+ )?flow'),
      re('withdraw~ (?:\\S+ ){0,3}water|withdrawals'),
      re('\\bquotas?\\b'),
      re('allocat~ (?:\\S+ ){0,3}(?:water|flow|resource|quota|catch)'),
      re('equitable and reasonable'),
      re('use (?:of )?the waters'),
      re('water (?:use|sharing|allocation)'),
    ],
  },
  // The UN Watercourses Convention's "planned measures": works one party plans that may affect the other.
  'planned-measures': {
    cues: [re('plann~ (?:\\S+ ){0,6}(?:works?|dam|diversion|projects?|measures?)\\b'), re('notif~ (?:\\S+ ){0,6}before (?:\\S+ ){0,2}(?:work|construction)')],
  },
  mitigation: {
    cues: [
      re('emissions? (?:\\S+ ){0,3}(?:reduc~|cut~|curb~|limit~)'),
      re('(?:reduc~|cut~|curb~|limit~) (?:\\S+ ){0,3}emissions'),
      re('nationally determined contributions?|\\bndcs?\\b'),
      re('mitigat~'),
    ],
  },
  adaptation: { cues: [re('\\badaptation\\b'), re('adaptive capacity'), re('resilience to (?:\\S+ )?climate')] },
  finance: {
    cues: [
      re('financial (?:resources|mechanism|support|assistance|contributions?)'),
      re('climate finance'),
      re('funding mechanism'),
      re('(?:mobili[sz]e|provide) (?:\\S+ ){0,3}(?:finance|funding)'),
    ],
  },
  transparency: { cues: [re('transparen~'), re('report~ (?:\\S+ ){0,3}(?:on )?(?:emissions|progress|implementation)')] },
  purpose: {
    cues: [
      re('(?:objective|purpose|aim)s? of (?:this|the) (?:agreement|treaty|convention|protocol)'),
      re('(?:general|overall|main|ultimate) (?:objective|aim|goal)'),
      re('(?:agreement|treaty|convention|protocol) (?:aims|seeks) to'),
      re('sets? (?:out )?(?:the|its) (?:\\S+ )?(?:goals?|objectives?|aims?)\\b'),
    ],
  },
  institutions: {
    cues: [
      re('establish~ (?:\\S+ ){0,5}(?:commission|committee|council|secretariat|working group)'),
      re('(?:set up|creat~) (?:\\S+ ){0,4}(?:commission|committee|council)'),
      re('(?:commission|committee|council) (?:\\S+ ){0,3}(?:is|shall be|will be|was|has been) (?:established|set up|created)'),
      re('(?:commission|committee|council)~? (?:\\S+ ){0,3}(?:composed of|consisting of|shall have its seat)'),
      re('conference of the parties'),
    ],
  },
  'dispute-settlement': {
    cues: [
      re('disputes? (?:concerning|regarding|relating to|arising|over) (?:\\S+ ){0,3}(?:interpretation|application)'),
      re('interpretation or application'),
      re('settlement of disputes'),
      re('dispute settlement'),
      re('arbitra~'),
    ],
  },
  amendment: {
    cues: [
      re('(?:may|can|shall) be amended'),
      re('amendments? (?:to|of) (?:this|the) (?:treaty|agreement|convention|protocol)'),
      re('amendments shall'),
      re('amendment (?:procedure|conference|clause)'),
      re('(?:propose|proposing|proposed) (?:an |any )?amendments?'),
      re('(?:governs|regulates|sets out how to make) amendments'),
    ],
  },
  'entry-into-force': {
    cues: [
      re('(?:enter|enters|entered|entering|come|comes|came|coming) into force(?! in the manner)'),
      re('entry into force'),
      re('(?:takes?|took|taking|taken) effect'),
      re('subject to ratification'),
      re('exchange of (?:the )?instruments of ratification'),
    ],
    // "Upon its entry into force, this Treaty shall replace …" dates another clause.
    without: [re("(?:upon|on|from|after|since) (?:the (?:date of )?)?(?:its |the treaty's )?entry into force")],
  },
  duration: {
    cues: [
      re('remain~ in force'),
      re('valid (?:for|indefinitely)'),
      re('indefinite~'),
      re('open-ended'),
      re('unlimited (?:period|duration)'),
      re('automatically (?:extended|renewed)|renews? automatically'),
      re('terminat~'),
      re('denounc~'),
      re('\\bexpir~'),
      // "a term of ten years", "extend it for no more than five years"
      re('(?:term|period) of (?:\\S+ ){0,2}years'),
      re('\\bextension\\b|\\bextend~ (?:\\S+ ){0,4}(?:for|by|until) '),
    ],
  },
  signature: { cues: [re('open~ for signature')] },
  withdrawal: {
    cues: [
      re('withdraw~ from (?:this|the) (?:\\S+ )?(?:treaty|agreement|convention|protocol|accord)'),
      re('(?:right|notice|notification) (?:of |to )?withdraw~'),
      re('withdrawal (?:from|takes effect|shall take effect)'),
      // The clause told by its notice: "may leave on six months' notice", "withdrawal effective a year after notification".
      re('\\b(?:withdraw|withdraws|leave|exit|quit) (?:\\S+ ){0,4}(?:on|by|upon|after|giving) (?:\\S+ ){0,3}(?:notice|notification)'),
      re('withdrawal (?:\\S+ ){0,2}(?:effective|takes effect|becomes effective|would take effect)'),
      re('\\bmay withdraw\\b'),
    ],
  },
  supersedes: { cues: [re('(?:shall |will )?(?:replace|replaces|supersede|supersedes)\\b'), re('ceased? to apply'), re('cease~ to have effect')] },
  elimination: {
    cues: [
      re('(?:destroy|eliminate|dismantle)~? (?:\\S+ ){0,4}(?:stockpiles?|arsenals?|weapons|munitions|mines)'),
      re('(?:destruction|elimination) of (?:\\S+ ){0,3}(?:stockpiles?|arsenals?|weapons|munitions|mines)'),
    ],
  },
  'victim-assistance': { cues: [re('(?:assist|help|support)~? (?:\\S+ ){0,3}victims'), re('assistance to (?:\\S+ ){0,3}victims'), re('victim assistance')] },
  'environmental-remediation': {
    cues: [re('remediat~'), re('clean~? up (?:\\S+ ){0,2}contaminated'), re('(?:clearance|decontamination) of (?:\\S+ ){0,2}(?:contaminated|affected)')],
  },
  'international-cooperation': {
    cues: [re('international cooperation and assistance'), re('cooperation and assistance (?:among|between) (?:states )?parties')],
  },
  'meetings-of-states-parties': { cues: [re('meetings? of (?:the )?states parties'), re('review conferences?')] },
  universality: {
    cues: [re('universality'), re('universal adherence'), re('encourage~ (?:\\S+ ){0,5}(?:states|countries) (?:\\S+ ){0,5}to (?:join|accede|sign|ratify)')],
  },
  definitions: {
    cues: [re('\\bdefinitions?\\b'), re('for the purposes? of this (?:agreement|treaty|convention|protocol)'), re('defines the terms')],
    // "defines the boundary line": a verb of other clauses; the article defines terms only when nothing else is said.
    weak: [re('\\bdefines\\b')],
  },
  registration: {
    cues: [re('register~ with the (?:\\S+ ){0,2}(?:secretariat|secretary-general)'), re('article 102 of the charter'), re('registration (?:with|of this)')],
    // The depositary receives every notice: it names a registration clause only when nothing else is said.
    weak: [re('\\bdepositary')],
  },
  'final-clauses': {
    cues: [re('\\bdone (?:at|in) '), re('in (?:two|three|\\d) originals'), re('equally authentic'), re('authentic texts?'), re('in witness whereof')],
  },
  'security-arrangements': {
    cues: [
      re('security arrangements?'),
      re('limited[- ]forces? zones?'),
      re('zones? of limited (?:\\S+ )?(?:forces|armaments)'),
      re('demilitari[sz]ed zones?'),
      re('buffer zones?'),
      re('(?:united nations|un|u\\.n\\.|multinational) (?:\\S+ )?(?:forces?|observers|peace-?keep~)'),
      re('forces and observers'),
    ],
  },
  navigation: {
    cues: [
      re('free(?:dom of)? (?:navigation|passage)'),
      re('right~? of (?:\\S+ ){0,2}passage'),
      re('international waterways?'),
      re('(?:canal|strait)s? (?:\\S+ ){0,4}(?:to|for) (?:\\S+ ){0,2}(?:shipping|ships|vessels|navigation)'),
      re('(?:shipping|ships|vessels|cargoes|navigation) (?:\\S+ ){0,4}through (?:the )?(?:\\S+ ){0,2}(?:canal|strait)s?'),
    ],
  },
  organization: {
    cues: [
      re('establish~ (?:\\S+ ){0,6}organi[sz]ation'),
      re('(?:sets? up|creat~) (?:\\S+ ){0,5}organi[sz]ation'),
      re('organi[sz]ation (?:\\S+ ){0,3}(?:is|shall be|will be|was|has been|is hereby) (?:established|set up|created)'),
    ],
  },
};
