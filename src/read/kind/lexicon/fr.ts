// French basics: first-person stance, speculation, advocacy modals, evaluative words; speech verbs.
import { type CueRule, type Lexicon, stems, words } from '../cues.ts';

/** Treaty subjects that make a modal describe the treaty ("les parties doivent …"). */
const TREATY_SUBJECTS = /(?:parties|partie|traité|accord|article|chaque|deux|États)\s+(?:\p{L}+\s+){0,2}$/iu;

const OPINION: CueRule[] = [
  { cue: 'first-person-stance', weight: 3, pattern: words(['je pense', 'je crois', 'je suis convaincu', 'je suis convaincue', 'à mon avis', 'selon moi', 'il me semble']) },
  { cue: 'one-wonders', weight: 3, pattern: words(['on se demande', 'on peut se demander', 'reste à savoir']) },
  { cue: 'speculation', weight: 3, pattern: words(['il est possible que', 'il est probable que', 'il n’est pas exclu que', "il n'est pas exclu que"]) },
  { cue: 'modal', weight: 1.5, pattern: words(['devrait', 'devraient', 'il faut', 'il faudrait', 'doit', 'doivent']), unless: (text, index) => TREATY_SUBJECTS.test(text.slice(Math.max(0, index - 60), index)) },
  { cue: 'stance-adverb', weight: 1, pattern: words(['évidemment', 'bien sûr', 'malheureusement', 'heureusement', 'hélas']) },
  { cue: 'hedge', weight: 1, pattern: words(['peut-être', 'probablement', 'sans doute', 'vraisemblablement']) },
  { cue: 'evaluative', weight: 1, pattern: stems(['irresponsable', 'imprudent', 'raisonnable', 'absurde', 'scandaleu', 'honteu', 'erreur', 'insensé', 'naïf', 'naïve']) },
  { cue: 'first-person', weight: 2, pattern: words(['je', 'j’', "j'", 'moi', 'mon', 'ma', 'mes']) },
];

export const FR: Lexicon = {
  speech: words(['a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a souligné', 'a indiqué', 'a expliqué', 'a estimé', 'a assuré', 'a rappelé', 'déclare', 'affirme', 'estime', 'souligne', 'indique', 'précise']),
  inversion: false,
  passive: new Set(['été', 'est', 'sont']),
  sourceFirst: words(['selon', 'd’après', "d'après"]),
  speakerNouns: new Set(['ministre', 'ministère', 'gouvernement', 'porte-parole', 'président', 'présidente', 'chancelier', 'experts', 'diplomates', 'sources', 'il', 'elle']),
  documentNouns: new Set(['traité', 'accord', 'document', 'texte', 'article', 'préambule', 'clause', 'parties']),
  skippable: new Set(['aussi', 'également', 'déjà', 'encore']),
  clauseWords: new Set(['que', 'qui', 'quand', 'si', 'mais', 'et', 'comme', 'lorsque']),
  joiners: new Set(['de', 'des', 'du']),
  determiners: new Set(['le', 'la', 'les', 'l’', "l'"]),
  pronouns: new Set(['il', 'elle', 'ils', 'elles']),
  firstPerson: new Set(['je', 'nous']),
  opinion: OPINION,
};
