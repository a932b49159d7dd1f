// Charset detection end to end: each fixture is a hand-written paragraph encoded with iconv-lite, read back
// through ingestBytes, and must come out as the same string with the right charset named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { canonicalCharset, declaredCharset, decodeBytes } from './charset.ts';
import { ingestBytes } from './index.ts';

const RU =
  'Государственная дума в среду одобрила договор о совместном использовании вод пограничной реки. За ратификацию проголосовали 402 депутата, против не высказался никто. Документ предусматривает создание совместной комиссии.';
const DE =
  'Das Parlament hat am Mittwoch den Vertrag über die gemeinsame Nutzung des Grenzflusses gebilligt. Für die Ratifizierung stimmten 402 Abgeordnete. Der Vertrag sieht eine gemeinsame Kommission vor, die jährlich über die Wassermengen berichtet.';
const FR =
  'Le Parlement a approuvé mercredi le traité sur le partage des eaux du fleuve frontalier. « C’est un jour historique », a déclaré le ministre — sous les applaudissements. Le texte prévoit la création d’une commission mixte chargée de répartir les débits.';
const PL =
  'Sejm w środę zatwierdził umowę o wspólnym korzystaniu z wód rzeki granicznej. Za ratyfikacją głosowało 402 posłów. Umowa przewiduje utworzenie wspólnej komisji, która co roku będzie składać sprawozdanie z przepływów.';
const EL =
  'Η Βουλή ενέκρινε την Τετάρτη τη συνθήκη για την κοινή χρήση των υδάτων του συνοριακού ποταμού. Υπέρ της κύρωσης ψήφισαν 402 βουλευτές. Η συνθήκη προβλέπει τη σύσταση μικτής επιτροπής.';
const JA = '国会は水曜日、国境を流れる川の水を共同で利用する条約を承認した。条約は両国の合同委員会の設置を定めており、批准書の交換から三十日後に発効する。';
const KO =
  '국회는 수요일 국경을 흐르는 강의 물을 공동으로 이용하는 조약을 승인했다. 조약은 양국 공동위원회의 설치를 규정하고 있으며 비준서 교환 후 삼십일 뒤에 발효된다.';
const EN = 'The two governments signed the river treaty on Tuesday; it enters into force after ratification.';

const CASES: { name: string; text: string; bytes: Uint8Array; charset: string }[] = [
  { name: 'UTF-8', text: RU, bytes: Buffer.from(RU, 'utf8'), charset: 'UTF-8' },
  { name: 'UTF-8 with BOM', text: FR, bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR)]), charset: 'UTF-8' },
  { name: 'UTF-16LE with BOM', text: RU, bytes: iconv.encode(RU, 'utf-16le', { addBOM: true }), charset: 'UTF-16LE' },
  { name: 'UTF-16BE with BOM', text: JA, bytes: iconv.encode(JA, 'utf-16be', { addBOM: true }), charset: 'UTF-16BE' },
  { name: 'UTF-16LE without BOM', text: EN, bytes: iconv.encode(EN, 'utf-16le'), charset: 'UTF-16LE' },
  { name: 'windows-1251', text: RU, bytes: iconv.encode(RU, 'windows-1251'), charset: 'windows-1251' },
  { name: 'ISO-8859-1', text: DE, bytes: iconv.encode(DE, 'iso-8859-1'), charset: 'ISO-8859-1' },
  { name: 'windows-1252 (curly quotes, dashes)', text: FR, bytes: iconv.encode(FR, 'windows-1252'), charset: 'windows-1252' },
  { name: 'ISO-8859-2', text: PL, bytes: iconv.encode(PL, 'iso-8859-2'), charset: 'ISO-8859-2' },
  { name: 'ISO-8859-5', text: RU, bytes: iconv.encode(RU, 'iso-8859-5'), charset: 'ISO-8859-5' },
  { name: 'ISO-8859-7', text: EL, bytes: iconv.encode(EL, 'iso-8859-7'), charset: 'ISO-8859-7' },
  { name: 'Shift_JIS', text: JA, bytes: iconv.encode(JA, 'shift_jis'), charset: 'Shift_JIS' },
  { name: 'EUC-KR', text: KO, bytes: iconv.encode(KO, 'euc-kr'), charset: 'EUC-KR' },
];

for (const c of CASES) {
  test(`charset ${c.name}: decoded exactly and named`, async () => {
    const { docs, warnings } = await ingestBytes('report.txt', c.bytes);
    assert.deepEqual(warnings, []);
    assert.equal(docs.length, 1);
    assert.equal(docs[0].text, c.text);
    assert.equal(docs[0].charset, c.charset);
  });
}

test('charset: a short page that declares its charset is decoded as declared', async () => {
  const bytes = Buffer.concat([
    Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>'),
    iconv.encode('Дума одобрила договор.', 'windows-1251'),
    Buffer.from('</p></body></html>'),
  ]);
  const { docs } = await ingestBytes('page.html', bytes);
  assert.equal(docs[0].charset, 'windows-1251');
  assert.match(docs[0].html!, /<p>Дума одобрила договор\.<\/p>/);
});

test('charset: a page whose declared charset is wrong is decoded from its bytes, with a warning', async () => {
  const bytes = Buffer.concat([
    Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'),
    iconv.encode(RU, 'windows-1251'),
    Buffer.from('</p></body></html>'),
  ]);
  const { docs, warnings } = await ingestBytes('page.html', bytes);
  assert.equal(docs[0].charset, 'windows-1251');
  assert.ok(docs[0].html!.includes(RU));
  assert.match(warnings[0].message, /declares charset UTF-8 but was decoded as windows-1251/);
  assert.deepEqual(docs[0].warnings, [warnings[0].message]);
});

test('charset: UTF-8 with a few corrupt bytes stays UTF-8 and says how many bytes were replaced', async () => {
  const bytes = Buffer.concat([Buffer.from(FR.repeat(4)), Buffer.from([0xe9, 0x20, 0xff, 0xf0, 0x9f, 0x98]), Buffer.from(' Fin.')]);
  const { docs } = await ingestBytes('scrape.txt', bytes);
  assert.equal(docs[0].charset, 'UTF-8');
  assert.ok(docs[0].text!.startsWith(FR));
  // 0xe9 and 0xff alone, and a four-byte sequence cut after three: five bytes, three replacement characters.
  assert.deepEqual(docs[0].warnings, ['5 bytes could not be decoded as UTF-8 and were replaced']);
});

test('charset: bytes a legacy charset has no character for are counted as bytes, per charset', async () => {
  // 0x98 is unassigned in windows-1251; a Shift_JIS lead byte followed by a space is half a character.
  const ru = Buffer.concat([iconv.encode(RU.repeat(3), 'windows-1251'), Buffer.from([0x98, 0x20, 0x98, 0x20]), iconv.encode(RU, 'windows-1251')]);
  assert.deepEqual((await ingestBytes('ru.txt', ru)).docs[0].warnings, ['2 bytes could not be decoded as windows-1251 and were replaced']);
  const ja = Buffer.concat([iconv.encode(JA.repeat(3), 'shift_jis'), Buffer.from([0x85, 0x20]), iconv.encode(JA, 'shift_jis')]);
  const { docs } = await ingestBytes('ja.txt', ja);
  assert.equal(docs[0].charset, 'Shift_JIS');
  assert.deepEqual(docs[0].warnings, ['1 byte could not be decoded as Shift_JIS and was replaced']);
});

test('charset: UTF-16 that does not decode (an odd last byte, an unpaired surrogate) is replaced and counted, not dropped', async () => {
  const odd = Buffer.concat([iconv.encode(RU, 'utf-16le', { addBOM: true }), Buffer.from([0x41])]);
  const a = (await ingestBytes('odd.txt', odd)).docs[0];
  assert.equal(a.text, `${RU}\uFFFD`);
  assert.deepEqual(a.warnings, ['1 byte could not be decoded as UTF-16LE and was replaced']);
  const lone = Buffer.concat([iconv.encode(RU, 'utf-16be', { addBOM: true }), Buffer.from([0xd8, 0x00, 0x00, 0x41])]);
  const b = (await ingestBytes('lone.txt', lone)).docs[0];
  assert.equal(b.text, `${RU}\uFFFDA`);
  assert.deepEqual(b.warnings, ['2 bytes could not be decoded as UTF-16BE and were replaced']);
});

test('charset: replacement characters the file itself holds are named as such, not as bytes that failed', async () => {
  const { docs } = await ingestBytes('old-scrape.txt', Buffer.from(`${FR}Le minist\uFFFDre a parl\uFFFD.`));
  assert.deepEqual(docs[0].warnings, ['2 replacement character(s) (U+FFFD) in the file: characters lost before it was saved']);
});

test('charset: a Content-Type charset is the charset the file declares', async () => {
  // Too short for a statistical guess: without the declaration it would be read as something else.
  const bytes = iconv.encode('Η Βουλή ενέκρινε.', 'iso-8859-7');
  const { docs } = await ingestBytes('feed-item', bytes, { maxBytes: 1e6, mediaType: 'text/plain; charset=ISO-8859-7' });
  assert.equal(docs[0].charset, 'ISO-8859-7');
  assert.equal(docs[0].text, 'Η Βουλή ενέκρινε.');
});

test('charset: NFC normalization and CRLF → LF', async () => {
  const decomposed = 'Le traite\u0301 a e\u0301te\u0301 signe\u0301.\r\nSecond line.\rThird line.';
  const { docs } = await ingestBytes('nfc.txt', Buffer.from(decomposed));
  assert.equal(docs[0].text, 'Le traité a été signé.\nSecond line.\nThird line.');
});

test('charset labels: aliases map to one canonical name; unknown labels are refused', () => {
  assert.equal(canonicalCharset('utf8'), 'UTF-8');
  assert.equal(canonicalCharset('CP1251'), 'windows-1251');
  assert.equal(canonicalCharset('x-sjis'), 'Shift_JIS');
  assert.equal(canonicalCharset('ks_c_5601-1987'), 'EUC-KR');
  assert.equal(canonicalCharset('iso_8859-2'), 'ISO-8859-2');
  assert.equal(canonicalCharset('no-such-charset'), null);
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-7"?><html/>')), 'ISO-8859-7');
  assert.equal(declaredCharset(Buffer.from('<p>no declaration</p>')), null);
});

test('decodeBytes says why it chose the charset', () => {
  assert.equal(decodeBytes(iconv.encode(RU, 'utf-16le', { addBOM: true })).basis, 'byte-order mark');
  assert.equal(decodeBytes(Buffer.from(RU)).basis, 'valid UTF-8');
  assert.match(decodeBytes(iconv.encode(KO, 'euc-kr')).basis, /^chardet \(confidence \d+\)$/);
});
