// Topics for the common subjects of treaties beyond security: joint bodies, environment, shared resources,
// notification of planned works, trade, transport, registration and the final clauses. Same shape and
// matching as ./vocabulary.ts, which lists these after its own.
import { re, type TopicRule } from './cues.ts';

export const SUBJECTS: TopicRule[] = [
  {
    topic: 'institutions',
    about: 'a joint body (commission, committee, council) is established, with its composition and procedure',
    cues: {
      en: [re('establish~ (?:\\S+ ){0,5}(?:commission|committee|council|secretariat|working group)'), re('(?:set up|creat~) (?:\\S+ ){0,4}(?:commission|committee|council)'), re('(?:commission|committee|council) (?:\\S+ ){0,3}(?:is|shall be|will be|was|has been) (?:established|set up|created)'), re('(?:commission|committee|council)~? (?:\\S+ ){0,3}(?:composed of|consisting of|shall have its seat)')],
      ru: [re('(?:учрежда~|учредить|созда~|образу~) (?:\\S+ ){0,4}(?:комисси~|комитет~|совет~)'), re('(?:комисси~|комитет~) (?:\\S+ ){0,4}(?:состоит|в составе)')],
      de: [re('(?:errichten|gründen|bilden|schaffen|setzen) (?:\\S+ ){0,5}(?:kommission|ausschuss|rat)\\b'), re('(?:kommission|ausschuss)~ (?:\\S+ ){0,6}(?:eingesetzt|errichtet|gegründet|gebildet)'), re('(?:kommission|ausschuss) (?:\\S+ ){0,3}(?:besteht aus|setzt sich)')],
      fr: [re('(?:institu~|crée~?|créent|établi~) (?:\\S+ ){0,5}(?:commission|comité|conseil)'), re('(?:commission|comité) (?:\\S+ ){0,4}(?:composée?|a son siège)')],
    },
  },
  {
    topic: 'environment',
    about: 'prevention of pollution and protection of the environment',
    cues: {
      en: [re('pollut~'), re('protection of the (?:\\S+ )?environment'), re('environment~ (?:protection|impact)'), re('biodiversity'), re('ecosystem~')],
      ru: [re('загрязнени~'), re('охран~ (?:\\S+ )?(?:окружающей среды|природы)'), re('экологическ~')],
      de: [re('verschmutzung'), re('umweltschutz'), re('schutz der umwelt'), re('umweltverträglich~')],
      fr: [re('pollution'), re("protection de l'environnement"), re('environnemental~')],
    },
  },
  {
    topic: 'resource-sharing',
    about: 'use and sharing of a common resource (river water, flow, fish stocks): shares, quotas, withdrawals, minimum flow',
    cues: {
      en: [re('shar~ (?:\\S+ ){0,5}(?:waters?|flow|resources?|catch)\\b'), re('\\b(?:waters?|flow|resources?) (?:\\S+ ){0,12}(?:be )?shared'), re('minimum (?:\\S+ )?flow'), re('withdraw~ (?:\\S+ ){0,3}water|withdrawals'), re('\\bquotas?\\b'), re('allocat~ (?:\\S+ ){0,3}(?:water|flow|resource|quota|catch)'), re('equitable and reasonable'), re('use (?:of )?the waters'), re('water (?:use|sharing|allocation)')],
      ru: [re('раздел~ (?:\\S+ ){0,3}(?:вод~|сток~)'), re('водопользовани~'), re('водозабор~'), re('квот~'), re('минимальн~ (?:\\S+ )?сток~'), re('распределени~ (?:\\S+ ){0,3}(?:вод~|ресурс~|квот~)')],
      de: [re('aufteilung (?:\\S+ ){0,4}(?:gewässer|wasser~|abfluss~)'), re('teilt (?:\\S+ ){0,4}(?:abfluss|wasser)'), re('mindest(?:wasser|abfluss)~'), re('(?:wasser)?entnahme~'), re('kontingent~'), re('\\bquote~')],
      fr: [re('partage~? (?:\\S+ ){0,4}(?:eaux|débit|ressources?)'), re('prélèvement~'), re('débit (?:minimum|minimal|réservé)'), re('\\bquota~'), re('répartition (?:\\S+ ){0,3}(?:eaux|débit|ressources?)')],
    },
  },
  {
    // The UN Watercourses Convention's "planned measures": works one party plans that may affect the other.
    topic: 'planned-measures',
    about: 'a party notifies the other before works or measures that may affect it (dams, diversions, projects)',
    cues: {
      en: [re('plann~ (?:\\S+ ){0,6}(?:works?|dam|diversion|projects?|measures?)\\b'), re('notif~ (?:\\S+ ){0,6}before (?:\\S+ ){0,2}(?:work|construction)')],
      ru: [re('планируем~ (?:\\S+ ){0,3}(?:мер~|работ~|проект~)')],
      de: [re('geplant~ (?:\\S+ ){0,3}(?:maßnahmen|vorhaben|bauwerk~|projekt~)')],
      fr: [re('mesures projetées'), re('projet~ (?:\\S+ ){0,3}(?:barrage|ouvrage)~')],
    },
  },
  {
    topic: 'trade',
    about: 'trade in goods: tariffs, customs duties, imports and exports',
    broader: 'economic-cooperation',
    cues: {
      en: [re('\\btrade\\b'), re('tariff~'), re('customs dut~'), re('\\b(?:imports?|exports?)\\b'), re('most-favou?red-nation')],
      ru: [re('торгов~'), re('таможенн~ пошлин~'), re('(?<!\\p{L})(?:экспорт~|импорт~)')],
      de: [re('\\bhandels~'), re('\\bhandel\\b'), re('\\bzölle\\b|zollsätze'), re('\\b(?:ausfuhr|einfuhr)~')],
      fr: [re('\\bcommerc~'), re('droits de douane'), re('\\b(?:importations?|exportations?)\\b')],
    },
  },
  {
    topic: 'transport',
    about: 'transport links and transit: rail, road, air services, navigation on rivers and canals',
    cues: {
      en: [re('transport~'), re('\\btransit\\b'), re('railway~|rail (?:link|line|connection)~'), re('air (?:services|traffic|links?)'), re('inland navigation'), re('motorway~|highway~')],
      ru: [re('транспорт~'), re('транзит~'), re('железнодорожн~'), re('авиасообщени~')],
      de: [re('transport~'), re('transit~'), re('eisenbahn~'), re('binnenschifffahrt'), re('luftverkehr~')],
      fr: [re('transport~'), re('\\btransit\\b'), re('ferroviaire~'), re('navigation intérieure'), re('services aériens')],
    },
  },
  {
    topic: 'registration',
    about: 'registration with the UN Secretariat (Article 102 of the UN Charter) and the depositary',
    cues: {
      en: [re('register~ with the (?:\\S+ ){0,2}(?:secretariat|secretary-general)'), re('article 102 of the charter'), re('registration (?:with|of this)'), re('\\bdepositary')],
      ru: [re('регистрац~ (?:\\S+ ){0,4}секретариат~'), re('зарегистрир~ (?:\\S+ ){0,4}секретариат~'), re('стать~ 102 устава'), re('депозитари~')],
      de: [re('registrier~ (?:\\S+ ){0,4}sekretariat'), re('artikel 102 der charta'), re('verwahrer')],
      fr: [re('enregistré~ (?:\\S+ ){0,3}secrétariat'), re('article 102 de la charte'), re('dépositaire')],
    },
  },
  {
    topic: 'final-clauses',
    about: 'the closing formula: place and date, originals, authentic languages',
    cues: {
      en: [re('\\bdone (?:at|in) '), re('in (?:two|three|\\d) originals'), re('equally authentic'), re('authentic texts?'), re('in witness whereof')],
      ru: [re('совершено в'), re('имеют одинаковую силу'), re('в двух экземплярах')],
      de: [re('geschehen (?:zu|in) '), re('gleichermaßen verbindlich'), re('in zwei urschriften')],
      fr: [re('fait à '), re('font également foi'), re('en deux exemplaires')],
    },
  },
];
