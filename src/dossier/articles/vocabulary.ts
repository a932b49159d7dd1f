// Topic vocabulary for articles and the claims that describe them. A topic names what a clause obliges or
// regulates; its cues are words that sources in English, Russian, German and French use for it. A claim does
// not carry its language, so every language's cues are tried (the words rarely collide across languages).
// VOCABULARY is the documented list (it extends the spec's): each topic with what it means and its cues; the
// security and cooperation topics are here, the common subjects of other treaties in ./subjects.ts.

import { re, type TopicRule } from './cues.ts';
import { SUBJECTS } from './subjects.ts';

export type { Cues, TopicRule } from './cues.ts';

/** "threat of an act of armed aggression" announces consultations, not the attack that triggers defense. */
const THREAT_OF_ATTACK = [
  re('threat~ of (?:\\S+ ){0,4}(?:aggression|attack|invasion)'),
  re('угроз~ (?:\\S+ ){0,4}(?:агресси~|нападени~)'),
  re('(?:bedrohung|androhung) (?:\\S+ ){0,4}(?:angriff~|aggression)'),
  re('menace~? (?:\\S+ ){0,4}(?:agression|attaque)'),
];

export const VOCABULARY: TopicRule[] = [
  {
    topic: 'principles',
    about: 'relations rest on sovereignty, territorial integrity, non-interference, equality, mutual respect',
    cues: {
      en: [re('non-?interference'), re('non-?intervention'), re('mutual respect'), re('principles? of'), re('peaceful coexistence'), re('sovereign equality')],
      ru: [re('невмешательств~'), re('взаимного уважения'), re('принцип~')],
      de: [re('nichteinmischung'), re('gegenseitig~ achtung'), re('grundsätze~'), re('prinzipien')],
      fr: [re('non-ingérence'), re('respect mutuel'), re('principes')],
    },
    with: {
      en: [re('sovereign'), re('territorial integrity'), re('equality'), re('international law')],
      ru: [re('суверенит~'), re('целостност~'), re('равенств~'), re('международного права')],
      de: [re('souveränität'), re('integrität'), re('gleichberechtigung'), re('völkerrecht')],
      fr: [re('souveraineté'), re('intégrité'), re('égalité'), re('droit international')],
    },
  },
  {
    topic: 'nonaggression',
    about: 'the parties refrain from the threat or use of force against each other',
    cues: {
      en: [re('threat or use of (?:armed )?force'), re('refrain~? from (?:the )?(?:use of )?(?:armed )?force'), re('(?:not|never) (?:to )?attack each other')],
      ru: [re('угроз~ силой или (?:её|ее) применени~'), re('неприменени~ силы'), re('воздерж~ от (?:\\S+ ){0,2}(?:силы|силой)')],
      de: [re('androhung oder anwendung von gewalt'), re('gewaltverzicht'), re('nichtangriff~')],
      fr: [re("menace ou (?:à )?l'emploi de la force"), re('non-agression')],
    },
    // ATOP's non-aggression is a commitment to refrain from force against each other. The bare word listed among
    // principles ("mutual respect for sovereignty, non-aggression on territory, non-interference …") names a
    // principle of relations, not that commitment: it counts only when the sentence says nothing else.
    weak: { en: [re('non-?aggression')], ru: [re('ненападени~')] },
  },
  {
    topic: 'consultation',
    about: 'the parties consult (activate channels, agree on measures) when a threat or another stated condition arises',
    cues: {
      en: [re('consult~'), re('communication channels'), re('bilateral channels'), re('bilateral negotiations')],
      ru: [re('консультаци~'), re('консультир~')],
      de: [re('konsultation~'), re('konsultier~'), re('beraten sich')],
      fr: [re('consult~'), re('se concert~')],
    },
    with: {
      // A threat, or any trigger condition: "when the flow remains below …, the Parties shall hold consultations"
      // is the same kind of clause whatever its subject.
      en: [re('threat'), re('aggression'), re('attack'), re('danger'), re('security'), re('\\b(?:when|if|in the event|in case)\\b')],
      ru: [re('угроз~'), re('опасност~'), re('безопасност~'), re('агресси~'), re('(?<!\\p{L})(?:в случае|если|когда)(?!\\p{L})')],
      de: [re('bedroh~'), re('gefahr'), re('sicherheit'), re('\\b(?:wenn|falls|im falle?)\\b')],
      fr: [re('menace'), re('danger'), re('sécurité'), re('\\b(?:lorsque|si|en cas d)\\b')],
    },
  },
  {
    topic: 'defense',
    about: 'if one party is attacked, the other provides (military) assistance',
    cues: {
      en: [re('armed attack'), re('attacked'), re('attack on one'), re('state of war'), re('armed invasion'), re('invaded'), re('comes? under (?:an )?(?:armed )?attack'), re('(?:act of )?aggression against')],
      ru: [re('нападени~'), re('состояни~ войны'), re('агресси~')],
      de: [re('angegriffen'), re('bewaffnet~ angriff'), re('kriegszustand')],
      fr: [re('agression armée'), re('attaque armée'), re('attaqué~'), re('état de guerre')],
    },
    with: {
      en: [re('assist~'), re('\\baid\\b'), re('help'), re('attack on both'), re('mutual defen[cs]e'), re('come to (?:\\S+ ){0,2}defen[cs]e')],
      ru: [re('помощ~'), re('содейств~')],
      de: [re('hilfe'), re('beistand'), re('unterstütz~')],
      fr: [re('assistance'), re('aide'), re('secours')],
    },
    without: THREAT_OF_ATTACK,
  },
  {
    // A source that names the pact a mutual defence pact speaks of the same clause without its trigger.
    topic: 'defense',
    about: 'mutual (collective) defence named as such',
    cues: {
      en: [re('(?:mutual|collective) defen[cs]e'), re('mutual (?:military )?assistance in the event of (?:a )?war')],
      ru: [re('взаимн~ оборон~'), re('коллективн~ оборон~')],
      de: [re('gegenseitig~ verteidigung'), re('beistandspakt'), re('beistandsklausel')],
      fr: [re('défense mutuelle'), re('défense collective')],
    },
  },
  {
    topic: 'neutrality',
    about: 'a party stays neutral (does not assist the attacker) when the other is at war with a third state',
    cues: {
      en: [re('neutral~'), re('(?:not|never) (?:to )?(?:assist|aid|help|support) (?:the )?(?:aggressor|attacker)')],
      ru: [re('нейтралитет~'), re('не оказывать (?:\\S+ )?помощ~ агрессор~')],
      de: [re('neutralität'), re('neutral bleiben')],
      fr: [re('neutralité')],
    },
  },
  {
    topic: 'no-territory-use',
    about: 'neither party lets a third state use its territory against the other',
    cues: {
      en: [re('\\b(?:use|used|using) (?:of )?(?:its |their )?(?:own )?territor~'), re('territor~(?:,? \\S+){0,4} (?:to be |being )?used')],
      ru: [re('использовани~ (?:\\S+ ){0,2}территори~'), re('территори~ (?:\\S+ ){0,4}использова~')],
      de: [re('(?:hoheitsgebiet|territorium)~ (?:\\S+ ){0,6}(?:nutzen|benutzen|genutzt|benutzt|zur verfügung)')],
      fr: [re('utilis~ (?:de )?(?:son |leur )?territoire'), re('territoire~ (?:\\S+ ){0,4}utilisé~')],
    },
    with: {
      en: [re('third (?:state|country|countr~|part~|power)')],
      ru: [re('трет~ (?:государств~|стран~|сторон~)')],
      de: [re('dritt~')],
      fr: [re('(?:état|pays|partie)s? tier~'), re('tiers')],
    },
  },
  {
    topic: 'no-competing-commitments',
    about: 'neither party enters agreements or alliances with third states directed against the other',
    cues: {
      en: [re('(?:not|never|refrain from) (?:to )?(?:sign~|enter~|conclud~|join~|participat~)(?: into| in)? (?:\\S+ ){0,5}(?:agreements?|treat~|alliances?|blocs?|coalitions?)')],
      ru: [re('не (?:заключать|вступать|подписывать|участвовать)(?: \\S+){0,5} (?:договор~|соглашени~|союз~|блок~)')],
      de: [re('keine~ (?:\\S+ ){0,4}(?:abkommen|verträge|bündnisse|vereinbarungen) (?:\\S+ ){0,4}(?:schließen|eingehen|beitreten)'), re('nicht (?:\\S+ ){0,4}(?:bündnis~|allianz~) beitreten')],
      fr: [re('ne (?:pas )?(?:conclure|adhérer|signer|participer)(?: \\S+){0,5} (?:accords?|traités?|alliances?)')],
    },
  },
  {
    topic: 'other-obligations',
    about: 'the treaty does not affect the parties\' rights and obligations under other agreements',
    cues: {
      en: [re('(?:does|shall) not affect (?:the )?(?:rights and )?obligations'), re('without prejudice to (?:the )?(?:rights and )?obligations')],
      ru: [re('не затрагивает (?:\\S+ )?прав~ и обязательств~')],
      de: [re('berührt (?:\\S+ ){0,3}nicht die rechte und pflichten'), re('berührt nicht (?:die )?rechte und pflichten')],
      fr: [re("n'affecte pas les droits et obligations")],
    },
  },
  {
    topic: 'coercive-measures',
    about: 'the parties oppose unilateral coercive measures (sanctions) and do not apply them to each other',
    cues: {
      en: [re('unilateral (?:coercive|restrictive|compulsory) measures'), re('coercive measures'), re('sanctions')],
      ru: [re('односторонн~ (?:принудительн~|ограничительн~) мер~'), re('санкци~')],
      de: [re('einseitig~ (?:zwangs|restriktiv)'), re('zwangsmaßnahmen'), re('sanktion~')],
      fr: [re('mesures coercitives'), re('sanctions')],
    },
  },
  {
    topic: 'joint-defense-measures',
    about: 'joint measures or mechanisms to strengthen the parties\' defense capabilities',
    broader: 'military-cooperation',
    cues: {
      en: [re('defen[cs]e capa~'), re('joint (?:measures|actions) to strengthen')],
      ru: [re('обороноспособност~'), re('оборонного потенциала')],
      de: [re('verteidigungsfähigkeit~'), re('verteidigungskapazität~')],
      fr: [re('capacités de défense'), re('capacités défensives')],
    },
  },
  {
    topic: 'military-cooperation',
    about: 'military and military-technical cooperation: arms supplies, training, defence industry',
    cues: {
      en: [re('military(?:-technical)? cooperation'), re('defen[cs]e cooperation'), re('defen[cs]e industr~'), re('arms (?:supplies|deliveries|transfers)'), re('military training')],
      ru: [re('военн~(?:-технич~)? сотрудничеств~'), re('оборонн~ промышленност~'), re('поставк~ вооружени~')],
      de: [re('militärisch~ zusammenarbeit'), re('rüstungs~'), re('verteidigungszusammenarbeit')],
      fr: [re('coopération militaire'), re('coopération (?:en matière )?de défense'), re("industrie~ de (?:la )?défense")],
    },
  },
  {
    topic: 'joint-exercises',
    about: 'joint military or naval exercises',
    broader: 'military-cooperation',
    cues: {
      en: [re('joint (?:\\S+ )?(?:exercises?|drills?|manoeuvres|maneuvers)')],
      ru: [re('совместн~ (?:\\S+ )?учени~')],
      de: [re('gemeinsam~ (?:\\S+ )?(?:manöver|übung~)')],
      fr: [re('exercices? (?:\\S+ )?conjoint~')],
    },
  },
  {
    topic: 'information-exchange',
    about: 'exchange of information or data; joint information centres',
    cues: {
      en: [re('exchange (?:of )?information'), re('(?:share|exchange) (?:\\S+ ){0,3}data'), re('inform each other'), re('information cent(?:re|er)'), re('intelligence sharing')],
      ru: [re('обмен~ (?:\\S+ )?(?:информаци~|данны~)'), re('информационн~ центр~')],
      de: [re('informationsaustausch'), re('datenaustausch'), re('tauschen (?:\\S+ ){0,3}(?:informationen|daten)'), re('informationszentrum')],
      fr: [re("échange~? (?:\\S+ ){0,2}(?:d'informations|données)"), re("centre d'information"), re("s'informe~ mutuellement")],
    },
  },
  {
    topic: 'maritime-security',
    about: 'safety of navigation, coast guard patrols, piracy and smuggling at sea',
    broader: 'security-cooperation',
    cues: {
      en: [re('safety of navigation'), re('navigation safety'), re('piracy'), re('coast ?guard'), re('maritime security'), re('freedom of navigation')],
      ru: [re('безопасност~ мореплавания'), re('пиратств~'), re('береговой охран~')],
      de: [re('sicherheit der schifffahrt'), re('piraterie'), re('küstenwache')],
      fr: [re('sécurité de la navigation'), re('piraterie'), re('garde-côtes')],
    },
  },
  {
    topic: 'security-cooperation',
    about: 'cooperation against terrorism, organised crime and other security threats',
    cues: {
      en: [re('terroris~'), re('organi[sz]ed crime'), re('extremism'), re('cooperat~ (?:in|on) (?:the (?:area|field)s? of )?security')],
      ru: [re('терроризм~'), re('организованн~ преступност~'), re('экстремизм~')],
      de: [re('terrorismus'), re('organisierte~ kriminalität')],
      fr: [re('terrorisme'), re('criminalité organisée')],
    },
  },
  {
    topic: 'information-security',
    about: 'cooperation on information and communication security (cyber)',
    cues: {
      en: [re('information security'), re('cyber ?security'), re('information and communication~ technolog~'), re('disinformation')],
      ru: [re('информационной безопасност~'), re('кибербезопасност~')],
      de: [re('informationssicherheit'), re('cybersicherheit')],
      fr: [re("sécurité de l'information"), re('cybersécurité')],
    },
  },
  {
    topic: 'economic-cooperation',
    about: 'trade, investment, economic and port/fisheries cooperation',
    cues: {
      en: [re('\\btrade\\b'), re('econom~'), re('invest~'), re('fisher~'), re('shipbuilding'), re('access to (?:\\S+ ){0,2}ports')],
      ru: [re('торгов~'), re('экономическ~'), re('инвестиц~'), re('рыболов~')],
      de: [re('handel~'), re('wirtschaft~'), re('investition~'), re('fischerei')],
      fr: [re('commerc~'), re('économique'), re('investissement~'), re('pêche')],
    },
  },
  {
    topic: 'humanitarian-cooperation',
    about: 'cooperation in science, education, health, culture, tourism, sport, environment',
    cues: {
      en: [re('\\beducation'), re('healthcare|public health'), re('\\bculture'), re('tourism'), re('science and technology'), re('environment~ protection')],
      ru: [re('образовани~'), re('здравоохранени~'), re('культур~'), re('туризм~')],
      de: [re('bildung'), re('gesundheit'), re('kultur'), re('tourismus')],
      fr: [re('éducation'), re('santé'), re('culture'), re('tourisme')],
    },
  },
  {
    topic: 'dispute-settlement',
    about: 'how disputes over interpreting or applying the treaty are settled',
    cues: {
      en: [re('disputes? (?:concerning|regarding|relating to|arising|over) (?:\\S+ ){0,3}(?:interpretation|application)'), re('interpretation or application'), re('settlement of disputes'), re('dispute settlement'), re('arbitra~')],
      ru: [re('спор~ (?:\\S+ ){0,4}толковани~'), re('разрешени~ споров'), re('арбитраж~')],
      de: [re('streitigkeiten (?:\\S+ ){0,4}auslegung'), re('streitbeilegung'), re('schiedsgericht~')],
      fr: [re('différends? (?:\\S+ ){0,4}interprétation'), re('règlement des différends'), re('arbitrage')],
    },
  },
  {
    topic: 'amendment',
    about: 'how the treaty is amended (protocols, mutual written agreement)',
    cues: {
      en: [re('(?:may|can|shall) be amended'), re('amendments? (?:to|of) (?:this|the) (?:treaty|agreement)'), re('amendments shall')],
      ru: [re('изменени~ и дополнени~'), re('(?:могут|может) быть изменен~')],
      de: [re('(?:kann|können) (?:\\S+ ){0,3}geändert werden'), re('änderungen (?:dieses|des) (?:vertrags|abkommens)')],
      fr: [re('(?:peut|peuvent) être (?:amendé|modifié)~'), re('amendements? (?:au|à ce) (?:traité|accord)')],
    },
  },
  {
    topic: 'entry-into-force',
    about: 'ratification and when the treaty enters into force',
    cues: {
      en: [re('(?:enter|enters|entered|entering|come|comes|came|coming) into force(?! in the manner)'), re('takes? effect'), re('subject to ratification'), re('exchange of (?:the )?instruments of ratification')],
      ru: [re('вступ~ в силу'), re('подлежит ратификации')],
      de: [re('in kraft'), re('bedarf der ratifi~')],
      fr: [re('entre~ en vigueur'), re('soumis à ratification')],
    },
  },
  {
    topic: 'duration',
    about: 'how long the treaty remains in force, renewal and termination by notice',
    cues: {
      en: [re('remain~ in force'), re('valid (?:for|indefinitely)'), re('indefinite~'), re('open-ended'), re('unlimited (?:period|duration)'), re('automatically (?:extended|renewed)|renews? automatically'), re('terminat~'), re('denounc~'), re('\\bexpir~')],
      ru: [re('бессрочн~'), re('действ~ (?:\\S+ ){0,2}лет'), re('продлени~|продлева~'), re('денонс~')],
      de: [re('laufzeit'), re('verlänger~'), re('unbefristet'), re('kündig~')],
      fr: [re('durée'), re('indéterminée'), re('reconduit~|reconduction'), re('dénonc~')],
    },
  },
  {
    topic: 'supersedes',
    about: 'the treaty replaces an earlier agreement',
    cues: {
      en: [re('(?:shall |will )?(?:replace|replaces|supersede|supersedes)\\b'), re('ceased? to apply'), re('cease~ to have effect')],
      ru: [re('замен~'), re('утрачивает силу')],
      de: [re('ersetzt'), re('tritt außer kraft')],
      fr: [re('remplace~'), re("cesse~ d'avoir effet")],
    },
  },
  ...SUBJECTS,
];
