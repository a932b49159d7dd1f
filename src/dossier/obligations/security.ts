// What makes a consultation clause an ATOP consultation obligation: the parties consult in the event of a threat,
// attack, conflict, crisis or another security contingency (ATOP codebook: "members promise to consult in the
// event of a crisis / threat to one of them / military conflict"). "Consult when the river's flow is low", "on
// the implementation of this Treaty" or "on trade" is a consultation clause of another kind. The article topic
// tags both (articles/vocabulary.ts); these word lists tell them apart and give the words that decided.
import { VOCABULARY } from '../articles/vocabulary.ts';
import { perText } from '../memo.ts';

const L = '\\p{L}*';
/** Word start/end in any script (`\b` is ASCII only). */
const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const rx = (s: string) => new RegExp(s.replace(/~/g, L), 'giu');

/** The consult words are the article topic's cues ("consult", "консультации", "Konsultationen", "communication
 *  channels"), so the clause the topic tagged is the one judged here. */
const CONSULT = (() => {
  const rule = VOCABULARY.find((r) => r.topic === 'consultation')!;
  return new RegExp(Object.values(rule.cues).flat().map((r) => `(?:${r.source})`).join('|'), 'giu');
})();

/** Phrases set aside first: they hold a condition word that is not a security contingency here (a past war
 *  commemorated, "energy security", "food crisis"). */
const NOT_CONTINGENCY = [
  rx(`(?:first|second|great) world war|world war (?:i|ii|one|two)${E}|war (?:graves?|memorials?|veterans?|dead|crimes?|criminals?)${E}|prisoners? of war`),
  rx(`(?:economic|energy|food|water|financial|health|environmental|social|supply|public|information|sanitary)(?: and \\p{L}+)? (?:security|crisis|crises)${E}`),
  rx(`(?:fiscal|debt|banking|currency|monetary|humanitarian|migration|refugee|climate|drought|flood)~ (?:crisis|crises)${E}`),
  rx(`(?:втор~ миров~|велик~ отечественн~) войн~`),
  rx(`(?:экономическ~|энергетическ~|продовольственн~|водн~|финансов~|экологическ~|информационн~|санитарн~|гуманитарн~|миграционн~|долгов~|валютн~|банковск~|общественн~) (?:безопасност~|кризис~)`),
  rx(`${B}(?:wirtschaftlich~|energetisch~|ökologisch~|finanziell~|öffentlich~|humanitär~) (?:sicherheit|krise~)`),
  rx(`(?:seconde|première) guerre mondiale|(?:sécurité|crise) (?:économique|énergétique|alimentaire|financière|sanitaire|humanitaire)~`),
];

/** Hostilities, or the threat of them: named alone, they are the contingency ("in the event of an armed attack",
 *  "a direct threat of armed invasion", "угроза агрессии"). The threat is kept in the words shown. */
const HOSTILITIES = [
  rx(`${B}(?:threat~ of (?:\\S+ ){0,4})?(?:aggression|armed attack|attack (?:on|against)|attacked|invasion|invaded|(?:armed|military) conflict|hostilities|state of war|wars?${E}|act of war)`),
  rx(`${B}(?:угроз~ (?:\\S+ ){0,4})?(?:агресси~|нападени~|вторжени~|вооруж[её]нн~ конфликт~|военн~ конфликт~|военн~ действи~|войн(?:а|ы|у|е|ой|ами|ах)?${E})`),
  rx(`${B}(?:(?:bedrohung|androhung) (?:\\S+ ){0,4})?(?:aggression|angriff~|angegriffen|invasion|bewaffnet~ (?:konflikt|auseinandersetzung)~|militärisch~ konflikt~|feindseligkeiten|krieg(?:e|es|s)?${E}|kriegszustand|kriegsfall)`),
  rx(`${B}(?:menace~? (?:\\S+ ){0,4})?(?:agression~|attaque~? armée~?|attaqué~|invasion|conflit~? armé~?|hostilités|guerre)`),
];

/** A threat or danger to what a state defends: its security, peace, sovereignty, territorial integrity or
 *  independence, or a party itself ("threatens its security", "a threat against either Party", "peace is being
 *  threatened", "угроза её безопасности", "die Sicherheit einer der Parteien bedroht ist"). The object must follow
 *  the threat closely (or be its subject): "danger of flooding, either Party shall …" is not it. */
const THREATS = [
  rx(`${B}(?:threat~|menace~|danger~|endanger~|jeopardi[sz]~)(?:\\s+\\S+){0,4}?\\s+(?:security|peace|sovereignty|territorial integrity|independence)${E}`),
  rx(`${B}(?:threat~|danger~)(?:\\s+\\S+){0,2}?\\s+(?:to|against|for)\\s+(?:either|one of the|any of the|each|a|the other) (?:part(?:y|ies)|sides?)${E}`),
  rx(`${B}(?:security|peace|sovereignty|territorial integrity|independence)${E}[^.;]{0,80}?${B}(?:threatened|endangered|under threat|in danger|jeopardi[sz]ed)${E}`),
  rx(`${B}(?:угроз~|угрожа~|опасност~)(?:\\s+\\S+){0,3}?\\s+(?:безопасност~|мир(?:а|у|ом|е)?${E}|суверенитет~|территориальн~ целостност~|независимост~)`),
  rx(`${B}(?:угроз~|опасност~)\\s+(?:(?:для|против)\\s+)?одн~ из сторон~`),
  rx(`${B}(?:безопасност~|миру|суверенитет~|целостност~|независимост~)[^.;]{0,80}?${B}(?:угрожа~|под угрозой|в опасности)`),
  rx(`${B}(?:bedroh~|gefahr~|gefährd~)(?:\\s+\\S+){0,3}?\\s+(?:sicherheit~|frieden~|souveränität|unversehrtheit|territorial~ integrität|unabhängigkeit)`),
  rx(`${B}(?:bedroh~|gefahr~)\\s+(?:(?:für|gegen)\\s+)?(?:eine~|einer|jede~)\\s+(?:der\\s+)?(?:vertrags)?(?:partei~|seite~)`),
  rx(`${B}(?:sicherheit|frieden~|souveränität|unversehrtheit|integrität|unabhängigkeit)${E}[^.;]{0,80}?${B}(?:bedroht|gefährdet|in gefahr)`),
  rx(`${B}(?:menac~|danger~)(?:\\s+\\S+){0,3}?\\s+(?:sécurité|paix|souveraineté|intégrité territoriale|indépendance)`),
  rx(`${B}(?:sécurité|paix|souveraineté|intégrité|indépendance)[^.;]{0,80}?${B}(?:menacée~|en danger)`),
];

/** A crisis, or an emergency of a military or political kind (a financial or food crisis is set aside above;
 *  German compounds such as "Finanzkrise" do not start with the word). */
const CRISES = [
  rx(`${B}(?:cris[ie]s|(?:military|political|security|defen[cs]e) emergenc~)`),
  rx(`${B}(?:кризис~|чрезвычайн~ (?:военн~|политическ~) ~)`),
  rx(`${B}(?:krise~|(?:militärisch~|politisch~) notla~)`),
  rx(`${B}(?:crise~)`),
];

/** Every kind of security contingency, tried in this order. */
const CONTINGENCIES = [...HOSTILITIES, ...THREATS, ...CRISES];

const first = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m[0].replace(/\s+/g, ' ').trim() : null;
};

/** The consult words of a clause and the security contingency it names, each as written (null when absent).
 *  Once per distinct text: the dossier stage judges every report's consultation sentences on each update. */
export const consultationCues = perText((text: string): { consult: string | null; contingency: string | null } => {
  const consult = first(CONSULT, text);
  const cleared = NOT_CONTINGENCY.reduce((t, r) => t.replace(r, ' '), text);
  let contingency: string | null = null;
  for (const re of CONTINGENCIES) if ((contingency = first(re, cleared))) break;
  return { consult, contingency };
});
