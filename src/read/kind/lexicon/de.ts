// German basics: first-person stance, speculation, advocacy modals, evaluative words; speech verbs.
import { type CueRule, type Lexicon, stems, words } from '../cues.ts';

/** Treaty subjects that make a modal describe the treaty ("die Vertragsparteien müssen …"). */
const TREATY_SUBJECTS = /(?:Vertragspartei|Partei|Seite|Vertrag|Abkommen|Artikel|jede|beide|Staaten|Länder)\p{L}*\s+(?:\p{L}+\s+){0,2}$/u;

const OPINION: CueRule[] = [
  { cue: 'first-person-stance', weight: 3, pattern: words(['ich glaube', 'ich finde', 'ich meine', 'ich denke', 'meiner Meinung nach', 'meines Erachtens', 'aus meiner Sicht', 'mir scheint']) },
  { cue: 'one-wonders', weight: 3, pattern: words(['man fragt sich', 'man muss sich fragen', 'es bleibt zu hoffen']) },
  { cue: 'speculation', weight: 3, pattern: /(?<!\p{L})es ist (?:durchaus |gut |sehr )?(?:möglich|denkbar|wahrscheinlich|unwahrscheinlich), dass/giu },
  { cue: 'modal', weight: 1.5, pattern: words(['sollte', 'sollten', 'müsste', 'müssten', 'muss', 'müssen']), unless: (text, index) => TREATY_SUBJECTS.test(text.slice(Math.max(0, index - 60), index)) || /^\s*$/.test(text.slice(0, index)) },
  { cue: 'stance-adverb', weight: 1, pattern: words(['natürlich', 'offensichtlich', 'leider', 'zum Glück', 'freilich', 'gewiss']) },
  { cue: 'hedge', weight: 1, pattern: words(['vielleicht', 'wahrscheinlich', 'vermutlich', 'womöglich', 'wohl']) },
  { cue: 'evaluative', weight: 1, pattern: stems(['leichtsinnig', 'vernünftig', 'klug', 'unklug', 'fahrlässig', 'verantwortungslos', 'absurd', 'skandalös', 'fragwürdig', 'bedenklich', 'töricht', 'kurzsichtig', 'Fehler']) },
  { cue: 'first-person', weight: 2, pattern: words(['ich', 'mich', 'mir', 'mein', 'meine', 'meiner', 'meinen'], 'gu') },
];

export const DE: Lexicon = {
  speech: stems(['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'warnte', 'kritisierte', 'entgegnete', 'meinte', 'unterstrich', 'räumte', 'teilte', 'versicherte', 'bekräftigte']),
  inversion: true,
  passive: new Set(['wurde', 'wurden', 'worden', 'wird', 'werden']),
  sourceFirst: words(['laut', 'nach Angaben']),
  speakerNouns: new Set(['regierung', 'ministerium', 'sprecher', 'sprecherin', 'minister', 'ministerin', 'experten', 'kritiker', 'opposition', 'abgeordnete', 'oppositionsabgeordnete', 'er', 'sie']),
  documentNouns: new Set(['vertrag', 'vertrags', 'abkommen', 'dokument', 'text', 'artikel', 'präambel', 'klausel', 'vertragsparteien', 'seiten', 'es']),
  skippable: new Set(['auch', 'zudem', 'bereits', 'erneut', 'am', 'dienstag', 'montag', 'mittwoch', 'donnerstag', 'freitag']),
  clauseWords: new Set(['dass', 'und', 'aber', 'als', 'wenn', 'weil', 'ob', 'wie']),
  joiners: new Set(['der', 'des', 'für', 'von', 'im']),
  determiners: new Set(['die', 'der', 'das', 'den', 'dem']),
  pronouns: new Set(['er', 'sie']),
  firstPerson: new Set(['ich', 'wir']),
  opinion: OPINION,
};
