// English lifecycle cues. Events need a finite past or perfect form ("approved", "has entered into force");
// predictions ("will come into force", "must be ratified", "would be submitted") are expectations.
import { rx } from '../regex.ts';
import type { LanguageRules } from '../types.ts';

/** The words between a verb and its object ("signed his country's instrument …"). */
const GAP = String.raw`(?:[\p{L}'’-]+\s+){0,4}?`;
/** Legislatures a bill is sent to ("to the Diet", "to the Senate", "to parliament"). */
const LEGISLATURE = String.raw`(?:parliament|legislature|assembly|diet|duma|senate|congress|house|chamber|council)`;
/** Any character of the same sentence: "No." and the full stop inside a number do not end it. */
const SPAN = String.raw`(?:[^.;]|(?<=\bNo|\d)\.)`;

export const en: LanguageRules = {
  // Order matters: the first cue to claim a stretch of text wins ("signed … instrument of ratification" is
  // ratified, not signed; "exchanged … instruments" is an exchange).
  events: [
    { name: 'en:signed-ratification', keys: ["ratif", "into law"], step: 'ratified', tense: 'past', re: rx(String.raw`\b(?:signed|promulgated)\s+${GAP}(?:instruments?|law|bill|decree|act)\s+(?:of|on|for|ratifying)\s+(?:(?:the|its)\s+)?ratifi\w*|\bsigned\s+${GAP}into\s+law`) },
    { name: 'en:signs-ratification-headline', keys: ['ratif'], step: 'ratified', tense: 'present', re: rx(String.raw`\bsigns\s+${GAP}(?:instruments?|law|bill|decree|act)\s+(?:of|on|for|ratifying|to\s+ratify)\s+(?:(?:the|its)\s+)?(?:ratifi\w*)?`) },
    { name: 'en:exchanged', keys: ["exchanged"], step: 'instruments-exchanged', tense: 'past', re: rx(String.raw`\bexchanged\s+${GAP}(?:instruments?|documents?)\s+of\s+ratification|\bexchanged\s+${GAP}ratification\s+(?:documents|instruments)|\binstruments?\s+of\s+ratification\s+(?:were|have\s+been|had\s+been)\s+exchanged`) },
    { name: 'en:provisional', keys: ["provisionally"], step: 'provisionally-applied', tense: 'past', re: rx(String.raw`\b(?:has|have|had)\s+been\s+(?:provisionally\s+applied|applied\s+provisionally)|\b(?:is|are|was|were)\s+(?:being\s+)?(?:provisionally\s+applied|applied\s+provisionally)`) },
    { name: 'en:in-force', keys: ["into force", "into effect", "took effect", "became effective"], step: 'entered-into-force', tense: 'past', re: rx(String.raw`\b(?:(?:has|have|had)\s+)?(?:entered|come|came)\s+into\s+(?:force|effect)|\btook\s+effect|\bbecame\s+effective`) },
    { name: 'en:in-force-headline', keys: ["into force", "into effect", "takes effect"], step: 'entered-into-force', tense: 'present', re: rx(String.raw`\b(?:enters|comes)\s+into\s+(?:force|effect)|\btakes\s+effect`) },
    { name: 'en:amended', keys: ["amend"], step: 'amended', tense: 'past', re: rx(String.raw`\b(?:was|were|has\s+been|had\s+been)\s+amended|\bamendments?\s+(?:added|removed|deleted|changed|replaced|inserted|introduced)|\bamended\s+(?:the\s+)?(?:treaty|agreement|pact|text)`) },
    { name: 'en:suspended', keys: ["suspended"], step: 'suspended', tense: 'past', re: rx(String.raw`\bsuspended\s+${GAP}(?:treaty|agreement|pact|participation|implementation|application)|\b(?:was|were|has\s+been|had\s+been)\s+suspended`) },
    { name: 'en:denounced', keys: ["denounced", "withdr", "pulled out"], step: 'denounced', tense: 'past', re: rx(String.raw`\bdenounced|\bwithdr(?:ew|awn)\s+from|\bpulled\s+out\s+of`) },
    { name: 'en:terminated', keys: ["terminated", "expired", "lapsed", "ceased"], step: 'terminated', tense: 'past', re: rx(String.raw`\bterminated\s+(?:the\s+)?(?:treaty|agreement|pact)|\b(?:was|were|has\s+been|had\s+been)\s+terminated|\b(?:has|have|had)\s+(?:expired|lapsed)|\bceased\s+to\s+(?:be\s+in\s+force|have\s+effect|apply)`) },
    { name: 'en:submitted', keys: ["submitted", "introduced", "tabled", "posted", "registered", "sent", "published", "referred", "forwarded"], step: 'submitted-for-ratification', tense: 'past', re: rx(String.raw`\b(?:submitted|introduced|tabled)\s+(?:a|the)\s+(?:bill|draft\s+law|draft)|\b(?:bill|draft\s+law|draft)\b${SPAN}{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+(?:submitted|introduced|tabled|posted|registered|sent)|\b(?:was|were|has\s+been|had\s+been)\s+(?:posted|registered|published)\s+on\s+(?:the\s+)?(?:official\s+)?(?:website|portal|site)\s+of\s+(?:the\s+)?${GAP}${LEGISLATURE}|\b(?:submitted|sent|referred|forwarded)\s+${GAP}(?:to|for)\s+(?:ratification|(?:the\s+)?${GAP}${LEGISLATURE})`) },
    // A news lede's historic present: "President X introduces a bill to ratify …".
    { name: 'en:submits', keys: ["submits", "introduces", "tables"], step: 'submitted-for-ratification', tense: 'any', re: rx(String.raw`\b(?:submits|introduces|tables)\s+(?:a|the)\s+(?:bill|draft\s+law|draft)`) },
    { name: 'en:approved', keys: ["approved", "passed", "adopted", "endorsed", "backed", "voted", "gave", "concurred"], step: 'approve', tense: 'past', re: rx(String.raw`\b(?:approved|passed|adopted|endorsed|backed)\b|\bvoted\s+(?:[\d–-]+\s+|unanimously\s+|overwhelmingly\s+)?(?:to\s+(?:approve|ratify)|for|in\s+favou?r)|\bgave\s+(?:its\s+)?(?:advice\s+and\s+)?(?:consent|approval)|\bconcurred\s+(?:in|with)`) },
    { name: 'en:approves-headline', keys: ["approves", "passes", "adopts", "backs", "endorses"], step: 'approve', tense: 'present', re: rx(String.raw`\b(?:approves|passes|adopts|backs|endorses)\b`) },
    { name: 'en:ratified', keys: ["ratified"], step: 'ratify', tense: 'past', re: rx(String.raw`\bratified\b`) },
    { name: 'en:ratifies-headline', keys: ["ratifies"], step: 'ratify', tense: 'present', re: rx(String.raw`\bratifies\b`) },
    { name: 'en:signed', keys: ["signed", "done at"], step: 'signed', tense: 'past', re: rx(String.raw`\bsigned\b|\bDone\s+at\b`) },
    { name: 'en:signs-headline', keys: ["sign"], step: 'signed', tense: 'present', re: rx(String.raw`\bsigns?\b`) },
  ],
  expectations: [
    { name: 'en:will-enter-into-force', keys: ["into force", "into effect", "take effect", "takes effect"], step: 'entered-into-force', re: rx(String.raw`\b(?:will|shall|would|is\s+(?:expected|due|set)\s+to|is\s+to)\s+(?:come|enter)\s+into\s+(?:force|effect)|\b(?:will|shall|would)\s+take\s+effect|\btakes\s+effect\s+(?=upon|on|after|once|when)|\benters?\s+into\s+force\s+(?=upon|on\s+the|after|once)|\bbefore\s+it\s+(?:takes\s+effect|enters\s+into\s+force|comes\s+into\s+force)`) },
    { name: 'en:will-exchange', keys: ["exchange"], step: 'instruments-exchanged', re: rx(String.raw`\b(?:will|would|shall|are\s+to)\s+exchange\s+${GAP}(?:instruments|ratification)`) },
    { name: 'en:to-be-ratified', keys: ["ratif"], step: 'ratified', re: rx(String.raw`\b(?:must|should|will|would|is\s+to|has\s+to|needs?\s+to)\s+be\s+ratified|\b(?:preparing|expected|set|due|plans?|intends?)\s+to\s+ratify|\bis\s+subject\s+to\s+ratification`) },
    { name: 'en:to-be-submitted', keys: ["submitted", "sent", "referred"], step: 'submitted-for-ratification', re: rx(String.raw`\b(?:will|would|is\s+to|shall)\s+be\s+(?:submitted|sent|referred)`) },
    { name: 'en:vote-expected', keys: ["vote on", "approve", "debate"], step: 'approved-by-legislature', re: rx(String.raw`\b(?:will|would|is\s+(?:expected|due|set)\s+to)\s+(?:vote\s+on|approve|debate)`) },
  ],
  guards: {
    modal: rx(String.raw`\b(?:will|would|shall|should|must|may|might|could|can|to|going\s+to)\s+(?:(?:not|also|then|be|have|been|first|still|yet|soon|only)\s+)*$`, 'iu'),
    conditional: rx(String.raw`\b(?:unless|if|whether|provided(?:\s+that)?|in\s+case)\s+(?:[\p{L}'’-]+\s+){0,6}$`, 'iu'),
    negation: rx(String.raw`\b(?:not|never|n't|no\s+longer|yet\s+to)\b`, 'iu'),
    hedge: rx(String.raw`\b(?:insists?|insisted|claims?|claimed|alleges?|alleged(?:ly)?|reportedly|purportedly|supposedly|rumou?red)\b`, 'iu'),
    perfect: rx(String.raw`\b(?:has|have)\s+(?:[\p{L}-]+ly\s+)?$`, 'iu'),
    today: rx(String.raw`\btoday\b`, 'iu'),
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    offset: rx(String.raw`\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|ninety|\d+)\s+(day|week|month)s?\s+(after|before|later|earlier|ago)\b`, 'giu'),
    conditionStart: rx(String.raw`^\s*(?:(?:on|from)\s+the\s+[\p{L}-]+\s+day\s+)?(?:after|upon|once|following|when|on)\b`, 'iu'),
    place: rx(String.raw`\b(?:in|at)\s+((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})`, 'gu'),
  },
};
