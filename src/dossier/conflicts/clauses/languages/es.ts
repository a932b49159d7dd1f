// Spanish clause words. Ordinals agree in gender and number ("quincuagésimo", "quincuagésima", "-os", "-as").
import { type ClauseWords, forms } from './types.ts';

const CARDINALS: [string, number][] = [
  ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10],
  ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['dieciséis', 16], ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19],
  ['veinte', 20], ['veintiuno', 21], ['veintidós', 22], ['veintitrés', 23], ['veinticuatro', 24], ['veinticinco', 25], ['veintiséis', 26],
  ['veintisiete', 27], ['veintiocho', 28], ['veintinueve', 29],
  ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90],
  ['cien', 100], ['ciento', 100], ['doscientos', 200], ['trescientos', 300], ['cuatrocientos', 400], ['quinientos', 500], ['seiscientos', 600],
  ['setecientos', 700], ['ochocientos', 800], ['novecientos', 900],
  ['mil', 1000],
];
/** Ordinals by their masculine singular form. */
const ORDINALS: [string, number][] = [
  ['primero', 1], ['segundo', 2], ['tercero', 3], ['cuarto', 4], ['quinto', 5], ['sexto', 6], ['séptimo', 7], ['octavo', 8], ['noveno', 9], ['décimo', 10],
  ['vigésimo', 20], ['trigésimo', 30], ['cuadragésimo', 40], ['quincuagésimo', 50], ['sexagésimo', 60], ['septuagésimo', 70], ['octogésimo', 80],
  ['nonagésimo', 90], ['centésimo', 100],
];
const agreeing = (w: string) => [w, `${w.slice(0, -1)}a`, `${w}s`, `${w.slice(0, -1)}as`];

export const es: ClauseWords = {
  stop: [
    'ante', 'como', 'con', 'cual', 'cuando', 'desde', 'después', 'donde', 'durante', 'entre', 'esta', 'este', 'esto', 'estos', 'estas', 'hasta',
    'otra', 'otras', 'otro', 'otros', 'para', 'pero', 'sobre', 'según', 'también', 'todo', 'toda', 'todos', 'todas', 'tras',
    'acuerdo', 'artículo', 'artículos', 'cláusula', 'cláusulas', 'convenio', 'convención', 'pacto', 'protocolo', 'tratado', 'texto', 'disposición',
    'disposiciones', 'párrafo',
    'parte', 'partes', 'estado', 'estados', 'país', 'países', 'gobierno', 'gobiernos', 'firmante', 'firmantes',
    'establece', 'estipula', 'fija', 'garantiza', 'obliga', 'permite', 'prevé', 'regula', 'dispone', 'señala',
  ],
  numbers: Object.fromEntries([
    ...CARDINALS,
    ...forms(1, 'primer', 'primera'),
    ...forms(3, 'tercer'),
    ...ORDINALS.flatMap(([w, v]) => forms(v, ...agreeing(w))),
  ]),
  joiners: ['y'],
};
