// The words one language gives each source-type rule. Entries are regex sources, matched case-insensitively on
// whole words; one alternative per entry.

export interface SourceWords {
  /** An outlet describing itself as the state's: "state news agency", "государственное информационное агентство". */
  stateMedia: string[];
  /** Words that make a name a news agency's: "News Agency", "Nachrichtenagentur", "وكالة أنباء". */
  agency: string[];
  /** Words that make a name a wire service's: "Wire", "News Service". */
  wire: string[];
  /** Words that make a name a research body's or its bulletin's: "Institute", "Policy", "Research". */
  research: string[];
  /** Words that make a name a bulletin's: "Brief", "Digest", "Bulletin" (research when it notes its own schedule). */
  bulletin: string[];
  /** A bulletin's note that it is one: "is an independent briefing", "is published by the". */
  researchNote: string[];
  /** "is published by", ending where the publisher's name begins (captured by the rule up to the stop). */
  publishedBy: string[];
  /** Bodies of a state that open a publisher's name: "Ministry of", "Présidence de". */
  government: string[];
  /** Intergovernmental bodies, a government source of no one state: "United Nations", "Organización de los Estados Americanos". */
  intergovernmental: string[];
  /** A state's legislature, anywhere in a publisher's name: "Senate of the Parliament of X", "Nationalrat". */
  legislature: string[];
  /** Civic groups and observatories, which publish as research does: "Coalition", "Observatoire", "ائتلاف". */
  civic: string[];
  /** Sections of a national site's menu: "Nation", "Regions", "Royal Court". */
  nationalSections: string[];
  /** The roles a wire's own credit line names: "Reporting by", "Editing by". */
  wireCredit: string[];
  /** A credit naming another outlet's reporting: "with reporting by", "with agencies". */
  syndicationCredit: string[];
  /** A publication's reader features: a meter ("3 of your 5 free articles"), a sign-in for subscribers, a comment count. */
  paywall: string[];
  /** A newspaper's opinion page: its disclaimer ("the views expressed are his own"), its letters desk, its opinion newsletter. */
  opinionPage: string[];
  /** Roles of a newspaper's masthead: "Editor in Chief". */
  editorial: string[];
}
