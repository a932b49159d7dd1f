// English lifecycle cues. Events need a finite past or perfect form ("approved", "has entered into force");
// predictions ("will come into force", "must be ratified", "would be submitted") are expectations. A headline's
// or a timeline's present ("October 24: the Duma votes to ratify") is an event there only.

import { NUMBER } from './numbers.ts';
import { any, rx, rxAny } from './regex.ts';
import type { LanguageRules } from './types.ts';

/** The words between a verb and its object ("signed his country's instrument …"). */
const GAP = String.raw`(?:[\p{L}'’.-]+\s+){0,4}?`;
/** The same, with figures ("deposited the 50th instrument"). */
const RANKED_GAP = String.raw`(?:[\p{L}\p{N}'’.-]+\s+){0,4}?`;
/** An assembly that is a state's legislature, not an organisation's plenary ("the UN General Assembly adopted
 *  the text" adopts it for signature: no state's approval). */
const STATE_ASSEMBLY = String.raw`(?<!general\s)(?<!health\s)assembly`;
/** Legislatures a bill is sent to ("to the Diet", "to the Senate", "to parliament"). */
const LEGISLATURE = String.raw`(?:parliament|legislature|assembly|diet|duma|senate|congress|house|chamber|council|majlis|cortes|knesset|sejm|storting|riksdag|folketing|bundestag|bundesrat|rada|lawmakers|legislators|parliamentarians|senators|deputies|MPs)`;
/** Verbs of a chamber's approval, past: the formal ones and the wires' ("rubber-stamped", "signed off on"). */
/** An amendment adopted by a chamber (to a bill) is no approval of the treaty; one the parties adopt amends it. */
const NOT_AN_AMENDMENT = String.raw`(?!\s+(?:an?|the|its)\s+(?:[\p{L}-]+\s+)?amendments?\b)`;
const APPROVED = any(
  String.raw`approved${NOT_AN_AMENDMENT}`,
  String.raw`passed${NOT_AN_AMENDMENT}`,
  String.raw`adopted${NOT_AN_AMENDMENT}`,
  'endorsed',
  'backed',
  'rubber-stamped',
  'okayed',
  String.raw`signed\s+off\s+on`,
);
const APPROVES = any('approves', 'passes', 'adopts', 'backs', 'endorses', 'rubber-stamps', 'okays', String.raw`signs\s+off\s+on`);
/** What a vote is for: "voted 212-9 to back", "votes unanimously in favour of ratifying". */
const VOTE_FOR = String.raw`(?:[\d–-]+\s+|unanimously\s+|overwhelmingly\s+|narrowly\s+)?(?:to\s+(?:approve|ratify|back|endorse|adopt|pass|accept|support)|for|in\s+favou?r)`;
/** What a chamber gives: its consent, approval, green light ("gave the accord its approval", "has given the go-ahead"). */
const APPROVAL_NOUN = String.raw`(?:(?:advice\s+and\s+)?consent|approval|backing|endorsement|green\s+light|go-ahead|nod)`;
/** A treaty or its bill getting through a chamber: "cleared the Senate", "sailed through the lower house". */
const THROUGH = any('cleared', String.raw`sailed\s+through`, String.raw`(?:went|got|made\s+it)\s+through`);
/** A legislature's approval told as what the treaty received: "received parliamentary approval", "won the
 *  backing of lawmakers". */
const LEGISLATIVE = String.raw`(?:parliamentary|legislative|congressional|senate|parliament['’]s|congress['’]s|the\s+senate['’]s)`;
const RECEIVED = String.raw`(?:received|won|secured|obtained|gained|got)`;
/** Any character of the same sentence: "No." and the full stop inside a number do not end it. */
const SPAN = String.raw`(?:[^.;]|(?<=\bNo|\d)\.)`;
/** A bill named by its number: "Bill C-4", "H.R. 5430", "S. 1234". */
const NUMBERED_BILL = String.raw`(?:Bill\s+[A-Z]{0,2}-?\d+|H\.\s?R\.\s?\d+|S\.\s?\d+)`;
/** The agreement as an object ("the treaty", "the pact"). */
const INSTRUMENT = String.raw`(?:treaty|agreement|pact|accord|convention|protocol|statute|deal|truce|ceasefire|cease-fire|armistice)`;
/** What a state's instrument expresses: each is its consent to be bound, i.e. its ratification. */
const CONSENT = String.raw`(?:ratification|accession|acceptance|approval)`;
/** A bill, law or decree of ratification ("the law on ratification", "the ratification law", "a decree ratifying"). */
const RATIFICATION_ACT = any(
  String.raw`(?:instruments?|law|bill|decree|act)\s+(?:(?:of|on|for)\s+(?:(?:the|its)\s+)?ratifi\w*|ratifying)`,
  String.raw`ratification\s+(?:law|bill|decree|act|instruments?)`,
  String.raw`instruments?\s+(?:of\s+(?:acceptance|accession|approval)|to\s+(?:join|rejoin|accede))`,
  String.raw`(?:law|decree|act)\s+promulgating`,
);
/** A law that suspends the treaty or takes the state out of it. */
const SUSPENSION_ACT = String.raw`(?:law|bill|decree|act)\s+(?:on\s+)?suspending`;
const WITHDRAWAL_ACT = String.raw`(?:law|bill|decree|act)\s+(?:on\s+)?(?:withdrawing|denouncing|terminating\s+(?:its\s+)?participation)`;
/** A state leaving a treaty, as a noun. */
const EXIT = String.raw`(?:withdrawal|exit|departure)`;
/** What an exit did when it took effect: "took effect", "became effective", "became final". */
const EXIT_EFFECTIVE = any(String.raw`(?:took|has\s+taken|had\s+taken)\s+effect`, String.raw`(?:became|has\s+become|had\s+become)\s+(?:effective|final)`);
/** What a "followed" is followed by when it takes the step told before: a date, a time or the clause's end
 *  ("Iceland followed on 11 April", "followed suit a week later"), not an object ("followed the debate"). */
const FOLLOW_END = String.raw`(?=\s*(?:[,.;]|$)|\s+(?:on|in|shortly|soon|later|days|weeks|months|the\s+(?:next|following)|a\s+(?:day|week|month|year)|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)`;
/** Amendments that are not the parties' to the agreement: a chamber's to its bill or law. */
const OWN_LAW = String.raw`(?!\s+to\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:bill|law|act|resolution|motion|draft|budget|constitution)\b)`;
/** A European Union decision that concludes an agreement: the Union's ratification. */
const CONCLUSION = String.raw`decision\s+(?:on\s+(?:the\s+)?conclu(?:sion|ding)\s+of|concluding|to\s+conclude)`;
/** Nouns that an "open-ended …" or "N-year …" must qualify to be about the agreement's term ("an open-ended
 *  military guarantee" is rhetoric about a clause, not the treaty's term). */
const TERM_OF = String.raw`(?:treaty|agreement|pact|accord|convention|deal|document|commitment|term)`;
/** What a state deposits with the depositary: any instrument of its consent, named or not ("deposited its
 *  instrument"), but not one that takes it out ("instrument of withdrawal"). */
const DEPOSITED_INSTRUMENT = String.raw`instruments?(?:\s+of\s+${CONSENT})?\b(?!\s+of\s+(?:withdrawal|denunciation))`;
const INSTRUMENTS_OF_RATIFICATION = String.raw`(?:instruments?|documents?)\s+of\s+ratification`;
/** What two parties exchange to bring a bilateral treaty into force: instruments of ratification, ratification
 *  documents, or diplomatic notes saying their procedures are complete. */
const EXCHANGED_PAPERS = any(INSTRUMENTS_OF_RATIFICATION, String.raw`ratification\s+(?:documents|instruments)`, String.raw`(?:diplomatic\s+)?notes`);
/** A noun phrase that is not told as done: "Its entry into force on 17 January is expected …". */
const NOT_YET = String.raw`(?![^.;]{0,60}?\b(?:is|are)\s+(?:expected|due|scheduled|planned|set|likely)\b)`;
/** Words that put a verb in the future, a possibility or a plan ("could enter into force", "would submit"). */
const MODAL = any(
  'will',
  'shall',
  'would',
  'could',
  'may',
  'might',
  'should',
  'can',
  String.raw`is\s+(?:expected|due|set|likely)\s+to`,
  String.raw`is\s+to`,
  String.raw`(?:plans?|intends?|hopes?|wants?)\s+to`,
);
/** A state's name after "by" in a noun phrase ("ratification by Ghana on …", "by the Czech Republic in …"). */
const STATE_WORDS = String.raw`(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}?`;
/** Not an aim: "towards bringing the treaty into force", "efforts at bringing …". */
const NOT_AIMED = String.raw`(?<!(?:at|of|towards|toward|for|on|to)\s)`;
/** Not right after a modal: "would have entered into force" is no event (the guards see only what precedes
 *  the match, and the match takes the "have"). */
const NOT_AFTER_MODAL = String.raw`(?<!(?:would|could|might|should|must|may)\s)`;
/** A state's part in a treaty in force, which it suspends ("suspended its obligations", "its compliance with"). */
const OWN_PART = String.raw`(?:(?:its|their|[\p{L}.]+['’]s)\s+)?(?:[\p{L}-]+\s+)?(?:obligations|commitments|compliance|participation|membership)\b`;
/** A notice of withdrawal, after its verb: "formal notice of its withdrawal", "notification of its intention to
 *  withdraw"; "notified the depositary of its withdrawal". */
/** What a party's notice says it will do: withdraw, denounce, end the treaty or not renew it. */
const EXIT_INTENT = String.raw`(?:withdrawal|denunciation|termination|non-renewal|intention\s+(?:to\s+(?:withdraw|denounce|terminate|end)|not\s+to\s+(?:renew|extend))|decision\s+(?:to\s+(?:withdraw|terminate|end)|not\s+to\s+(?:renew|extend)))`;
const NOTICE_OF_EXIT = String.raw`(?:(?:formal|official|written|diplomatic|its|the|their|a)\s+)*(?:notice|notification|note)\s+(?:of|on|about|(?:notifying|informing)\s+(?:[\p{L}.'’-]+\s+){1,4}?of)\s+(?:its\s+|their\s+|\p{Lu}[\p{L}-]*['’]s\s+)?${EXIT_INTENT}`;
/** "notified the UN of its withdrawal", "a note notifying the Russian Federation of Ukraine's intention to terminate". */
const NOTIFIED_OF_EXIT = String.raw`(?<!\b(?:note|notice|notification)\s)\bnotif(?:ied|ying)\s+(?:[\p{L}.'’-]+\s+){1,4}?of\s+(?:its|their|\p{Lu}[\p{L}-]*['’]s)\s+${EXIT_INTENT}`;
/** What reports call the extension of a treaty, as a noun ("announced the extension of the accord"). */
const EXTENSION = String.raw`(?:extension|renewal|prolongation)`;
/** How long an extension runs, before its noun: "a 120-day extension", "a two-month extension", "a 60 day renewal". */
const EXTENSION_LENGTH = String.raw`(?:further\s+|new\s+)?(?:[\p{L}\p{N}]+[-\s](?:day|week|month|year)|(?:[\p{L}\p{N}]+\s+)?(?:day|week|month|year)s?['’]?)\s+`;
/** Verbs that make an extension happen when told of its length, past or (a timeline's) present. */
const EXTENSION_VERBS_PAST = String.raw`(?:announced|agreed|confirmed|approved|granted|secured|brokered)`;
const EXTENSION_VERBS_PRESENT = String.raw`(?:announces?|agrees?|confirms?|approves?|grants?|secures?|brokers?)`;
/** No state as the subject: "no State Party has ever withdrawn from it". */
const NO_STATE = String.raw`\b(?:no|none\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,2}?(?:states?|countries|country|parties|party|nations|members|signator(?:y|ies))\s+(?:has|have|had)\s+(?:ever\s+|yet\s+)?$`;
/** What any state does ("How a country leaves the treaty"): a headline of explanation, no one state's step. */
const ANY_STATE = String.raw`\bhow\s+(?:a|an|any|one)\s+(?:[\p{L}-]+\s+)?(?:state|country|party|nation|member)\s+(?:can\s+|may\s+|could\s+)?$`;
/** States described as a class ("the countries that have deposited"): no one state's step. */
const CLASS_OF_STATES = String.raw`\b(?:countries|states|nations|parties|members|signatories|governments)\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:already\s+|since\s+|now\s+)?$`;
/** The agreement named in full as an object: "the 1999 fisheries treaty with Iceland". */
const NAMED_INSTRUMENT = String.raw`(?:[\p{L}\p{N}'’.-]+\s+){0,5}?${INSTRUMENT}(?:\s+with\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?`;
/** Ordinals of the Nth state to ratify: "the first", "the 50th", "the fiftieth", "the latest". */
const NTH = String.raw`(?:first|second|third|last|latest|\d+(?:st|nd|rd|th)|\p{L}+(?:th|st|nd|rd))`;

export const en: LanguageRules = {
  // Order matters: the first cue to claim a stretch of text wins ("signed … instrument of ratification" is
  // ratified, not signed; "signed the protocol on the exchange" is an exchange).
  events: [
    // A ratification told as what came before another step, by both parties: "after ratification by both countries".
    {
      name: 'en:after-ratification-by-both',
      keys: ['ratification'],
      step: 'ratify',
      tense: 'past',
      re: rx(
        String.raw`(?<=\b(?:after|following|since)\s+(?:the\s+)?)ratification\s+(?:of\s+(?:the\s+)?[\p{L}-]+\s+)?by\s+(?:both|the\s+two)\s+(?:countries|states|sides|parties|nations|governments|parliaments)\b`,
      ),
    },
    {
      name: 'en:signed-ratification',
      keys: ['ratif', 'into law', 'promulgating', 'acceptance', 'accession', 'approval', 'join', 'accede'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:signed|promulgated)\s+${GAP}${RATIFICATION_ACT}`,
        String.raw`\bsigned\s+${GAP}into\s+law`,
        // "signed the ratification of the treaty", "signed Poland's ratification"
        String.raw`\bsigned\s+(?:the|its|his|her|their|[\p{L}]+['’]s)\s+ratification\b`,
        // "signed, completing the ratification": the signature that completes it is the ratification.
        String.raw`\bsigned,?\s+(?:thus\s+|thereby\s+)?(?:completing|concluding|finali[sz]ing)\s+(?:[\p{L}'’-]+\s+){0,2}?ratification\b`,
      ]),
    },
    {
      name: 'en:signs-ratification',
      keys: ['ratif', 'into law', 'promulgating', 'acceptance', 'accession', 'approval', 'join', 'accede'],
      step: 'ratified',
      tense: 'present',
      re: rxAny([
        String.raw`\b(?:signs|promulgates)\s+${GAP}(?:${RATIFICATION_ACT}|(?:instruments?|law|bill|decree|act)\s+to\s+ratify)`,
        String.raw`\bsigns\s+${GAP}into\s+law`,
        String.raw`\bsigns,?\s+(?:thus\s+|thereby\s+)?(?:completing|concluding|finali[sz]ing)\s+(?:[\p{L}'’-]+\s+){0,2}?ratification\b`,
      ]),
    },
    {
      name: 'en:signed-suspension',
      keys: ['suspending'],
      step: 'suspended',
      tense: 'past',
      re: rx(String.raw`\b(?:signed|promulgated)\s+${GAP}${SUSPENSION_ACT}`),
    },
    {
      name: 'en:signs-suspension',
      keys: ['suspending'],
      step: 'suspended',
      tense: 'present',
      re: rx(String.raw`\b(?:signs|promulgates)\s+${GAP}${SUSPENSION_ACT}`),
    },
    {
      name: 'en:signed-withdrawal',
      keys: ['withdrawing', 'denouncing', 'terminating'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\b(?:signed|promulgated)\s+${GAP}${WITHDRAWAL_ACT}`),
    },
    {
      name: 'en:signs-withdrawal',
      keys: ['withdrawing', 'denouncing', 'terminating'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b(?:signs|promulgates)\s+${GAP}${WITHDRAWAL_ACT}`),
    },
    // "signed the decree" ratifies only in a claim about ratification ("ratified by decree …, signed on Monday").
    {
      name: 'en:signed-decree',
      keys: ['decree'],
      step: 'ratified',
      tense: 'past',
      requires: /ratif/iu,
      re: rx(String.raw`\bsigned\s+(?:the|a|this)\s+decree\b`),
    },
    // "signed the instrument" in a claim about ratification: the instrument of ratification.
    {
      name: 'en:signed-instrument',
      keys: ['instrument'],
      step: 'ratified',
      tense: 'past',
      requires: /ratif|approv|consent/iu,
      re: rx(String.raw`\bsigned\s+(?:the|its|his|her|their)\s+instrument\b`),
    },
    {
      name: 'en:promulgated',
      keys: ['promulgat'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bpromulgated\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:law|bill|act|${INSTRUMENT})`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+promulgated\b`,
      ]),
    },
    // A head of state's assent to the bill is its signature into law: "the king assented to the ratification act",
    // "the bill received royal assent".
    {
      name: 'en:assented',
      keys: ['assent'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bassented\s+to\b`,
        String.raw`\b(?:gave|given|granted)\s+(?:(?:his|her|its|the)\s+)?(?:royal\s+)?assent\s+to\b`,
        String.raw`\b(?:received|was\s+given|was\s+granted)\s+(?:(?:the\s+)?royal\s+)?assent\b`,
      ]),
    },
    {
      name: 'en:assents',
      keys: ['assents', 'assent'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\bassents\s+to\b|\bgives\s+(?:royal\s+)?assent\s+to\b|\breceives\s+(?:(?:the\s+)?royal\s+)?assent\b`),
    },
    { name: 'en:concluded', keys: ['conclu'], step: 'ratified', tense: 'past', re: rx(String.raw`\badopted\s+(?:its\s+|the\s+|a\s+)?${CONCLUSION}`) },
    { name: 'en:concludes', keys: ['conclu'], step: 'ratified', tense: 'present', re: rx(String.raw`\badopts\s+(?:its\s+|the\s+|a\s+)?${CONCLUSION}`) },
    {
      name: 'en:completed-ratification',
      keys: ['ratification'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([String.raw`\bcompleted\s+(?:its\s+|the\s+)?ratification`, String.raw`\bratification\s+(?:was|had\s+been|has\s+been)\s+completed`]),
    },
    { name: 'en:ratification-complete', keys: ['ratification'], step: 'ratified', tense: 'present', re: rx(String.raw`\bratification\s+is\s+complete\b`) },
    // A state joining a treaty in force consents to it: its accession is its ratification.
    {
      name: 'en:joined',
      keys: ['joined', 'acceded', 'became'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:joined|acceded\s+to|(?:(?:has|have)\s+become|became)\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)\s+to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?${INSTRUMENT}\b`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+acceded\s+to(?=\s+by\s)`,
      ]),
    },
    {
      name: 'en:joins',
      keys: ['join', 'accede'],
      step: 'ratified',
      tense: 'present',
      re: rxAny([String.raw`\b(?:joins?|accedes?\s+to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?${INSTRUMENT}\b`, String.raw`\bjoin\s+(?=(?:in|at)\s+\p{Lu})`]),
    },
    {
      name: 'en:became-nth',
      keys: ['became', 'was the', 'is the'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        String.raw`\bbecame\s+the\s+(?:[\p{L}\p{N}.-]+\s+){0,2}?(?:states?|countr(?:y|ies)|nations?|part(?:y|ies)|members?|all(?:y|ies))\s+to\s+(?:ratify|deposit|join|accede)`,
        String.raw`\b(?:was|is)\s+the\s+${NTH}\s+(?:[\p{L}-]+\s+)?(?:(?:state|country|nation|party|member|ally)\s+)?to\s+(?:ratify|deposit|join|accede)`,
      ]),
    },
    // The subject given once for two firsts: "Türkiye was the first country to sign …, and the first to deposit its
    // instrument of ratification, on 14 March 2012".
    {
      name: 'en:and-the-nth',
      keys: ['and the'],
      step: 'ratified',
      tense: 'past',
      requires: /\b(?:was|became)\s+the\s+/iu,
      re: rx(String.raw`\band\s+(?:also\s+)?the\s+${NTH}\s+(?:(?:state|country|nation|party|member)\s+)?to\s+(?:ratify|deposit|join|accede)`),
    },
    // A timeline's present: "Iceland and Norway become the first countries to deposit …".
    {
      name: 'en:becomes-nth',
      keys: ['become'],
      step: 'ratified',
      tense: 'present',
      re: rx(
        String.raw`\bbecomes?\s+the\s+(?:[\p{L}\p{N}.-]+\s+){0,2}?(?:states?|countr(?:y|ies)|nations?|part(?:y|ies)|members?|all(?:y|ies))\s+to\s+(?:ratify|deposit|join|accede)`,
      ),
    },
    // "deposited China's instrument of ratification and the U.S. instrument of acceptance": the second state's too.
    {
      name: 'en:and-instrument',
      keys: ['instrument'],
      step: 'ratified',
      tense: 'past',
      requires: /\b(?:deposited|handed|submitted)\b/iu,
      re: rx(String.raw`(?<=\band\s)(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,2}?instruments?\s+of\s+${CONSENT}`),
    },
    {
      name: 'en:deposited',
      keys: ['deposit', 'lodged', 'handed over'],
      step: 'ratified',
      tense: 'past',
      re: rxAny([
        // "deposited the 40th instrument": its rank may be written in figures.
        String.raw`\b(?:deposited|lodged|handed\s+over)\s+${RANKED_GAP}${DEPOSITED_INSTRUMENT}`,
        String.raw`\bdeposited\s+(?:its|their)\s+ratifications?\b`,
        String.raw`\binstruments?\s+of\s+${CONSENT}\s+(?:was|were|has\s+been|had\s+been)\s+deposited`,
      ]),
    },
    {
      name: 'en:deposits',
      keys: ['deposit', 'lodge', 'hand'],
      step: 'ratified',
      tense: 'present',
      re: rx(String.raw`\b(?:deposits?|lodges?|hands?\s+over)\s+${RANKED_GAP}${DEPOSITED_INSTRUMENT}`),
    },
    // Notes exchanged to extend the treaty extend it ("exchanged diplomatic notes on Wednesday extending the treaty").
    {
      name: 'en:extended-by-notes',
      keys: ['notes'],
      step: 'extended',
      tense: 'past',
      re: rx(String.raw`\bexchanged\s+(?:diplomatic\s+)?notes\s+${SPAN}{0,40}?\b(?:extending|prolonging|renewing|to\s+extend|on\s+(?:the\s+)?extension)\b`),
    },
    {
      name: 'en:exchanged',
      keys: ['exchange'],
      step: 'instruments-exchanged',
      tense: 'past',
      re: rxAny([
        String.raw`\bexchanged\s+${GAP}${EXCHANGED_PAPERS}`,
        String.raw`\b${INSTRUMENTS_OF_RATIFICATION}\s+(?:were|have\s+been|had\s+been)\s+exchanged`,
        String.raw`\bsigned\s+${GAP}protocol\s+on\s+the\s+exchange\s+of\s+(?:the\s+)?(?:instruments|documents|ratification)`,
        String.raw`\bexchange\s+of\s+(?:the\s+)?${EXCHANGED_PAPERS}\s+took\s+place`,
        String.raw`\b${EXCHANGED_PAPERS}\s+(?:were|have\s+been|had\s+been)\s+exchanged`,
      ]),
    },
    {
      name: 'en:exchange',
      keys: ['exchange'],
      step: 'instruments-exchanged',
      tense: 'present',
      re: rxAny([String.raw`\bexchange\s+${GAP}${INSTRUMENTS_OF_RATIFICATION}`, String.raw`\bsign\s+${GAP}protocol\s+on\s+the\s+exchange\s+of`]),
    },
    {
      name: 'en:provisional',
      keys: ['provisionally'],
      step: 'provisionally-applied',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:has|have|had)\s+been\s+(?:provisionally\s+applied|applied\s+provisionally)`,
        String.raw`\b(?:is|are|was|were)\s+(?:being\s+)?(?:provisionally\s+applied|applied\s+provisionally)`,
      ]),
    },
    // Before entry into force: a withdrawal "takes effect" too.
    {
      name: 'en:withdrawal-effective',
      keys: ['withdrawal', 'exit', 'departure'],
      step: 'denounced',
      tense: 'past',
      re: rx(String.raw`\b${EXIT}\s+(?:from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,6}?)?${EXIT_EFFECTIVE}`),
    },
    {
      name: 'en:withdrawal-takes-effect',
      keys: ['withdrawal', 'exit', 'departure'],
      step: 'denounced',
      tense: 'present',
      re: rx(String.raw`\b${EXIT}\s+(?:from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,6}?)?(?:takes\s+effect|becomes\s+(?:effective|final))`),
    },
    // The instrument of withdrawal deposited with the depositary: the state's notice ("submitted to the
    // Secretary-General, the depositary, its instrument of withdrawal"), dated the day it was lodged.
    {
      name: 'en:deposited-notice-of-withdrawal',
      keys: ['instrument'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      re: rx(
        String.raw`\b(?:deposited|submitted|lodged|handed\s+over|delivered|transmitted)\s+(?:[^;]{0,100}?\s)?(?:its|their|the)\s+instruments?\s+of\s+(?:withdrawal|denunciation)`,
      ),
    },
    {
      name: 'en:deposits-notice-of-withdrawal',
      keys: ['instrument'],
      step: 'denounced',
      tense: 'present',
      ownPart: true,
      re: rx(
        String.raw`\b(?:deposits|submits|lodges|hands\s+over|delivers|transmits)\s+(?:[^;]{0,100}?\s)?(?:its\s+|their\s+|the\s+)?instruments?\s+of\s+(?:withdrawal|denunciation)`,
      ),
    },
    {
      name: 'en:in-force',
      keys: ['into force', 'into effect', 'took effect', 'became effective', 'into operation', 'operative', 'in force since', 'binding', 'international law'],
      step: 'entered-into-force',
      tense: 'past',
      re: rxAny([
        String.raw`\b${NOT_AFTER_MODAL}(?:(?:has|have|had)\s+)?(?:entered|come|came|went|gone)\s+into\s+(?:force|effect|operation)`,
        String.raw`\bbecame\s+operative\b`,
        String.raw`\b(?:(?:has|have|had)\s+been|is|are)\s+in\s+force\s+since\b`,
        String.raw`\btook\s+effect`,
        String.raw`\bbecame\s+effective`,
        // "became legally binding", "became international law" (a bill that "became law" was enacted, no more).
        String.raw`\b(?:became|has\s+become|had\s+become)\s+(?:legally\s+)?binding\b`,
        String.raw`\b(?:became|has\s+become|had\s+become)\s+international\s+law\b`,
      ]),
    },
    // "brought the trade deal into force", "…, bringing the agreement into force" (not "towards bringing it into force").
    {
      name: 'en:brought-into-force',
      keys: ['into force', 'into effect'],
      step: 'entered-into-force',
      tense: 'past',
      re: rx(String.raw`${NOT_AIMED}\b(?:brought|bringing)\s+${GAP}into\s+(?:force|effect)`),
    },
    {
      name: 'en:enters-into-force',
      keys: ['into force', 'into effect', 'takes effect'],
      step: 'entered-into-force',
      tense: 'present',
      re: rxAny([String.raw`\b(?:enters|comes|goes)\s+into\s+(?:force|effect)`, String.raw`\btakes\s+effect`]),
    },
    {
      name: 'en:amended',
      keys: ['amend'],
      step: 'amended',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+amended`,
        String.raw`\bamendments?\s+(?:added|removed|deleted|changed|replaced|inserted|introduced)`,
        String.raw`\bamended\s+(?:the\s+)?(?:treaty|agreement|pact|text)`,
        // The parties adopting an amendment: "adopted an amendment to the protocol", "adopted the Kigali Amendment".
        String.raw`\b(?:adopted|approved|agreed)\s+(?:an?|the)\s+(?:[\p{Lu}][\p{L}-]+\s+)?amendments?\b${OWN_LAW}`,
        String.raw`\bamendments?\s+(?:to\s+(?:the\s+)?${INSTRUMENT}\s+)?(?:was|were|has\s+been|had\s+been)\s+adopted\b`,
      ]),
    },
    {
      name: 'en:extended',
      keys: ['extend', 'prolong', 'renewed', 'rolled over'],
      step: 'extended',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+rolled\s+over\b`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:extended|prolonged|renewed)\b`,
        String.raw`\b(?:extended|prolonged|renewed)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}`,
        String.raw`\bagreed\s+(?:${SPAN}{1,40}?\s)?to\s+(?:extend|prolong|renew)\b`,
      ]),
    },
    // A timeline's present: "the treaty is extended automatically for a second ten-year period".
    {
      name: 'en:is-extended',
      keys: ['extended', 'prolonged', 'renewed'],
      step: 'extended',
      tense: 'present',
      re: rx(String.raw`\b(?:is|are)\s+(?:automatically\s+|formally\s+|tacitly\s+)?(?:extended|prolonged|renewed)\b`),
    },
    // The extension as what leaders announced or sealed: "announced the extension of the accord".
    {
      name: 'en:announced-extension',
      keys: ['extension', 'renewal', 'prolongation'],
      step: 'extended',
      tense: 'past',
      re: rx(
        String.raw`\b(?:announced|confirmed|agreed|formali[sz]ed|signed|sealed|approved)\s+(?:on\s+\S+\s+(?:\S+\s+)?)?(?:the|an|a)\s+(?:[\p{L}\p{N}-]+\s+)?${EXTENSION}\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,4}?${INSTRUMENT}`,
      ),
    },
    // An extension told by its length, the agreement left implicit ("announced a 120-day extension"): a step
    // only where the claim names the agreement, or in a timeline of it.
    {
      name: 'en:extension-of-length',
      keys: ['extension', 'renewal', 'prolongation'],
      step: 'extended',
      tense: 'past',
      re: rx(String.raw`\b${EXTENSION_VERBS_PAST}\s+(?:on\s+\S+\s+(?:\S+\s+)?)?(?:an?|the)\s+${EXTENSION_LENGTH}${EXTENSION}\b`),
    },
    {
      name: 'en:announces-extension',
      keys: ['extension', 'renewal', 'prolongation'],
      step: 'extended',
      tense: 'present',
      re: rx(String.raw`\b${EXTENSION_VERBS_PRESENT}\s+(?:an?|the)\s+(?:${EXTENSION_LENGTH})?${EXTENSION}\b`),
    },
    // A timeline's present passive: "the two leaders announce that the accord is extended for five years".
    {
      name: 'en:is-extended',
      keys: ['extended', 'renewed', 'prolonged'],
      step: 'extended',
      tense: 'present',
      re: rx(String.raw`\b${INSTRUMENT}\s+(?:is|are)\s+(?:formally\s+|officially\s+)?(?:extended|renewed|prolonged)\b(?!\s+automatically)`),
    },
    {
      name: 'en:extends',
      keys: ['extend', 'prolong', 'renew'],
      step: 'extended',
      tense: 'present',
      re: rx(String.raw`\b(?:extend|extends|prolong|prolongs|renew|renews)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}`),
    },
    {
      name: 'en:suspended',
      keys: ['suspended', 'abeyance', 'on hold', 'froze', 'frozen'],
      step: 'suspended',
      tense: 'past',
      re: rxAny([
        String.raw`\bsuspended\s+${GAP}(?:${INSTRUMENT}|participation|implementation|application)`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+suspended`,
        // Held in abeyance, put on hold, frozen: "placed the treaty in abeyance", "froze its participation".
        String.raw`\b(?:placed|put|held|kept)\s+${NAMED_INSTRUMENT}\s+(?:in\s+abeyance|on\s+hold)`,
        String.raw`\b${INSTRUMENT}\s+(?:[\p{L}'’-]+\s+){0,2}?(?:was|were|has\s+been|had\s+been)\s+(?:placed\s+|put\s+|held\s+)?(?:in\s+abeyance|on\s+hold)\b`,
        String.raw`\b(?:froze|frozen)\s+(?:its\s+|their\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${INSTRUMENT}|participation|implementation)`,
      ]),
    },
    // A state's part suspended, told without the treaty's name: "Hungary suspended its obligations".
    {
      name: 'en:suspended-part',
      keys: ['suspended'],
      step: 'suspended',
      tense: 'past',
      ownPart: true,
      re: rx(String.raw`\bsuspended\s+${OWN_PART}`),
    },
    {
      name: 'en:suspends-part',
      keys: ['suspends'],
      step: 'suspended',
      tense: 'present',
      ownPart: true,
      re: rx(String.raw`\bsuspends\s+${OWN_PART}`),
    },
    {
      name: 'en:suspends',
      keys: ['suspend', 'abeyance', 'on hold'],
      step: 'suspended',
      tense: 'present',
      re: rxAny([
        String.raw`\bsuspends\s+${GAP}(?:${INSTRUMENT}|participation|implementation|application)`,
        String.raw`\b(?:places|puts|holds|keeps)\s+${NAMED_INSTRUMENT}\s+(?:in\s+abeyance|on\s+hold)`,
      ]),
    },
    // A notice of withdrawal given: the party's denunciation, dated the day it was served (the dossier tells it
    // from the withdrawal taking effect by the cue's name).
    {
      name: 'en:notice-of-withdrawal',
      keys: ['notice', 'notif', 'note'],
      step: 'denounced',
      tense: 'past',
      ownPart: true,
      re: rxAny([
        String.raw`\b(?:gave|given|served|submitted|sent|delivered|lodged)\s+${NOTICE_OF_EXIT}`,
        // Its recipient between ("handed the Icelandic ambassador a note …"): the verb alone, the recipient no actor.
        String.raw`\b(?:gave|sent|delivered|handed)(?=\s+(?:to\s+)?(?:the\s+)?[\p{L}.'’-]+\s+(?:[\p{L}.'’-]+\s+)?${NOTICE_OF_EXIT})`,
        NOTIFIED_OF_EXIT,
      ]),
    },
    {
      name: 'en:gives-notice-of-withdrawal',
      keys: ['notice', 'notif', 'note'],
      step: 'denounced',
      tense: 'present',
      ownPart: true,
      re: rxAny([
        String.raw`\b(?:gives|serves|submits|sends|delivers|lodges)\s+${NOTICE_OF_EXIT}`,
        String.raw`\b(?:gives|sends|delivers|hands)(?=\s+(?:to\s+)?(?:the\s+)?[\p{L}.'’-]+\s+(?:[\p{L}.'’-]+\s+)?${NOTICE_OF_EXIT})`,
      ]),
    },
    // "denounced the agreements as a betrayal" criticizes; a state denounces one treaty, and not "as" anything.
    {
      name: 'en:denounced',
      keys: ['denounced', 'withdr', 'pulled out', 'quit', 'left', 'revoked', 'rescinded', 'ratif'],
      step: 'denounced',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:revoked|rescinded|withdr(?:ew|awn)|repealed)\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?ratification\b`,
        String.raw`\bde-?ratified\b`,
        String.raw`\bdenounced\s+(?:the|its)\s+(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}\b(?!\s+as\b)`,
        String.raw`\b(?:formally\s+)?left\s+the\s+(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+denounced`,
        String.raw`\bwithdr(?:ew|awn)\s+from`,
        String.raw`\bpulled\s+out\s+of`,
        String.raw`\bquit\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}`,
      ]),
    },
    {
      name: 'en:withdraws',
      keys: ['withdraw', 'pulls out', 'denounces', 'quits', 'leaves'],
      step: 'denounced',
      tense: 'present',
      re: rxAny([
        String.raw`\bleaves\s+the\s+(?:[\p{L}-]+\s+){0,2}?${INSTRUMENT}`,
        String.raw`\bwithdraws\s+from`,
        String.raw`\bpulls\s+out\s+of`,
        String.raw`\b(?:denounces|quits)\s+${GAP}${INSTRUMENT}`,
      ]),
    },
    {
      name: 'en:expired',
      keys: ['expired', 'lapse', 'ran out'],
      step: 'expired',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:(?:has|have|had)\s+)?(?:expired|lapsed)\b`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+(?:allowed|left)\s+to\s+(?:lapse|expire)\b`,
        String.raw`\bran\s+out\b(?!\s+(?:of|for)\b)`,
      ]),
    },
    { name: 'en:expires', keys: ['expires', 'lapses'], step: 'expired', tense: 'present', re: rx(String.raw`\b(?:expires|lapses)\b`) },
    {
      name: 'en:terminated',
      keys: ['terminated', 'ceased'],
      step: 'terminated',
      tense: 'past',
      re: rxAny([
        String.raw`\bterminated\s+(?:the\s+)?${INSTRUMENT}`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+terminated`,
        String.raw`\bceased\s+to\s+(?:be\s+in\s+force|have\s+effect|apply|exist)`,
      ]),
    },
    {
      name: 'en:submitted',
      keys: ['submitted', 'introduced', 'tabled', 'posted', 'registered', 'sent', 'published', 'referred', 'forwarded', 'transmitted', 'before'],
      step: 'submitted-for-ratification',
      tense: 'past',
      re: rxAny([
        String.raw`\b(?:submitted|introduced|tabled)\s+(?:(?:a|the)\s+(?:(?:ratification|implementing|enabling)\s+)?(?:bill|draft\s+law|draft)|${NUMBERED_BILL})`,
        String.raw`\b(?:laid|put|placed|brought)\s+${GAP}before\s+(?:the\s+)?${GAP}${LEGISLATURE}`,
        String.raw`\bsubmitted\s+it\b`,
        String.raw`\b(?:bill|draft\s+law|draft)\b${SPAN}{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+(?:submitted|introduced|tabled|posted|registered|sent)`,
        String.raw`\b(?:was|were|has\s+been|had\s+been)\s+(?:posted|registered|published)\s+on\s+(?:the\s+)?(?:official\s+)?(?:website|portal|site)\s+of\s+(?:the\s+)?${GAP}${LEGISLATURE}`,
        String.raw`\b(?:submitted|sent|referred|forwarded|transmitted)\s+${GAP}(?:to|for)\s+(?:ratification|(?:the\s+)?${GAP}${LEGISLATURE})`,
      ]),
    },
    // A government authorising the treaty's submission to its legislature submits it ("the cabinet approves the
    // treaty and authorises the prime minister to submit it to the Storting").
    {
      name: 'en:authorised-submission',
      keys: ['authori', 'mandate'],
      step: 'submitted-for-ratification',
      tense: 'any',
      ownPart: true,
      re: rx(
        String.raw`\b(?:authori[sz](?:ed|es)|mandated|mandates)\s+(?:[\p{L}'’.-]+\s+){0,4}?to\s+(?:submit|send|refer|table|present)\s+(?:it|the\s+[\p{L}-]+)\s+to\s+(?:the\s+)?${GAP}${LEGISLATURE}`,
      ),
    },
    // A news lede's historic present: "President X introduces a bill to ratify …".
    {
      name: 'en:submits',
      keys: ['submits', 'introduces', 'tables'],
      step: 'submitted-for-ratification',
      tense: 'any',
      re: rx(
        String.raw`\b(?:submits|introduces|tables)\s+(?:(?:a|the)\s+(?:(?:ratification|implementing|enabling)\s+)?(?:bill|draft\s+law|draft)|${NUMBERED_BILL})`,
      ),
    },
    {
      name: 'en:submits-to',
      keys: ['submits', 'sends', 'refers', 'transmits'],
      step: 'submitted-for-ratification',
      tense: 'present',
      re: rx(String.raw`\b(?:submits|sends|refers|transmits)\s+${GAP}(?:to|for)\s+(?:ratification|(?:the\s+)?${GAP}${LEGISLATURE})`),
    },
    // A chamber's consent is to a treaty (the Senate's "advice and consent"), named or not: "had given its
    // consent on Friday, May 27" (not its consent to a budget or a nomination).
    {
      name: 'en:gave-consent',
      keys: ['consent'],
      step: 'approve',
      tense: 'past',
      ownPart: true,
      re: rx(
        String.raw`\b(?:gave|given)\s+(?:its\s+|their\s+)?(?:advice\s+and\s+)?consent\b(?!\s+(?:to|for)\s+(?!(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${INSTRUMENT}|ratification|it)\b))`,
      ),
    },
    {
      name: 'en:approved',
      keys: ['approved', 'passed', 'adopted', 'endorsed', 'backed', 'voted', 'gave', 'given', 'concurred', 'cleared', 'stamped', 'okayed', 'signed off'],
      step: 'approve',
      tense: 'past',
      re: rxAny([
        String.raw`\b${APPROVED}\b`,
        String.raw`\bcleared\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${INSTRUMENT}|bill|law)`,
        String.raw`\bvoted\s+${VOTE_FOR}`,
        String.raw`\b(?:gave|given)\s+(?:its\s+)?${APPROVAL_NOUN}`,
        String.raw`\b(?:gave|given)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:its\s+)?${APPROVAL_NOUN}`,
        String.raw`\bconcurred\s+(?:in|with)`,
      ]),
    },
    // The treaty as subject, the chamber after: "the bill cleared the Senate", "sailed through the lower house",
    // "received parliamentary approval", "won the backing of lawmakers".
    {
      name: 'en:got-through',
      keys: ['cleared', 'through', 'approval', 'backing', 'consent', 'endorsement', 'support'],
      step: 'approved-by-legislature',
      tense: 'past',
      re: rxAny([
        String.raw`\b${THROUGH}\s+(?:the\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,2}?${LEGISLATURE}\b`,
        String.raw`\b${RECEIVED}\s+(?:(?:the|its|final|formal|unanimous)\s+)*${LEGISLATIVE}\s+${APPROVAL_NOUN}`,
        String.raw`\b${RECEIVED}\s+(?:the\s+)?(?:${APPROVAL_NOUN}|support)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?${LEGISLATURE}\b`,
      ]),
    },
    {
      name: 'en:approves',
      keys: ['approves', 'passes', 'adopts', 'backs', 'endorses', 'votes', 'gives', 'clears', 'stamps', 'okays', 'signs off'],
      step: 'approve',
      tense: 'present',
      re: rxAny([
        String.raw`\b${APPROVES}\b`,
        String.raw`\bclears\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${INSTRUMENT}|bill|law)`,
        String.raw`\bvotes\s+${VOTE_FOR}`,
        String.raw`\bgives\s+(?:its\s+)?${APPROVAL_NOUN}`,
      ]),
    },
    // A headline's noun: "Senate nod for Artemis pact", "Parliament green light for treaty".
    {
      name: 'en:nod-for',
      keys: ['nod', 'green light', 'go-ahead', 'backing', 'approval'],
      step: 'approve',
      tense: 'present',
      re: rx(String.raw`\b(?:nod|green\s+light|go-ahead|backing|approval)\s+(?:for|to)\b`),
    },
    // Not the adjective: "a duly ratified treaty", "the ratified text".
    {
      name: 'en:ratified',
      keys: ['ratified'],
      step: 'ratify',
      tense: 'past',
      re: rx(String.raw`(?<!\bduly\s)\bratified\b(?!\s+(?:${INSTRUMENT}|treaties|agreements|text|version)\b)`),
    },
    // Another state or chamber taking the step told just before: "Iceland followed on 11 April", "did the same".
    {
      name: 'en:followed',
      keys: ['followed', 'did the same', 'did likewise'],
      step: 'follow',
      tense: 'past',
      re: rxAny([String.raw`\bfollowed(?:\s+suit)?${FOLLOW_END}`, String.raw`\bdid\s+(?:the\s+same|likewise)\b`]),
    },
    {
      name: 'en:follows',
      keys: ['follows', 'does the same'],
      step: 'follow',
      tense: 'present',
      re: rxAny([String.raw`\bfollows(?:\s+suit)?${FOLLOW_END}`, String.raw`\bdoes\s+the\s+same\b`]),
    },
    // A timeline's present, of one state or of several sharing the verb ("Norway and Iceland ratify"); not an
    // infinitive ("refuses to ratify").
    { name: 'en:ratifies', keys: ['ratif'], step: 'ratify', tense: 'present', re: rx(String.raw`(?<!\bto\s)\bratif(?:ies|y)\b`) },
    // A multilateral treaty opened for signature is its signature, where and when ("was opened for signature in
    // Oslo on 3 December"); delegates who began signing it signed it ("began signing the ban in Oslo on Wednesday").
    // "Remains open for signature" states a rule, no event.
    {
      name: 'en:opened-for-signature',
      keys: ['opened for signature', 'signing', 'to sign'],
      step: 'signed',
      tense: 'past',
      re: rxAny([String.raw`\bopened\s+for\s+signature\b`, String.raw`\b(?:began|begun|started)\s+(?:signing|to\s+sign)\b`]),
    },
    {
      name: 'en:opens-for-signature',
      keys: ['opens for signature', 'signing', 'to sign'],
      step: 'signed',
      tense: 'present',
      re: rxAny([String.raw`\bopens\s+for\s+signature\b`, String.raw`\b(?:begins?|starts?)\s+(?:signing|to\s+sign)\b`]),
    },
    {
      name: 'en:signed',
      keys: ['signed', 'done at', 'inked', 'signing', 'signature'],
      step: 'signed',
      tense: 'past',
      re: rxAny([
        String.raw`\bsigned\b`,
        String.raw`\bDone\s+at\b`,
        String.raw`\binked\b`,
        // A signature in paraphrase: "put his signature to the agreement", "affixed their signatures on".
        String.raw`\b(?:put|affixed|appended|added|set)\s+(?:his|her|its|their)\s+signatures?\s+(?:to|on)\b`,
        String.raw`\bsigning(?:\s+ceremony)?\s+(?:took\s+place|was\s+held)\b`,
      ]),
    },
    { name: 'en:signs', keys: ['sign'], step: 'signed', tense: 'present', re: rx(String.raw`\bsigns?\b`) },
    {
      name: 'en:vote-of',
      keys: ['vote', 'approval', 'consent', 'endorsement'],
      step: 'approve',
      tense: 'past',
      dated: true,
      re: rxAny([
        String.raw`\b(?:(?:the|its)\s+)?vote\s+(?:of|by|in)\b|['’]s\s+vote\b`,
        // A chamber's approval as a noun: "the Senate's approval on 3 March", "approval by the Diet on …".
        String.raw`\b(?:(?:the|its)\s+)?(?:approval|consent|endorsement)\s+(?:of|by)\b|['’]s\s+(?:final\s+)?(?:approval|consent|endorsement)\b`,
      ]),
    },
    // A state's step as a noun, an event with its own date: "Kenya's ratification on 3 May", "ratification by
    // Ghana on 14 October", "Honduras's deposit on 24 October", and "entry into force on 17 January" or a
    // factbox's "Entry into force: 16 January 2023".
    {
      name: 'en:ratification-of-state',
      keys: ['ratification', 'accession'],
      step: 'ratify',
      tense: 'past',
      dated: true,
      re: rxAny([
        String.raw`['’]s\s+(?:ratification|accession)\b${NOT_YET}`,
        String.raw`\b(?:ratification|accession)\s+by\s+${STATE_WORDS}(?=\s+(?:on|in)\s)${NOT_YET}`,
      ]),
    },
    {
      name: 'en:deposit-of-state',
      keys: ['deposit'],
      step: 'ratified',
      tense: 'past',
      dated: true,
      re: rx(String.raw`['’]s\s+deposit(?:\s+of\s+(?:its|the)\s+${DEPOSITED_INSTRUMENT})?${NOT_YET}`),
    },
    {
      name: 'en:entry-into-force-dated',
      keys: ['entry into force'],
      step: 'entered-into-force',
      tense: 'past',
      dated: true,
      re: rx(String.raw`\bentry\s+into\s+force\b${NOT_YET}`),
    },
    // A timeline's present: "Parties meeting in London adopt the London Amendment".
    {
      name: 'en:adopts-amendment',
      keys: ['amendment'],
      step: 'amended',
      tense: 'present',
      re: rx(String.raw`\b(?:adopts?|approves?|agrees?\s+on)\s+(?:an?|the)\s+(?:[\p{Lu}][\p{L}-]+\s+)?[Aa]mendments?\b`),
    },
    // A timeline line whose subject is a named amendment is its adoption: "November 25, 1992 - The Copenhagen
    // Amendment brings forward phase-out dates" (its entry into force is told with its own verb).
    {
      name: 'en:named-amendment',
      keys: ['amendment'],
      step: 'amended',
      tense: 'nominal',
      re: rx(
        String.raw`(?<=(?:^|[-–—:]\s))\s*(?:The\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,2}Amendment\b(?!\s+(?:to\s+\S+\s+)?(?:enters|entered|takes|took|comes|came)\b)`,
      ),
    },
    // A timeline's nouns: "December 4, 2024: entry into force".
    { name: 'en:entry-into-force', keys: ['entry into force'], step: 'entered-into-force', tense: 'nominal', re: rx(String.raw`\bentry\s+into\s+force`) },
    {
      name: 'en:exchange-of-instruments',
      keys: ['exchange of'],
      step: 'instruments-exchanged',
      tense: 'nominal',
      re: rx(String.raw`\bexchange\s+of\s+(?:the\s+)?${EXCHANGED_PAPERS}`),
    },
  ],
  expectations: [
    {
      name: 'en:will-enter-into-force',
      keys: ['into force', 'into effect', 'take effect', 'takes effect'],
      step: 'entered-into-force',
      re: rxAny([
        String.raw`\b${MODAL}\s+(?:come|enter)\s+into\s+(?:force|effect)`,
        String.raw`\b${MODAL}\s+take\s+effect`,
        String.raw`\btakes\s+effect\s+(?=(?:\w+\s+(?:days|months)\s+)?(?:upon|on|in|from|after|once|when))`,
        String.raw`\b(?:enters?|comes?)\s+into\s+force\s+(?=(?:\w+\s+(?:days|months)\s+)?(?:upon|on\s+the|after|once|when))`,
        // A relative clause's present states a schedule: "the agreement, which takes effect in January, …".
        String.raw`(?<=\bwhich\s)(?:takes\s+effect|(?:enters|comes)\s+into\s+force)\b`,
        String.raw`\bbefore\s+it\s+(?:takes\s+effect|enters\s+into\s+force|comes\s+into\s+force)`,
      ]),
    },
    // A suspension announced ahead ("Russia will also suspend its participation").
    {
      name: 'en:will-suspend',
      keys: ['suspend'],
      step: 'suspended',
      re: rx(String.raw`\b${MODAL}\s+(?:also\s+|now\s+|then\s+)?suspend\s+(?:${OWN_PART}|(?:the\s+)?${INSTRUMENT})`),
    },
    // A notice still to be given ("will give notice of withdrawal").
    {
      name: 'en:to-give-notice-of-withdrawal',
      keys: ['notice', 'notif'],
      step: 'denounced',
      re: rx(String.raw`\b(?:give|serve|submit|send|deliver|lodge)\s+${NOTICE_OF_EXIT}`),
    },
    {
      name: 'en:to-be-applied',
      keys: ['provisionally'],
      step: 'provisionally-applied',
      re: rx(String.raw`\b${MODAL}\s+be\s+(?:provisionally\s+applied|applied\s+provisionally)`),
    },
    {
      name: 'en:will-exchange',
      keys: ['exchange'],
      step: 'instruments-exchanged',
      re: rx(String.raw`\b(?:will|would|shall|are\s+to)\s+exchange\s+${GAP}(?:instruments|ratification)`),
    },
    {
      name: 'en:to-be-ratified',
      keys: ['ratif'],
      step: 'ratified',
      re: rxAny([
        String.raw`\b(?:must|should|will|would|is\s+to|has\s+to|needs?\s+to)\s+be\s+ratified`,
        String.raw`\b(?:preparing|expected|set|due|plans?|intends?)\s+to\s+ratify`,
        String.raw`\bis\s+subject\s+to\s+ratification`,
      ]),
    },
    {
      name: 'en:to-be-submitted',
      keys: ['submit', 'sent', 'send', 'refer', 'transmit', 'table'],
      step: 'submitted-for-ratification',
      re: rxAny([
        String.raw`\b(?:will|would|is\s+to|shall)\s+be\s+(?:submitted|sent|referred)`,
        String.raw`\b${MODAL}\s+(?:submit|send|refer|transmit|table)\s+${GAP}(?:to|for|in)\s+(?:ratification|(?:the\s+)?${GAP}${LEGISLATURE})`,
      ]),
    },
    {
      name: 'en:vote-expected',
      keys: ['vote on', 'approve', 'debate', 'goes to'],
      step: 'approved-by-legislature',
      re: rxAny([
        String.raw`\b(?:will|would|is\s+(?:expected|due|set)\s+to)\s+(?:vote\s+on|approve|debate)`,
        String.raw`\b(?:now\s+)?goes\s+to\s+(?:the\s+)?${GAP}${LEGISLATURE}`,
      ]),
    },
  ],
  guards: {
    modal: rx(
      String.raw`\b(?:will|would|shall|should|must|may|might|could|can|to|going\s+to|expected\s+to|due\s+to|set\s+to)\s+(?:(?:not|also|then|be|have|been|first|still|yet|soon|only|now)\s+)*$`,
      'iu',
    ),
    conditional: rxAny(
      [
        String.raw`\b(?:unless|if|whether|provided(?:\s+that)?|in\s+case)\s+(?:[\p{L}'’-]+\s+){0,6}$`,
        // A threshold's perfect: "cannot take effect until 44 states, India among them, have ratified it".
        String.raw`\b(?:until|till|once)\s+[^.;:]{0,100}?\b(?:has|have)\s+(?:[\p{L}-]+ly\s+)?$`,
        // A counterfactual: "Had the Senate approved …", "it would have entered into force".
        String.raw`^\s*had\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+$`,
        String.raw`\b(?:would|could|might|should)\s+(?:not\s+)?have\s+(?:[\p{L}-]+ly\s+)?$`,
      ],
      'iu',
    ),
    negation: rx(String.raw`\b(?:not|never|n't|no\s+longer|yet\s+to)\b`, 'iu'),
    hedge: rx(
      String.raw`\b(?:insists?|insisted|claims?|claimed|alleges?|alleged(?:ly)?|argues?|argued|contends?|contended|reportedly|purportedly|supposedly|rumou?red)\b`,
      'iu',
    ),
    generic: rxAny([CLASS_OF_STATES, NO_STATE, ANY_STATE], 'iu'),
    perfect: rx(String.raw`\b(?:has|have)\s+(?:[\p{L}-]+ly\s+)?$`, 'iu'),
    report: rx(String.raw`\b(?:said|says|announced|announces|reported|reports|stated|confirmed|told|wrote|added)\b`, 'iu'),
    today: rx(String.raw`\btoday\b`, 'iu'),
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    offset: rx(
      String.raw`\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|ninety|\d+)\s+(day|week|month)s?\s+(after|before|later|earlier|ago)\b`,
      'giu',
    ),
    sameDay: rx(String.raw`\b(?:the\s+same\s+day|on\s+the\s+same\s+date|that\s+same\s+day)\b`, 'giu'),
    nextDay: rx(String.raw`\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b`, 'giu'),
    dayBefore: rx(String.raw`\b(?:the\s+(?:day|evening)\s+before|a\s+day\s+earlier|the\s+previous\s+day)\b`, 'giu'),
    conditionStart: rx(
      String.raw`^\s*(?:(?:on|from)\s+the\s+[\p{L}-]+\s+day\s+)?(?:[\p{L}\d]+\s+(?:days|months)\s+)?(?:after|upon|once|following|when|on)\b`,
      'iu',
    ),
    place: rx(String.raw`\b(?:in|at)\s+((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})`, 'gu'),
  },
  duration: {
    prefilter: /open-ended|indefinite|unlimited|until|expir|year|renew|extend|prolong|month/i,
    cues: [
      {
        what: 'indefinite',
        re: rxAny([
          String.raw`\bopen-ended\s+(?:[\p{L}-]+\s+){0,2}?${TERM_OF}\b`,
          String.raw`\b(?:is|be|remains?)\s+open-ended\b`,
          String.raw`\b(?:effective|valid|in\s+force|concluded|remain(?:s)?\s+in\s+force)\s+(?:for\s+an\s+)?indefinite(?:ly)?\b`,
          String.raw`\bof\s+(?:indefinite|unlimited)\s+duration\b`,
          String.raw`\bindefinite\s+(?:duration|term)\b`,
          String.raw`\bno\s+(?:expiry|expiration)\s+date\b`,
          String.raw`\b(?:unlimited|indefinite)\s+(?:period|term|time)\b`,
          // In force until the parties end it: no term ("remains in force until it is terminated by a later treaty").
          String.raw`\bin\s+(?:force|effect)\s+until\s+(?:it\s+is\s+|they\s+are\s+)?(?:terminated|denounced|abrogated|replaced)\b`,
        ]),
      },
      {
        what: 'years',
        re: rxAny([
          String.raw`\b(?:remain|remains|be|is|valid|in\s+force|in\s+effect|last|lasts|concluded|runs)\s+(?:[\p{L}]+\s+){0,2}?for\s+(?:a\s+(?:period|term)\s+of\s+)?${NUMBER}\s+years\b`,
          // not a person's: "Mattarella, whose seven-year term ends", "his five-year term"
          String.raw`(?<!\b(?:whose|his|her|their|presidential)\s+)\b${NUMBER}-year\s+${TERM_OF}\b`,
          String.raw`\bterm\s+of\s+${NUMBER}\s+years\b`,
        ]),
      },
      {
        what: 'renewal',
        re: rx(
          String.raw`\b(?:extended|renew(?:s|ed)?|prolonged)\s+(?:itself\s+)?(?:automatically\s+)?(?:for\s+)?(?:(?:successive|further|additional|subsequent)\s+)?(?:(?:periods|terms)\s+of\s+${NUMBER}\s+years|${NUMBER}-year\s+(?:periods|terms))`,
        ),
      },
      {
        what: 'notice',
        re: rx(
          String.raw`\b(?:at\s+least\s+)?${NUMBER}\s+months?(?:['’]s?)?\s+(?:notice|(?:in\s+advance|before\s+(?:the\s+|a\s+)?(?:expiry|expiration|end|period)[^.;,]*))`,
        ),
      },
    ],
  },
  words: {
    legislature: rxAny([
      String.raw`\b(?:parliaments?|parliamentarians|legislatures?|lawmakers|legislators|MPs|deputies|senators|senate|congress|duma|diet|${STATE_ASSEMBLY}|chambers?)\b`,
      String.raw`\b(?:upper\s+house|lower\s+house|house\s+of\s+(?:representatives|commons|lords|councillors))\b`,
      // Other chambers named "House of …": "House of Peoples", "House of Peoples' Representatives", "House of Federation".
      String.raw`\bHouse\s+of\s+(?:Peoples?['’]?(?:\s+Representatives)?|Federation|Deputies|Delegates|Assembly|Nationalities|Elders|Keys)\b`,
    ]),
    head: rx(String.raw`\b(?:president(?:'s|’s)?|chancellor|prime\s+minister|premier|king|queen|monarch|emperor|emir|sultan|head\s+of\s+state|leader)\b`),
    government: rx(String.raw`\b(?:government|cabinet)\b`),
    agreement: rxAny(
      [
        String.raw`treat|agreement|\bpact|accord|convention|protocol|statute|ratif|document|instrument`,
        // Agreements not called treaties: a truce, a ceasefire, an "initiative" of states and the UN.
        String.raw`\b(?:truce|ceasefire|cease-fire|armistice|initiative)\b`,
        String.raw`\b(?:bill|law|legislation|text|deal|it|article)\b`,
      ],
      'giu',
    ),
    otherInstrument: rxAny(
      [
        String.raw`\b(?:1[89]\d\d|20\d\d)\s+(?:\p{L}[\p{L}-]*\s+){0,2}?(?:agreement|treaty|accord|pact|convention)`,
        String.raw`\b(?:previous|earlier|former|old|prior|separate|other|additional)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements?|treat(?:y|ies)|accords?|pacts?|conventions?)`,
        String.raw`\ban\s+(?:international\s+)?(?:treaty|agreement)\b`,
        // A comparison whose relative clause tells another instrument's step: "Unlike the Kyoto Protocol, which
        // entered into force in 2005, …".
        String.raw`\b(?:unlike|like|as\s+with|just\s+as|similar\s+to|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:agreement|treaty|accord|pact|convention|protocol)\b[^.;]{0,30}?\s(?:which|that)\b[^,;]*$`,
      ],
      'iu',
    ),
    exit: rx(String.raw`\b(?:withdraw\w*|exit|leaving|denounc\w*|denunciation|suspen\w+)\b`, 'iu'),
    law: rx(String.raw`\b(?:law|bill|act|legislation)\b`, 'iu'),
    bothParties: rx(String.raw`\b(?:both|the\s+two)\s+(?:countries|states|sides|parties|nations|governments|parliaments|legislatures)\b`, 'iu'),
    amendment: rx(String.raw`\bamendments?\s+(?:to|of)\b`, 'iu'),
    revoke: rxAny(
      [
        String.raw`\b(?:revok\w*|revocation|de-?ratif\w*)\b`,
        String.raw`\b(?:rescind\w*|withdraw\w*|retract\w*|annul\w*|cancel\w*|reverse\w*|undo\w*)\s+(?:[\p{L}'’-]+\s+){0,2}?ratification\b`,
      ],
      'iu',
    ),
  },
};
