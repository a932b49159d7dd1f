// German topic cues (see ./catalogue.ts for what each topic means).
import { de as obligations } from '../obligations/de.ts';
import type { RuleId } from './catalogue.ts';
import { type Cues, re } from './rule.ts';

const B = '(?<!\\p{L})';
const THREAT_OF_ATTACK = re('(?:bedrohung|androhung) (?:\\S+ ){0,4}(?:angriff~|aggression)');
const DENIED = obligations.denials;
const WEAPONS = 'sprengköpf~|träger~|raketen|bomber|waffen~|rüstung~|truppen~|streitkräfte|manöver~|übung~';
const AGGRESSOR = '(?:angreifer~|aggressor~|angreifend~ (?:staat~|partei|seite))';
const HELP = '(?:hilfe|beistand|unterstützung|helfen|unterstützen|beistehen)';

export const de: Partial<Record<RuleId, Cues>> = {
  principles: {
    cues: [
      re('nichteinmischung'),
      re('gegenseitig~ achtung'),
      re('grundsätze~'),
      re('prinzipien'),
      re('achtung (?:der|ihrer) (?:\\S+ )?(?:souveränität|territorialen integrität)'),
    ],
    with: [re('souveränität'), re('integrität'), re('gleichberechtigung'), re('völkerrecht'), re('gegenseitig~ achtung'), re('nichteinmischung')],
  },
  nonaggression: {
    cues: [
      re('androhung oder anwendung von gewalt'),
      re('gewaltverzicht'),
      re('nichtangriff~'),
      re('verzicht~ auf (?:die )?(?:androhung|anwendung) von gewalt'),
      re('nicht (?:gegenseitig )?an(?:zu)?greifen'),
    ],
  },
  consultation: {
    cues: [re('konsultation~'), re('konsultier~'), re('beraten sich')],
    with: [re('bedroh~'), re('gefahr'), re('sicherheit'), re('\\b(?:wenn|falls|im falle?)\\b')],
  },
  'consultation-urgent': {
    cues: [re('(?:unverzüglich|sofort) (?:\\S+ ){0,2}(?:konsult~|beraten)'), re('konsult~ (?:\\S+ ){0,3}(?:unverzüglich|sofort)')],
  },
  defense: {
    cues: [re('angegriffen'), re('bewaffnet~ angriff'), re('kriegszustand')],
    with: [re('hilfe'), re('beistand'), re('beizustehen'), re('beisteh~'), re('unterstütz~'), re('verteidig~'), re('gemeinsam~ gefahr')],
    without: [THREAT_OF_ATTACK, ...DENIED],
  },
  'defense-named': {
    cues: [
      re('gegenseitig~ verteidigung'),
      re('beistandspakt'),
      re('beistandsklausel'),
      re('(?:angriff|aggression) (?:\\S+ ){0,3}(?:gemeinsam )?abzuwehren|(?:angriff|aggression) (?:\\S+ ){0,3}(?:gemeinsam )?abwehren'),
    ],
    without: DENIED,
  },
  'no-aid-to-aggressor': {
    cues: [
      // "keine Hilfe für den Angreifer", "dem Angreifer nicht helfen", "einem Angreifer … keine militärische Hilfe"
      re(`${B}(?:kein~|nicht|weder)(?!\\p{L}) (?:\\S+ ){0,4}${HELP}~ (?:\\S+ ){0,4}${AGGRESSOR}`),
      re(`${B}${AGGRESSOR} (?:\\S+ ){0,5}(?:kein~|nicht)(?!\\p{L}) (?:\\S+ ){0,3}${HELP}`),
    ],
  },
  neutrality: { cues: [re('neutralität'), re('neutral bleiben')] },
  'no-territory-use': {
    cues: [
      re('(?:hoheitsgebiet|territorium)~ (?:\\S+ ){0,6}(?:nutzen|benutzen|genutzt|benutzt|zur verfügung)'),
      re('(?:verhinder|unterbind)\\S* (?:\\S+ ){0,10}von (?:seinem|ihrem|ihren) (?:\\S+ )?(?:hoheitsgebiet|territorium|gebiet)~ aus'),
    ],
    with: [
      re('dritt~'),
      re('gegen (?:die|den) (?:\\S+ )?andere~'),
      re('feindlich~|feindselig~'),
      re('separatist~'),
      re('terroris~'),
      re('aggression|angriff~'),
    ],
  },
  'no-competing-commitments': {
    cues: [
      re('keine~ (?:\\S+ ){0,4}(?:abkommen|verträge|bündnisse|vereinbarungen) (?:\\S+ ){0,4}(?:schließen|eingehen|beitreten)'),
      re('nicht (?:\\S+ ){0,4}(?:bündnis~|allianz~) beitreten'),
      re('verpflichtungen (?:\\S+ ){0,2}einzugehen, die (?:\\S+ ){0,4}(?:widerspr~|unvereinbar)'),
    ],
  },
  'other-obligations': { cues: [re('berührt (?:\\S+ ){0,3}nicht die rechte und pflichten'), re('berührt nicht (?:die )?rechte und pflichten')] },
  'coercive-measures': { cues: [re('einseitig~ (?:zwangs|restriktiv)'), re('zwangsmaßnahmen'), re('sanktion~')] },
  'joint-defense-measures': { cues: [re('verteidigungsfähigkeit~'), re('verteidigungskapazität~')] },
  'military-cooperation': { cues: [re('militärisch~ zusammenarbeit'), re('rüstungs~'), re('verteidigungszusammenarbeit')] },
  'joint-exercises': { cues: [re('gemeinsam~ (?:\\S+ ){0,6}(?:manöver|militärübung~|übung~)')] },
  'information-exchange': {
    cues: [re('informationsaustausch'), re('datenaustausch'), re('tauschen (?:\\S+ ){0,3}(?:informationen|daten)'), re('informationszentrum')],
  },
  'maritime-security': { cues: [re('sicherheit der schifffahrt'), re('piraterie'), re('küstenwache')] },
  'security-cooperation': {
    cues: [
      re('terrorismus'),
      re('organisierte~ kriminalität'),
      re('extremismus'),
      re('nachrichtendienst~|geheimdienst~|sicherheitsbehörden|sicherheitsdienste'),
      re('bedrohungen (?:\\S+ ){0,3}(?:begegnen|abwehren|entgegen~|bekämpfen|reagieren)'),
    ],
  },
  'information-security': { cues: [re('informationssicherheit'), re('cybersicherheit')] },
  'status-of-forces': {
    cues: [
      re('truppenstatut'),
      re('(?:rechtsstellung|rechtsstatus) (?:\\S+ ){0,2}(?:truppen|streitkräfte|soldaten)'),
      re('gaststreitkräfte|besuchende~ streitkräfte'),
      re('stationierung (?:\\S+ ){0,2}(?:truppen|streitkräfte|soldaten)'),
    ],
  },
  'arms-limits': {
    cues: [
      re('sprengköpf~'),
      re('trägersystem~|trägerrakete~'),
      re('abschussvorrichtung~|startgerät~|startanlage~'),
      re('interkontinentalrakete~'),
      re('schwere~ bomber'),
      re('(?:atom|nuklear|kern)waffe~'),
      re('(?:ballistisch~|strategisch~|nuklear~) (?:\\S+ ){0,2}(?:raketen|waffen)'),
    ],
    with: [
      re('obergrenze~|höchstgrenze~'),
      re('begrenz~|beschränk~'),
      re('reduzier~|verringer~|abbau'),
      re('höchstens|nicht mehr als'),
      re('beseitig~|vernicht~'),
      re('\\d[\\d.]* (?:\\S+ ){0,2}(?:sprengköpf~|träger~|raketen)'),
    ],
  },
  'missile-defense': { cues: [re('raketenabwehr~'), re('abfangrakete~|abfangjäger~')] },
  inspections: { cues: [re('inspektion~|inspekteur~'), re('vor-ort-')] },
  verification: { cues: [re('verifikation~|verifizier~'), re('überprüfung~|überprüf~'), re('nationale~ technische~ mittel'), re('telemetrie~')] },
  'verification-notices': { cues: [re('notifikation~|benachrichtigung~'), re('datenaustausch'), re('datenbank~')], with: [re(`(?:${WEAPONS})`)] },
  ceasefire: { cues: [re('waffenstillstand~'), re('waffenruhe'), re('einstellung (?:\\S+ ){0,2}(?:feindseligkeiten|kampfhandlungen)')] },
  'withdrawal-of-forces': {
    cues: [
      re('abzug (?:\\S+ ){0,3}(?:truppen|streitkräfte|soldaten|einheiten)'),
      re('truppenabzug~'),
      re('rückzug (?:\\S+ ){0,3}(?:truppen|streitkräfte|soldaten)'),
      re('entflechtung'),
    ],
  },
  'prisoner-exchange': {
    cues: [re('gefangenenaustausch'), re('austausch (?:\\S+ ){0,3}gefangen~'), re('freilassung (?:\\S+ ){0,3}(?:gefangen~|geisel~|häftling~)')],
  },
  borders: {
    cues: [
      re('grenzverlauf|grenzziehung|grenzlinie'),
      re('demarkation|markierung der grenze'),
      re('delimitation|abgrenzung'),
      re('unverletzlichkeit der grenzen'),
      re('(?:anerkenn~|achten) (?:\\S+ ){0,3}grenze~'),
      re('staatsgrenze~'),
      re('(?:internationale|dauerhafte|gemeinsame)~? grenze~'),
    ],
  },
  'diplomatic-relations': {
    cues: [
      re('diplomatische~ beziehungen'),
      re('normalisierung (?:\\S+ ){0,2}beziehungen'),
      re('(?:eröffn~|errichten) (?:\\S+ ){0,3}botschaft~'),
      re('austausch von botschaftern'),
    ],
  },
  'market-access': {
    cues: [
      re('marktzugang'),
      re('zollabbau|zollsenkung~'),
      re('zollfrei~'),
      re('(?:abschaffung|senkung|beseitigung) (?:\\S+ ){0,2}zölle'),
      re('zölle (?:\\S+ ){0,5}(?:abgeschafft|gesenkt|abbauen|senken|beseitigt)'),
    ],
  },
  'rules-of-origin': { cues: [re('ursprungsregel~'), re('ursprungserzeugniss~|ursprungswaren'), re('ursprungsnachweis~|ursprungszeugnis~')] },
  trade: { cues: [re('\\bhandels~'), re('\\bhandel\\b'), re('\\bzölle\\b|zollsätze'), re('\\b(?:ausfuhr|einfuhr)~')] },
  'economic-cooperation': { cues: [re('handel~'), re('wirtschaft~'), re('investition~'), re('fischerei')] },
  'humanitarian-cooperation': { cues: [re('bildung'), re('gesundheit'), re('kultur'), re('tourismus')] },
  energy: {
    cues: [
      re('energie~'),
      re('erdgas|erdöl|flüssiggas'),
      re('pipeline~|gasleitung~'),
      re('elektrizität|stromnetz~|stromversorgung'),
      re('kernkraft~|atomkraft~'),
      re('erneuerbare~'),
    ],
  },
  transport: { cues: [re('transport~'), re('transit~'), re('eisenbahn~'), re('binnenschifffahrt'), re('luftverkehr~')] },
  'protected-areas': { cues: [re('schutzgebiet~'), re('meeresschutzgebiet~'), re('gebietsbezogene~ management~')] },
  'impact-assessment': {
    cues: [
      re('umweltverträglichkeitsprüfung~'),
      re('folgenabschätzung~'),
      re('umweltprüfung~'),
      re('auswirkungen (?:\\S+ ){0,3}(?:prüfen|bewerten|geprüft|bewertet)'),
    ],
  },
  environment: { cues: [re('verschmutzung'), re('umweltschutz'), re('schutz der umwelt'), re('umweltverträglich~'), re('biologisch~ vielfalt|biodiversität')] },
  'benefit-sharing': {
    cues: [re('vorteilsausgleich'), re('(?:aufteilung|teilung|beteiligung) (?:\\S+ ){0,2}(?:vorteile|gewinne)'), re('genetische~ ressourcen')],
  },
  'capacity-building': { cues: [re('kapazitätsaufbau|kapazitätsentwicklung'), re('technologietransfer|weitergabe von (?:\\S+ )?technologie~')] },
  'resource-sharing': {
    cues: [
      re('aufteilung (?:\\S+ ){0,4}(?:gewässer|wasser~|abfluss~)'),
      re('teilt (?:\\S+ ){0,4}(?:abfluss|wasser)'),
      re('mindest(?:wasser|abfluss)~'),
      re('(?:wasser)?entnahme~'),
      re('kontingent~'),
      re('\\bquoten\\b|\\p{L}+quote~'),
    ],
  },
  mitigation: {
    cues: [
      re('emissionen (?:\\S+ ){0,3}(?:senken|reduzieren|verringern|mindern)'),
      re('(?:senkung|reduzierung|minderung|verringerung) (?:\\S+ ){0,2}emissionen'),
      re('national festgelegte~ beitr~'),
      re('emissionsminderung~|emissionsziel~'),
    ],
  },
  adaptation: { cues: [re('anpassung an (?:\\S+ ){0,2}klima~'), re('klimaanpassung')] },
  finance: { cues: [re('finanzielle~ (?:mittel|ressourcen|unterstützung)'), re('klimafinanzierung'), re('finanzierungsmechanismus')] },
  transparency: { cues: [re('transparenz~')] },
  purpose: { cues: [re('ziel~ (?:dieses|des) (?:abkommens|vertrags|übereinkommens)'), re('(?:allgemeine~|übergeordnete~) ziel~'), re('zielt darauf ab')] },
  'planned-measures': { cues: [re('geplant~ (?:\\S+ ){0,3}(?:maßnahmen|vorhaben|bauwerk~|projekt~)')] },
  institutions: {
    cues: [
      re('(?:errichten|gründen|bilden|schaffen|setzen) (?:\\S+ ){0,5}(?:kommission|ausschuss|rat)\\b'),
      re('(?:kommission|ausschuss)~ (?:\\S+ ){0,6}(?:eingesetzt|errichtet|gegründet|gebildet)'),
      re('(?:kommission|ausschuss) (?:\\S+ ){0,3}(?:besteht aus|setzt sich)'),
      re('konferenz der vertragsparteien'),
    ],
  },
  'dispute-settlement': { cues: [re('streitigkeiten (?:\\S+ ){0,4}auslegung'), re('streitbeilegung'), re('schiedsgericht~')] },
  amendment: {
    cues: [
      re('(?:kann|können) (?:\\S+ ){0,3}geändert werden'),
      re('änderungen (?:dieses|des) (?:vertrags|abkommens|übereinkommens|protokolls)'),
      re('änderungs(?:verfahren|konferenz|vorschläge?|klausel)'),
    ],
  },
  'entry-into-force': { cues: [re('in kraft'), re('inkrafttreten'), re('bedarf der ratifi~'), re('austausch der ratifikationsurkunden')] },
  duration: { cues: [re('laufzeit'), re('verlänger~'), re('unbefristet'), re('kündig~'), re('geltungsdauer')] },
  signature: { cues: [re('zur unterzeichnung aufgelegt'), re('liegt (?:\\S+ ){0,3}zur unterzeichnung')] },
  withdrawal: {
    cues: [
      re('(?:rücktritt|austritt|ausstieg)~? (?:\\S+ ){0,2}(?:vertrag|abkommen|übereinkommen)~'),
      re('(?:vom|aus dem) (?:\\S+ )?(?:vertrag|abkommen|übereinkommen) (?:\\S+ ){0,2}(?:zurück|aus)(?:treten|zutreten)'),
      re('rücktrittsrecht'),
      re('(?:kann|können) (?:\\S+ ){0,5}zurücktreten'),
      re('austritt (?:\\S+ ){0,8}wirksam'),
    ],
  },
  supersedes: { cues: [re('ersetzt'), re('tritt außer kraft')] },
  'maritime-boundary': { cues: [re('seegrenze~'), re('maritime~ grenze~'), re('festlandsockel'), re('ausschließliche~ wirtschaftszone~')] },
  'holy-sites': { cues: [re('heilige~ stätten'), re('heiligtümer~')] },
  water: { cues: [re('\\bwasser\\b'), re('gewässer~'), re('flüsse~'), re('grundwasser')], without: [re('hoheitsgewässer~')] },
  'water-allocation': { cues: [re('(?:aufteilung|verteilung|nutzung) (?:\\S+ ){0,2}(?:wassers|gewässer|flüsse)'), re('wasserzuteilung~')] },
  definitions: { cues: [re('begriffsbestimmung~'), re('definitionen')] },
  'victim-assistance': { cues: [re('opfer~? zu helfen'), re('(?:hilfe|unterstützung) für (?:die )?opfer'), re('opferhilfe')] },
  'environmental-remediation': { cues: [re('sanierung (?:\\S+ ){0,2}(?:kontaminiert|verseucht)~'), re('dekontamin~')] },
  'meetings-of-states-parties': { cues: [re('(?:treffen|tagung|konferenz)~ der vertragsstaaten'), re('überprüfungskonferenz~')] },
  registration: { cues: [re('registrier~ (?:\\S+ ){0,4}sekretariat'), re('artikel 102 der charta')], weak: [re('verwahrer')] },
  'final-clauses': { cues: [re('geschehen (?:zu|in) '), re('gleichermaßen verbindlich'), re('in zwei urschriften')] },
  'security-arrangements': {
    cues: [
      re('sicherheits(?:vereinbarung|regelung|arrangement)~'),
      re('(?:entmilitarisiert~|demilitarisiert~) zone~'),
      re('pufferzone~'),
      re('zone~ (?:\\S+ ){0,2}begrenzt~ (?:\\S+ )?(?:streitkräfte|truppen)'),
      re('(?:un|uno|vn)-(?:truppen|beobachter|friedenstruppe~)|blauhelm~'),
    ],
  },
  navigation: {
    cues: [
      re('freie~? (?:durchfahrt|schifffahrt|passage)'),
      re('freiheit der schifffahrt'),
      re('recht auf (?:\\S+ ){0,2}durchfahrt'),
      re('internationale~? (?:wasserstraße|wasserweg)~'),
    ],
  },
  organization: {
    cues: [re('(?:gründ|errichte|schaff|schuf)~ (?:\\S+ ){0,6}organisation'), re('organisation (?:\\S+ ){0,4}(?:gegründet|errichtet|geschaffen)')],
  },
};
