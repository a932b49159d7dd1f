// Reports of our own about a fictional agreement (the Austral Fisheries Cooperation Agreement between Iceland and
// Uruguay), for the queue and alert tests: a signing, a ratification, a report that misdates the signing, and a
// second ratification. Every sentence is invented here.
export const AUSTRAL = {
  signed: `Iceland and Uruguay sign fisheries pact

By Ana Sorel, Coastline Wire

REYKJAVIK, March 3, 2025 — Iceland and Uruguay signed the Austral Fisheries Cooperation Agreement in Reykjavik on Monday, officials said.
The agreement has 14 articles. Article 5 sets shared catch limits for both fleets.
`,
  ratifiedUy: `Uruguay ratifies Austral fisheries accord

By Ian Ruul, Harbour Daily

MONTEVIDEO, June 11, 2025 — Uruguay ratified the Austral Fisheries Cooperation Agreement on June 10, 2025, the foreign ministry said.
The agreement was signed in Reykjavik on March 3, 2025.
`,
  misdated: `Fisheries pact with Iceland questioned

By Lena Voss, Southern Ledger

MONTEVIDEO, June 20, 2025 — The Austral Fisheries Cooperation Agreement, signed in Reykjavik on March 5, 2025, faces criticism from fishing unions.
`,
  ratifiedIs: `Iceland's parliament backs fisheries accord

By Tom Hale, Northern Post

REYKJAVIK, June 25, 2025 — Iceland ratified the Austral Fisheries Cooperation Agreement on June 24, 2025. Iceland and Uruguay signed the agreement on March 3, 2025 in Reykjavik.
`,
};

/** A numbered report of the same agreement, different bytes each time (for volume: queue tests and the bench). */
export function filler(i: number): string {
  return `Fisheries talks continue, item ${i}

By Desk ${i % 7}, Coastline Wire

REYKJAVIK, July ${1 + (i % 28)}, 2025 — Officials of Iceland and Uruguay met again to discuss the Austral Fisheries Cooperation Agreement, meeting number ${i}.
Delegates reviewed catch data for the season and agreed to meet again next month.
`;
}
