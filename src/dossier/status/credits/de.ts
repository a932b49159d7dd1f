import type { CreditWords } from './types.ts';

/** German: "nach Angaben der Nachrichtenagentur", "meldete die Agentur", "laut", "wie … berichtet". */
export const de: CreditWords = {
  language: 'de',
  before: [
    'nach Angaben der(?: staatlichen)?(?: Nachrichtenagentur| Agentur)?',
    'laut(?: der)?(?: staatlichen)?(?: Nachrichtenagentur| Agentur)?',
    'meldete(?: die)?(?: staatliche)?(?: Nachrichtenagentur| Agentur)?',
    'berichtete(?: die)?(?: staatliche)?(?: Nachrichtenagentur| Agentur)?',
    'unter Berufung auf(?: die)?(?: Nachrichtenagentur| Agentur)?',
    'wie(?: die)?(?: staatliche)?(?: Nachrichtenagentur| Agentur)?',
    'Quelle:',
    'verbreitet von',
  ],
  after: ['berichtete', 'berichtet', 'meldete', 'meldet'],
};
