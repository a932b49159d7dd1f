// Spanish topic cues (see ./catalogue.ts for what each topic means).
import { es as obligations } from '../obligations/es.ts';
import type { RuleId } from './catalogue.ts';
import { type Cues, re } from './rule.ts';

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const THREAT_OF_ATTACK = re('amenaza~ (?:\\S+ ){0,4}(?:agresión|ataque)');
const DENIED = obligations.denials;
const WEAPONS = 'ojivas|lanzadores|misiles|bombarderos|armas|armamento~|fuerzas|tropas|ejercicios|maniobras';
const AGGRESSOR = '(?:agresor~|atacante~)';
const HELP = '(?:ayud~|asist~|apoy~|auxili~|socorr~)';

export const es: Partial<Record<RuleId, Cues>> = {
  principles: {
    cues: [re('no injerencia'), re('respeto mutuo'), re('principios'), re('respeto (?:a|de|por) (?:la|su) (?:\\S+ )?(?:soberanía|integridad territorial)')],
    with: [re('soberan~'), re('integridad territorial'), re('igualdad'), re('derecho internacional'), re('respeto mutuo'), re('no injerencia')],
  },
  nonaggression: {
    cues: [
      re('amenaza o (?:el )?uso de la fuerza'),
      re('abstener~ de (?:\\S+ ){0,3}(?:uso de la )?fuerza'),
      re('renunci~ al uso de la fuerza'),
      re('no recurrir a la fuerza'),
      re('no atacarse'),
    ],
    weak: [re('no agresión')],
  },
  consultation: {
    cues: [re('consult~'), re(`${B}concert~`)],
    with: [re('amenaza'), re('peligro'), re('seguridad'), re('agresión'), re(`${B}(?:si|cuando|en caso de)${E}`)],
  },
  'consultation-urgent': {
    cues: [re('consult~ (?:\\S+ ){0,3}(?:de inmediato|inmediatamente|sin demora)'), re('(?:de inmediato|inmediatamente|sin demora) (?:\\S+ ){0,2}consult~')],
  },
  defense: {
    cues: [re('ataque armado'), re('ataques? contra'), re('atacad~'), re('estado de guerra'), re('invasión'), re(`${B}agresión`)],
    with: [re('ayuda'), re('asistencia'), re('auxilio'), re('socorr~'), re('actuar'), re('defend~'), re('peligro común')],
    without: [THREAT_OF_ATTACK, ...DENIED],
  },
  'defense-named': {
    cues: [re('defensa mutua'), re('defensa colectiva'), re('asistencia mutua en caso de (?:guerra|ataque)'), re('repeler (?:\\S+ ){0,2}(?:agresión|ataque)')],
    without: DENIED,
  },
  'no-aid-to-aggressor': {
    cues: [
      // "no ayudará al agresor", "no prestará ayuda militar ni de otro tipo al agresor"
      re(`${B}(?:no|ni|nunca)${E} (?:\\S+ ){0,5}${HELP} (?:\\S+ ){0,4}${AGGRESSOR}`),
      re(`${B}ningun~ (?:\\S+ ){0,2}${HELP} (?:\\S+ ){0,4}${AGGRESSOR}`),
      re(`${B}${AGGRESSOR} (?:\\S+ ){0,3}(?:no|ningun~)${E} (?:\\S+ ){0,3}${HELP}`),
    ],
  },
  neutrality: { cues: [re('neutralidad')] },
  'no-territory-use': {
    cues: [
      re('(?:uso|utiliza~|usar) (?:de )?(?:su |sus )?territori~'),
      re('territori~ (?:\\S+ ){0,4}(?:utilizad|usad)~'),
      re('(?:impedi~|prevenir|evitar) (?:\\S+ ){0,10}desde (?:su|sus) (?:propio )?territori~'),
    ],
    with: [re('terceros?'), re('contra la otra'), re('hostil~'), re('separatis~'), re('agresi~')],
  },
  'no-competing-commitments': {
    cues: [
      re(`${B}no (?:celebrar|concertar|adherirse|firmar|participar|suscribir)~?(?: \\S+){0,5} (?:acuerdos?|tratados?|alianzas?|bloques?)`),
      re('(?:contraer|contraerá|asumir|asumirá|asuma) (?:\\S+ ){0,3}obligaciones (?:\\S+ ){0,3}(?:incompatibles|contrarias|en conflicto)'),
    ],
  },
  'other-obligations': { cues: [re('no afecta~ (?:a )?los derechos y obligaciones')] },
  'coercive-measures': { cues: [re('medidas (?:coercitivas|restrictivas) unilaterales|medidas coercitivas'), re('sanciones')] },
  'joint-defense-measures': { cues: [re('capacidad~ (?:de defensa|defensiva~)')] },
  'military-cooperation': {
    cues: [
      re('cooperación (?:técnico-)?militar'),
      re('cooperación (?:en materia )?de defensa'),
      re('industria~ de (?:la )?defensa'),
      re('suministro~ de armas'),
    ],
  },
  'joint-exercises': { cues: [re('ejercicios (?:\\S+ )?conjuntos'), re('maniobras conjuntas')] },
  'information-exchange': { cues: [re('intercambi~ (?:de )?(?:\\S+ ){0,2}(?:información|datos)'), re('centro de información')] },
  'maritime-security': { cues: [re('seguridad de la navegación'), re('piratería'), re('guardacostas'), re('seguridad marítima')] },
  'security-cooperation': {
    cues: [
      re('terroris~'),
      re('(?:crimen|delincuencia) organizad~'),
      re('extremismo'),
      re('servicios de (?:inteligencia|seguridad)'),
      re('(?:contrarrestar|combatir|hacer frente a) (?:\\S+ ){0,2}amenazas'),
    ],
  },
  'information-security': { cues: [re('seguridad de la información'), re('ciberseguridad'), re('seguridad informática')] },
  'status-of-forces': {
    cues: [
      re('(?:estatuto|estatus|régimen) (?:jurídico )?de (?:las )?(?:fuerzas|tropas)'),
      re('fuerzas visitantes'),
      re('estacionamiento (?:\\S+ ){0,2}(?:fuerzas|tropas)'),
    ],
  },
  'arms-limits': {
    cues: [
      re('ojivas?'),
      re('lanzadores?'),
      re('bombarderos pesados'),
      re('vectores'),
      re('armas nucleares'),
      re('misiles? (?:\\S+ ){0,2}(?:balísticos?|estratégicos?|de crucero|intercontinentales)'),
    ],
    with: [
      re('límite~|limit~'),
      re('reduc~'),
      re('techo~'),
      re('no exceder|como máximo|no más de'),
      re('elimin~|destru~|desmantel~'),
      re('\\d[\\d.]* (?:\\S+ ){0,2}(?:ojivas|lanzadores|misiles)'),
    ],
  },
  'missile-defense': { cues: [re('defensa antimisil~'), re('antimisiles?'), re('interceptores?')] },
  inspections: { cues: [re('inspecci~|inspector~'), re('in situ')] },
  verification: { cues: [re('verificaci~'), re('medios técnicos nacionales'), re('telemetr~')] },
  'verification-notices': { cues: [re('notificaci~'), re('intercambio de datos'), re('base de datos')], with: [re(`(?:${WEAPONS})`)] },
  ceasefire: { cues: [re('alto el fuego'), re('cese (?:del|al) fuego'), re('cese de (?:las )?hostilidades'), re('tregua'), re('armisticio')] },
  'withdrawal-of-forces': {
    cues: [re('(?:retirada|retiro|repliegue) (?:\\S+ ){0,3}(?:tropas|fuerzas|soldados|unidades)'), re('retirar (?:\\S+ ){0,3}(?:tropas|fuerzas)')],
  },
  'prisoner-exchange': {
    cues: [re('(?:canje|intercambio) (?:\\S+ ){0,3}(?:prisioneros|presos|detenidos|rehenes)'), re('liberación (?:\\S+ ){0,3}(?:prisioneros|presos|rehenes)')],
  },
  borders: {
    cues: [
      re('delimitación'),
      re('demarcación'),
      re('trazado de la frontera'),
      re('inviolabilidad de las fronteras'),
      re('(?:reconoc~|respet~) (?:\\S+ ){0,3}fronteras'),
      re('fronteras? (?:internacional|permanente|común)~'),
    ],
    without: [re('(?:retir~|repleg~) (?:\\S+ ){0,12}(?:detrás de|tras|hasta) (?:la )?(?:\\S+ )?(?:frontera|línea)s?(?: \\S+)?')],
  },
  'diplomatic-relations': {
    cues: [
      re('relaciones diplomáticas'),
      re('normalización (?:\\S+ ){0,2}relaciones'),
      re('(?:abrir|establecer|reabrir)~ (?:\\S+ ){0,3}embajadas?'),
      re('intercambio de embajadores'),
    ],
  },
  'market-access': {
    cues: [
      re('acceso a(?:l)? (?:los )?mercados?'),
      re('(?:eliminación|reducción|supresión|desgravación) (?:\\S+ ){0,3}arancel~'),
      re('libre de aranceles|libres de aranceles'),
      re('arancel cero'),
    ],
  },
  'rules-of-origin': { cues: [re('(?:normas|reglas) de origen'), re('certificado~ de origen'), re('productos originarios')] },
  trade: { cues: [re(`${B}comercio${E}`), re('arancel~'), re('derechos (?:de aduana|aduaneros)'), re(`${B}(?:importaci~|exportaci~)`)] },
  'economic-cooperation': { cues: [re(`${B}comercio${E}`), re('económic~'), re('inversi(?:ón|ones)'), re('pesca~')] },
  'humanitarian-cooperation': { cues: [re('educación'), re('salud'), re(`${B}cultura${E}`), re('turismo')] },
  energy: { cues: [re('energía~|energétic~'), re('petróleo'), re('gas natural|gasoducto~|oleoducto~'), re('electricidad'), re('energía nuclear')] },
  transport: { cues: [re('transporte~'), re('tránsito'), re('ferrocarril~|ferroviari~'), re('servicios aéreos')] },
  'protected-areas': { cues: [re('áreas? (?:marinas? )?protegidas?'), re('zonas? (?:marinas? )?protegidas?'), re('reservas? marinas?')] },
  'impact-assessment': { cues: [re('evaluaci(?:ón|ones) (?:\\S+ ){0,2}impacto~'), re('estudios? de impacto')] },
  environment: { cues: [re('contaminaci~'), re('protección del medio ambiente'), re('medioambiental~'), re('biodiversidad|diversidad biológica')] },
  'benefit-sharing': { cues: [re('(?:participación|distribución|reparto) (?:justa y equitativa )?(?:en |de )?(?:los )?beneficios'), re('recursos genéticos')] },
  'capacity-building': { cues: [re('creación de capacidad~|fortalecimiento de (?:las )?capacidades'), re('transferencia de (?:\\S+ ){0,2}tecnolog~')] },
  'resource-sharing': {
    cues: [re('reparto (?:\\S+ ){0,3}(?:aguas|caudal|recursos)'), re('caudal mínimo|caudal ecológico'), re('cuotas?'), re('extracci~ de agua')],
  },
  mitigation: {
    cues: [
      re('emisiones (?:\\S+ ){0,3}(?:reduc~|limit~|recort~)'),
      re('(?:reducción|limitación|recorte) (?:\\S+ ){0,3}emisiones'),
      re('contribuciones? determinadas? a nivel nacional'),
      re('mitigación'),
    ],
  },
  adaptation: { cues: [re('adaptación al? (?:\\S+ ){0,2}(?:cambio climático|efectos)')] },
  finance: { cues: [re('recursos financieros'), re('financiación climática|financiamiento climático'), re('mecanismo financiero'), re('apoyo financiero')] },
  transparency: { cues: [re('transparencia')] },
  purpose: { cues: [re('objetivo~? (?:del presente|de este) (?:acuerdo|tratado|convenio)'), re('objetivo general'), re('tiene por objeto')] },
  'planned-measures': { cues: [re('medidas proyectadas'), re('obras? (?:\\S+ )?(?:planificad|proyectad)~')] },
  institutions: { cues: [re('(?:establec~|crea~|constitu~) (?:\\S+ ){0,5}(?:comisión|comité|consejo|secretaría)'), re('conferencia de (?:las )?partes')] },
  'dispute-settlement': {
    cues: [re('(?:solución|arreglo) de (?:las )?(?:controversias|diferencias)'), re('controversias? (?:\\S+ ){0,4}interpretación'), re('arbitraje')],
  },
  amendment: {
    cues: [
      re('(?:podrá|podrán) ser (?:enmendad|modificad)~'),
      re('enmiendas? (?:al|a este|a la|a esta) (?:tratado|acuerdo|convención|convenio|protocolo)'),
      re('(?:proponer|propuesta de|procedimiento de) enmiendas?'),
      re('conferencia de enmienda'),
    ],
  },
  'entry-into-force': {
    cues: [
      re('entra~ en vigor'),
      re('entrada en vigor'),
      re('surt(?:e|en|irá|irán) efectos?'),
      re('canje de (?:los )?instrumentos'),
      re('sujeto a ratificación'),
    ],
    without: [re('(?:desde|a partir de|tras|después de) (?:la fecha de )?(?:su |la )entrada en vigor')],
  },
  duration: {
    cues: [
      re('duración'),
      re('vigencia'),
      re('indefinid~'),
      re('prorrog~|prórroga|extender (?:\\S+ ){0,3}por'),
      re('denuncia~ (?:\\S+ ){0,2}(?:del|el|este|la) (?:presente )?(?:tratado|acuerdo|convenio)'),
    ],
  },
  signature: { cues: [re('abiert~ a la firma')] },
  withdrawal: {
    cues: [
      re('(?:retirarse|retiro|retirada|salida) (?:del|de la) (?:presente )?(?:tratado|acuerdo|convención|convenio)'),
      re('notificar (?:su |la )?retirada'),
      re('(?:podrá|puede|pueda) retirarse'),
      re('retirada (?:\\S+ ){0,2}(?:surt~ efecto|será efectiva|efectiva)'),
    ],
  },
  supersedes: { cues: [re('sustitu~|reemplaz~'), re('dejará~ de (?:estar en vigor|surtir efecto)')] },
  'maritime-boundary': {
    cues: [
      re('frontera~? marítima~'),
      re('límites? marítimos?'),
      re('delimitación marítima'),
      re('plataforma continental'),
      re('zonas? económicas? exclusivas?'),
    ],
  },
  'holy-sites': { cues: [re('(?:santos|sagrados) lugares'), re('lugares (?:santos|sagrados)')] },
  water: { cues: [re('\\baguas?\\b'), re('\\bríos?\\b')], without: [re('aguas territoriales')] },
  'water-allocation': { cues: [re('(?:repart~|distribu~|asign~) (?:\\S+ ){0,2}aguas'), re('(?:reparto|asignación) de (?:las )?aguas')] },
  definitions: { cues: [re('definiciones'), re('a (?:los )?efectos del presente')] },
  'victim-assistance': { cues: [re('(?:asistencia|ayuda|atención) a (?:\\S+ ){0,2}víctimas'), re('asistir a (?:\\S+ ){0,2}víctimas')] },
  'environmental-remediation': { cues: [re('descontamin~'), re('remediación')] },
  'meetings-of-states-parties': { cues: [re('reuni~ de (?:los )?estados partes'), re('conferencias? de examen')] },
  registration: { cues: [re('registr~ (?:\\S+ ){0,3}secretaría'), re('artículo 102 de la carta')], weak: [re('depositario')] },
  'final-clauses': { cues: [re('hecho en '), re('igualmente auténticos'), re('en dos ejemplares')] },
  'security-arrangements': {
    cues: [
      re('(?:arreglos|disposiciones|medidas) de seguridad'),
      re('zonas? (?:de fuerzas limitadas|desmilitarizada~|de amortiguación|tap[óo]n)'),
      re('fuerzas (?:\\S+ ){0,2}(?:de las naciones unidas|de la onu|multinacionales)'),
      re('observadores (?:\\S+ ){0,2}(?:de las naciones unidas|de la onu)'),
    ],
  },
  navigation: {
    cues: [
      re('libre (?:paso|tránsito|navegación)'),
      re('libertad de (?:navegación|paso)'),
      re('derecho de (?:\\S+ ){0,2}paso'),
      re('vías? (?:navegables?|marítimas?) internacional~'),
    ],
  },
  organization: {
    cues: [re('(?:establec~|crea~|institu~) (?:\\S+ ){0,6}organización'), re('organización (?:\\S+ ){0,3}(?:se establece|queda establecida|fue creada)')],
  },
};
