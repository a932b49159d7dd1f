// Hostile inputs (issue 15): files built to make a stage do more than linear work, overflow a stack, or be
// refused when they should be read, next to three good reports of our own wording. Written into a folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/** Good reports: a fictional convention, every sentence our own. The test checks each reaches the dossier. */
export const GOOD: Record<string, string | Buffer> = {
  'good-wire.txt': [
    'Lakes convention signed in Geneva',
    '',
    'GENEVA, 4 May 2030 (Wire) - Twelve states signed the Convention on the Protection of Alpine Lakes in Geneva on Saturday, the Swiss foreign ministry said.',
    'The convention sets common limits for phosphate discharges and creates a commission that meets every two years.',
    'It enters into force ninety days after the sixth instrument of ratification is deposited with the Swiss government.',
    'France and Italy said they would submit it to their parliaments before the end of the year.',
  ].join('\n'),
  'good-page.html': Buffer.from(
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Convention sur les lacs alpins</title></head><body>' +
      '<nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav><article><h1>Convention sur les lacs alpins</h1>' +
      '<p>Douze États ont signé samedi à Genève la Convention sur la protection des lacs alpins, a indiqué le ministère suisse des affaires étrangères.</p>' +
      '<p>Le texte fixe des plafonds communs pour les rejets de phosphates et crée une commission qui se réunit tous les deux ans.</p>' +
      '<p>Il entrera en vigueur quatre-vingt-dix jours après le dépôt du sixième instrument de ratification.</p></article>' +
      '<footer>© 2030 Journal du Léman</footer></body></html>',
  ),
  'good-feed.jsonl': `${JSON.stringify({
    title: 'Alpenseen-Konvention unterzeichnet',
    outlet: 'Seezeitung',
    published: '2030-05-05',
    text: 'Zwölf Staaten haben am Samstag in Genf die Konvention zum Schutz der Alpenseen unterzeichnet. Deutschland und Österreich wollen sie noch in diesem Jahr ratifizieren. Die Konvention tritt neunzig Tage nach der sechsten Ratifikation in Kraft.',
  })}\n`,
};

const SENTENCE = 'The convention was signed in Geneva on 4 May 2030.';

/** One hostile file per pattern: name → bytes. `big` names the ones of a megabyte or more, timed per MB. */
export function hostileFiles(): { files: Record<string, Buffer>; big: string[] } {
  const nested = (open: string, close: string, depth: number, inner: string) => open.repeat(depth) + inner + close.repeat(depth);
  const files: Record<string, Buffer> = {
    // Whitespace runs: 128 KB of spaces and tabs inside one line, then 1 MB of spaces and line breaks.
    'spaces.txt': Buffer.from(`The${' \t'.repeat(65_536)}treaty was signed.\n${' '.repeat(500_000)}\n${'\n '.repeat(250_000)}${SENTENCE}\n`),
    // Repeated list markers, on one line and one per line.
    'markers.txt': Buffer.from(`${'1. '.repeat(350_000)}\n`),
    'markers-lines.txt': Buffer.from('- 1.\n'.repeat(210_000)),
    // Date-like runs without a sentence end.
    'dates.txt': Buffer.from('12 March 2020, '.repeat(70_000)),
    // One word of 5 MB.
    'word.txt': Buffer.from('a'.repeat(5_000_000)),
    // Nesting: 20,000-deep elements and JSON, 1,000 nested tables.
    'deep.html': Buffer.from(`<html><body>${nested('<div>', '</div>', 20_000, `<p>${SENTENCE}</p>`)}</body></html>`),
    'deep-text.html': Buffer.from(`<html><body>${nested('<div><span>x</span>', '</div>', 20_000, `<p>${SENTENCE}</p>`)}</body></html>`),
    'tables.html': Buffer.from(`<html><body>${nested('<table><tr><td>', '</td></tr></table>', 1_000, SENTENCE)}</body></html>`),
    'deep.json': Buffer.from(`{"text": ${JSON.stringify(SENTENCE)}, "extra": ${nested('{"a":', '}', 20_000, '1')}}`),
    'deep-array.json': Buffer.from(nested('[', ']', 20_000, '')),
    'deep-author.jsonl': Buffer.from(`${`{"text": ${JSON.stringify(SENTENCE)}, "author": ${nested('[', ']', 20_000, '"X"')}}`}\n`),
    // 100,000 paragraphs.
    'paras.txt': Buffer.from(Array.from({ length: 100_000 }, (_, i) => `Item ${i} holds.`).join('\n\n')),
    // NUL and control bytes in text.
    'nul.txt': Buffer.concat([Buffer.from('The convention was signed'), Buffer.from([0]), Buffer.from(' in Geneva on 4 May 2030.\n')]),
    'ctrl.txt': Buffer.from(`The convention was signed\x01 in Geneva\x1b on 4 May\x7f 2030.\n`),
    'controls.txt': Buffer.from(Array.from({ length: 2000 }, (_, i) => String.fromCharCode(1 + (i % 8))).join('')),
    // Mixed charsets in one file: UTF-8 with a Latin-1 line (read), four charsets (read, or refused as
    // undecodable with the reason); and UTF-16 Japanese without a byte-order mark.
    'mixed.txt': Buffer.concat([
      Buffer.from(`${SENTENCE} It was the first convention signed in Genève on lakes. ${'The commission meets every two years. '.repeat(4)}\n`),
      Buffer.from(`It was the first convention on lakes in Europe. ${'The commission meets in Geneva every two years. '.repeat(8)}\n`),
      iconv.encode('Le traité a été signé à Genève.\n', 'latin1'),
    ]),
    'mixed-many.txt': Buffer.concat([
      Buffer.from('The convention was signed in Genève on 4 May 2030.\n'),
      iconv.encode('Le traité a été signé à Genève le 4 mai 2030.\n', 'latin1'),
      iconv.encode('Конвенция подписана в Женеве 4 мая 2030 года.\n', 'windows-1251'),
      iconv.encode('条約は2030年5月4日にジュネーブで署名された。\n', 'shift_jis'),
    ]),
    'ja-utf16.txt': iconv.encode('2030年5月4日、ジュネーブで湖沼の保護に関する条約が12か国によって署名された。\n'.repeat(20), 'utf-16le'),
  };
  const big = Object.keys(files).filter((name) => files[name].length >= 1_000_000);
  return { files, big };
}

/** Writes the good reports and the hostile files into `dir`. */
export function writePile(dir: string): void {
  for (const [name, bytes] of Object.entries(GOOD)) writeFileSync(join(dir, name), bytes);
  for (const [name, bytes] of Object.entries(hostileFiles().files)) writeFileSync(join(dir, name), bytes);
}
