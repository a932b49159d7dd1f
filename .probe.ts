import { classifyKind } from './src/read/kind/index.ts';
const S = [
 'Moscow has repeatedly said the treaty is purely defensive.',
 'The pact, which analysts say could reshape the regional balance, must still be approved by the Duma.',
 'Experts believe the agreement will inevitably draw in China.',
 'Seoul should brace for more provocations, analysts warned.',
 'The deal is widely seen as a major diplomatic victory for Moscow.',
 'Perhaps the most important clause is Article 4.',
 '"We will respond firmly to any threat to our security," Kim said.',
 '"Our country will never accept such a deal," the ministry said in a statement.',
 'The United States called the treaty a dangerous escalation.',
 'Washington must now decide how to respond.',
 'Clearly, the treaty marks a turning point.',
 'The treaty will inevitably raise tensions.',
 'It is unclear whether Beijing was consulted.',
 'We asked the ministry for comment but received no reply.',
 'Kim Jong Un said: "This is a great day for our people."',
 'Under the treaty, both sides must provide assistance without delay.',
 'President Putin said he hoped the pact would serve as a model.',
 'The agreement should be seen in the context of the war in Ukraine, said one diplomat.',
];
for (const t of S) { const r = classifyKind({ start: 0, end: t.length, text: t, unit: 'sentence' }, { docKind: 'news', language: 'en', previous: null }); const o = classifyKind({ start: 0, end: t.length, text: t, unit: 'sentence' }, { docKind: 'opinion', language: 'en', previous: null }); console.log(r.kind.padEnd(7), o.kind.padEnd(7), (r.speaker ?? '-').padEnd(22), r.features.map((f) => f.cue + '(' + f.weight + ')').join(' '), '|', t.slice(0, 60)); }
