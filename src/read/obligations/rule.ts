// The shape of one language's obligation cues.

/** The kinds of agreement that are plainly no alliance: ATOP's alliance obligations are false for them. */
export type NonAllianceKind = 'arms-control' | 'environment' | 'trade' | 'peace' | 'forces' | 'boundary' | 'institutional';

export interface ObligationCues {
  /** Phrases set aside before a contingency is looked for: they hold a condition word that is not a security
   *  contingency here (a past war commemorated, "energy security", "food crisis"). */
  notContingency: RegExp[];
  /** Hostilities, or the threat of them: named alone, they are the contingency. */
  hostilities: RegExp[];
  /** A threat or danger to what a state defends: its security, peace, sovereignty, or a party itself. */
  threats: RegExp[];
  /** A crisis, or an emergency of a military or political kind. */
  crises: RegExp[];
  /** An attack on a party, as opposed to a threat of one: what makes an assistance clause defensive. */
  attack: RegExp[];
  /** A threat of an attack: it announces consultations, not the attack that triggers assistance. */
  threatOfAttack: RegExp[];
  /** Joint offensive action against third states: an offense obligation. */
  offense: RegExp[];
  /** A conditional clause up to the comma before the main clause's subject ("in the event of …, the other"). */
  triggers: RegExp[];
  /** The legal frame of an assistance clause: the UN Charter's self-defence article, the parties' laws. */
  frames: RegExp[];
  /** A sentence saying there is no defence clause or alliance ("does not contain a mutual defence clause"). */
  denials: RegExp[];
  /** Words in an agreement's name that say what kind of agreement it is, when that kind is no alliance. */
  notAlliance: Partial<Record<NonAllianceKind, RegExp[]>>;
}
