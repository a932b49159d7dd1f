import type { SourceWords } from './types.ts';

export const en: SourceWords = {
  stateMedia: [
    'state(?:-run|-owned)? news agency',
    'state(?:-run|-owned)? (?:news )?(?:agency|broadcaster|television|radio|media|newspaper)',
    'official news agency',
    'national news agency',
    'government(?:-run|-owned)? (?:news )?(?:agency|broadcaster|newspaper)',
    'state agency',
  ],
  agency: ['news agency', 'press agency', 'telegraph agency', 'dispatch agency', 'agency'],
  wire: ['wire', 'newswire', 'wire service', 'news service', 'press association'],
  research: ['research', 'institute', 'think[- ]tank', 'policy', 'studies', 'foundation', 'cent(?:re|er) for', 'council on'],
  bulletin: ['brief', 'briefing', 'bulletin', 'digest', 'monitor', 'notes', 'newsletter', 'analysis'],
  researchNote: [
    'is an? (?:[\\p{L}-]+ ){0,3}(?:briefing|newsletter|bulletin|digest|research note|policy brief)',
    'is sent to (?:its )?(?:subscribers|members)',
    'is (?:a )?(?:publication|project) of (?:the )?',
  ],
  publishedBy: ['is (?:published|produced|issued) by ([^.]{3,80})'],
  government: [
    'ministry (?:of|for)',
    'department of',
    'office of the (?:president|prime minister)',
    'presidency of',
    'president of',
    'government of',
    'parliament of',
    'embassy of',
    'permanent mission of',
    'press service of',
  ],
  nationalSections: ['nation', 'national', 'local', 'regions', 'provinces', 'royal court', 'presidency', 'government', 'cabinet', 'parliament'],
  wireCredit: ['reporting by', 'writing by', 'editing by', 'compiled by', 'additional reporting by'],
  syndicationCredit: ['with (?:additional )?reporting (?:by|from) (?:the )?(?:wires|agencies|\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)$', 'with (?:wire|agency) reports', 'wires contributed'],
  paywall: ['free articles?', 'your limit of free', 'already (?:a )?(?:subscriber|member|subscribed)', 'comments \\(\\d+\\)', '\\d+ comments', 'become an? (?:paying )?(?:supporter|member|subscriber)'],
  editorial: ['editor[- ]in[- ]chief', 'managing editor', 'chief editor', 'publisher and editor'],
};
