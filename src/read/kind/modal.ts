// When an advocacy modal ("should", "sollte", "devrait", "следует", "debería") is not the writer's advice: the
// treaty's own obligation ("the parties should …", "under Article 5 …"), a forecast ("the vote should take place
// in June", "le vote devrait avoir lieu"), a procedure ("must be ratified"), or a condition ("Should X happen").

export interface ModalVeto {
  /** The words just before the modal name the treaty or its parties as its subject. */
  treatySubject: (before: string) => boolean;
  /** Anywhere in the sentence: the sentence tells what the treaty says ("under the accord", "Article 9 sets up"). */
  treatyFrame: RegExp;
  /**
   * The clause after the modal shows it describes rather than advises: a forecast or a procedure ("take place",
   * "stattfinden", "avoir lieu", "be ratified"), or, where the verb comes first (Arabic), the treaty's parties.
   */
  after: RegExp;
  /** Whether a modal opening the sentence is a condition ("Should …", "Sollte …") rather than advice. */
  initialIsCondition: boolean;
}

/** How far back the subject is looked for. */
const SUBJECT_WINDOW = 60;
/** The clause after a modal ends at punctuation, or after this many characters. */
const CLAUSE_WINDOW = 90;
const CLAUSE_END = /[,.;:!?—–()]/u;

/** The clause that follows a modal, up to its punctuation. */
export function clauseAfter(text: string, end: number): string {
  const rest = text.slice(end, end + CLAUSE_WINDOW);
  const stop = rest.search(CLAUSE_END);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The `unless` of a language's modal cue: true when this modal does not advise anyone. */
export function modalVeto(veto: ModalVeto): (text: string, index: number, match: string) => boolean {
  return (text, index, match) => {
    if (veto.initialIsCondition && !/\p{L}/u.test(text.slice(0, index))) return true;
    if (veto.treatySubject(text.slice(Math.max(0, index - SUBJECT_WINDOW), index))) return true;
    veto.after.lastIndex = 0;
    if (veto.after.test(clauseAfter(text, index + match.length))) return true;
    veto.treatyFrame.lastIndex = 0;
    return veto.treatyFrame.test(text);
  };
}
