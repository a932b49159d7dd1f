import type { SourceWords } from './types.ts';

export const de: SourceWords = {
  stateMedia: [
    'staatlich\\p{L}* (?:nachrichtenagentur|rundfunk|fernsehen|sender|medien)',
    'amtlich\\p{L}* nachrichtenagentur',
    'offiziell\\p{L}* nachrichtenagentur',
    'staatsagentur',
    'nationale nachrichtenagentur',
  ],
  agency: ['nachrichtenagentur', 'presseagentur', 'presse-agentur', 'agentur'],
  wire: ['nachrichtendienst', 'pressedienst'],
  research: ['institut', 'stiftung', 'forschung\\p{L}*', 'denkfabrik', 'studien\\p{L}*'],
  bulletin: ['brief', 'bulletin', 'informationsdienst', 'analyse\\p{L}*', 'dossier'],
  researchNote: [
    'ist ein(?:e)? (?:[\\p{L}-]+ ){0,3}(?:newsletter|informationsdienst|briefing|bulletin|analysebrief)',
    'wird (?:vom|von der) (?:[\\p{L}-]+ ){0,3}(?:institut|stiftung)\\p{L}* herausgegeben',
    'ist ein angebot (?:des|der)',
    'ist (?:ein|eine) (?:gemeinnützig\\p{L}*|unabhängig\\p{L}*|zivilgesellschaftlich\\p{L}*) (?:\\p{L}+ ){0,2}(?:Verein|Verband|Bündnis|Netzwerk|Organisation|Stiftung)',
    'ist ein Zusammenschluss von',
  ],
  publishedBy: ['wird (?:vo[mn]|von der) ([^.]{3,80}?) herausgegeben'],
  government: ['bundesministerium', 'ministerium', 'auswärtiges amt', 'bundesregierung', 'bundespräsidialamt', 'botschaft', 'regierung (?:von|der|des)'],
  intergovernmental: [
    'vereinte\\p{L}* nationen',
    'welt\\p{L}*organisation',
    'internationale\\p{L}* \\p{L}*organisation',
    'europäische kommission',
    'europarat',
    'afrikanische union',
  ],
  legislature: ['bundestag\\p{L}*', 'bundesrat\\p{L}*', 'landtag\\p{L}*', 'nationalrat\\p{L}*', 'parlament\\p{L}*'],
  civic: ['bündnis', 'koalition', 'netzwerk für', 'nichtregierungsorganisation\\p{L}*', 'beobachtungsstelle'],
  nationalSections: ['inland', 'regionen', 'bundesländer', 'hof'],
  wireCredit: ['redigiert von', 'bearbeitet von', 'mitarbeit:'],
  syndicationCredit: ['mit material (?:von|der) (?:\\p{L}+)', 'mit agenturmaterial'],
  paywall: ['kostenlose artikel', 'bereits abonnent\\p{L}*', 'kommentare \\(\\d+\\)', '\\d+ kommentare'],
  editorial: ['chefredakteur\\p{L}*', 'herausgeber\\p{L}*'],
};
