import type { CreditWords } from './types.ts';

/** Spanish: "según la agencia", "informó la agencia", "con información de". */
export const es: CreditWords = {
  language: 'es',
  before: [
    'según(?: la)?(?: agencia)?(?: oficial| estatal)?',
    'informó(?: la)?(?: agencia)?(?: oficial| estatal)?',
    'informa(?: la)?(?: agencia)?(?: oficial| estatal)?',
    'con información de(?: la)?(?: agencia)?',
    'citad[oa] por(?: la)?(?: agencia)?',
    'fuente:',
    'distribuido por',
  ],
  after: ['informó', 'informa', 'reportó'],
};
