// Charset detection and decoding: bytes → string, naming the charset it came from.
// Order (most to least certain): byte-order mark, UTF-16 without BOM, valid UTF-8, mostly-valid UTF-8,
// the charset the HTML declares, then chardet's statistical guesses. Each candidate is judged by how many
// characters it fails to decode; the first clean one wins.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A decoded text with more than this share of replacement/control characters is refused as undecodable:
 *  beyond one character in a hundred, quotes can no longer be trusted. Real text in its own charset has
 *  none; random bytes leave 1.5–5% even in the most permissive multi-byte charset. */
export const UNDECODABLE_SHARE = 0.01;

/** Valid UTF-8 with a few corrupt bytes (a truncated paste, one mis-saved character) is still UTF-8 when its
 *  valid multi-byte sequences outnumber the invalid ones by this factor; a legacy 8-bit text almost never
 *  forms valid multi-byte sequences by accident. */
const MOSTLY_UTF8_FACTOR = 4;

/** chardet guesses tried besides the best one: those at least this fraction as confident. */
const CANDIDATE_CONFIDENCE_RATIO = 0.5;

/** chardet's statistics settle within a few KB and it is slow (~0.6 ms per KB): it sees at most this much. */
const CHARDET_SAMPLE_BYTES = 64 * 1024;

/** Bytes inspected for BOM-less UTF-16 and for a declared charset. */
const SNIFF_BYTES = 4096;

export interface Decoded {
  text: string;
  charset: string;
  /** Characters that could not be decoded (U+FFFD or stray control characters). */
  undecodable: number;
  /** Why this charset was chosen, e.g. "byte-order mark", "declared in the HTML", "chardet (confidence 98)". */
  basis: string;
}

/** Byte-order marks: the only charset evidence that is certain. */
const BOMS: { bytes: number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'UTF-8' },
  { bytes: [0xff, 0xfe], charset: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], charset: 'UTF-16BE' },
];

export function byteOrderMark(bytes: Uint8Array): string | null {
  for (const bom of BOMS) if (bom.bytes.every((b, i) => bytes[i] === b)) return bom.charset;
  return null;
}

/** A BOM-less sample that is not UTF-8 is read as UTF-16 when at least this share of its code units are text
 *  (letters, marks, digits, punctuation, spaces) and the byte order is confirmed (below). Japanese, Chinese or
 *  Korean UTF-16 reads ~100%; random bytes ~70%; 8-bit Latin, Cyrillic or Greek text 80–90%. */
const UTF16_TEXT_SHARE = 0.97;
const TEXT_UNIT = /[\p{L}\p{M}\p{N}\p{P}\p{Zs}\t\n\r\f]/u;
/** Kana (U+3040–U+30FF): Japanese text has plenty, Shift_JIS or GB18030 read as UTF-16 almost none. */
const KANA_SHARE = 0.1;

/** Text and kana shares of `bytes` read as UTF-16 of this byte order. */
function utf16Shares(bytes: Uint8Array, charset: 'utf-16le' | 'utf-16be'): { text: number; kana: number } {
  const decoded = new TextDecoder(charset).decode(bytes);
  let units = 0;
  let text = 0;
  let kana = 0;
  for (const ch of decoded) {
    units++;
    if (TEXT_UNIT.test(ch)) text++;
    if (ch >= '\u3040' && ch <= '\u30ff') kana++;
  }
  return units ? { text: text / units, kana: kana / units } : { text: 0, kana: 0 };
}

/** UTF-16 without a BOM: one byte of each pair (the high byte) takes very few values (0x00 for Latin, 0x04
 *  for Cyrillic…) while the other varies like text. Legacy 8-bit text varies at both positions. CJK text
 *  spreads its high bytes too: when the bytes are not UTF-8 and nearly every code unit read in one byte order
 *  is text, that order is confirmed by NUL bytes mostly in the high byte (ASCII spaces, digits, line breaks:
 *  legacy CJK charsets have no NUL) or by kana. */
export function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 16) return null;
  const share = (parity: number) => {
    const counts = new Map<number, number>();
    for (let i = parity; i < n; i += 2) counts.set(bytes[i], (counts.get(bytes[i]) ?? 0) + 1);
    const top = [...counts.values()].sort((a, b) => b - a);
    return ((top[0] ?? 0) + (top[1] ?? 0)) / (n / 2);
  };
  const even = share(0);
  const odd = share(1);
  if (odd >= 0.9 && even < 0.6) return 'UTF-16LE';
  if (even >= 0.9 && odd < 0.6) return 'UTF-16BE';
  const sample = bytes.subarray(0, n);
  if (isUtf8Prefix(sample)) return null;
  const nuls = [0, 0];
  for (let i = 0; i < n; i++) if (sample[i] === 0) nuls[i & 1]++;
  const confirmed = (charset: 'utf-16le' | 'utf-16be') => {
    const high = charset === 'utf-16le' ? 1 : 0;
    const { text, kana } = utf16Shares(sample, charset);
    return text >= UTF16_TEXT_SHARE && ((nuls[high] > 0 && nuls[high] >= 2 * nuls[1 - high]) || kana >= KANA_SHARE);
  };
  if (confirmed('utf-16le')) return 'UTF-16LE';
  if (confirmed('utf-16be')) return 'UTF-16BE';
  return null;
}

/** Whether these bytes are valid UTF-8, allowing a sequence cut at the end (a sample's edge). */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Label spellings seen in the wild → the name iconv-lite decodes and the dossier reports. (A page labelled
 *  ISO-8859-1 that holds windows-1252 quotes decodes with stray C1 controls and so falls through to chardet.) */
const LABEL_ALIASES: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^utf-?8$/, 'UTF-8'],
  [/^utf-?16(le)?$/, 'UTF-16LE'],
  [/^utf-?16be$/, 'UTF-16BE'],
  [/^(?:latin-?1|l1|iso-ir-100|cp819)$/, 'ISO-8859-1'],
  [/^(?:x-)?(?:windows|cp|win)-?(125\d|874)$/, (m) => `windows-${m[1]}`],
  [/^iso[-_]?8859[-_](\d{1,2})$/, (m) => `ISO-8859-${m[1]}`],
  [/^(?:shift[-_]jis|s?jis|x-sjis|ms_kanji|cs_?shift_?jis|windows-31j)$/, 'Shift_JIS'],
  [/^(?:euc-?kr|ks_c_5601-1987|cseuckr|korean)$/, 'EUC-KR'],
  [/^euc-?jp$/, 'EUC-JP'],
  [/^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/, 'GB18030'],
  [/^big5(?:-hkscs)?$/, 'Big5'],
  [/^koi8-?([ru])$/, (m) => `KOI8-${m[1].toUpperCase()}`],
];

/** A charset label as written (meta tag, chardet) → a canonical name iconv-lite can decode, or null. */
export function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  for (const [pattern, name] of LABEL_ALIASES) {
    const m = pattern.exec(l);
    if (m) return typeof name === 'string' ? name : name(m);
  }
  return iconv.encodingExists(l) ? label.trim() : null;
}

/** The charset an HTML/XML document declares in its first bytes (`<meta charset>`, http-equiv, `<?xml encoding>`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? canonicalCharset(m[1]) : null;
}

/** Characters no real text contains: U+FFFD and control characters other than whitespace (C0 and C1). */
function countUndecodable(text: string): number {
  const m = text.match(/[\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g);
  return m ? m.length : 0;
}

/** Control characters other than whitespace (C0, DEL and C1): never part of a report's words. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Bases that leave no doubt about the charset: there, a control character is a stray byte in a good text (it
 *  is dropped with a warning), not a sign of a wrong guess. */
export const CERTAIN_BASES = new Set(['byte-order mark', 'UTF-16 byte pattern (no byte-order mark)', 'valid UTF-8']);

/** A UTF-16 code unit that is half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** UTF-16 that does not decode: an odd last byte (iconv-lite drops it without a trace) and unpaired surrogates
 *  (kept as they are) both become U+FFFD, like any other undecodable input. */
function utf16Losses(text: string, byteCount: number): string {
  const whole = text.replace(LONE_SURROGATE, '\uFFFD');
  return byteCount % 2 ? `${whole}\uFFFD` : whole;
}

function decodeAs(bytes: Uint8Array, charset: string, basis: string): Decoded {
  let text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  if (charset.startsWith('UTF-16')) text = utf16Losses(text, bytes.length);
  return { text, charset, undecodable: countUndecodable(text), basis };
}

/**
 * How many of `bytes` decoding as `decoded.charset` turned into U+FFFD. UTF-8: the bytes outside valid sequences
 * (a U+FFFD the file itself holds is a valid sequence, not counted); UTF-16: the odd last byte and two per unpaired
 * surrogate; any other charset (none of which has U+FFFD): the bytes the other characters do not account for.
 */
export function undecodableBytes(bytes: Uint8Array, decoded: Decoded): number {
  if (decoded.charset === 'UTF-8') return utf8Sequences(bytes).invalid;
  if (decoded.charset.startsWith('UTF-16')) {
    const bom = byteOrderMark(bytes)?.startsWith('UTF-16') ? 2 : 0;
    const raw = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), decoded.charset);
    return ((bytes.length - bom) % 2) + 2 * (raw.match(LONE_SURROGATE)?.length ?? 0);
  }
  const decodedBytes = iconv.encode(decoded.text.replaceAll('\uFFFD', ''), decoded.charset).length;
  return Math.max(0, bytes.length - decodedBytes);
}

/** Valid and invalid multi-byte UTF-8 sequences, to tell "UTF-8 with a few bad bytes" from legacy 8-bit. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes bytes, choosing the charset as described at the top. `declared` is the container's own claim
 *  (an HTML meta charset), used before guessing. Never throws; the caller judges `undecodable`. */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return decodeAs(bytes, bom, 'byte-order mark'); // iconv-lite strips the BOM itself
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(bytes, utf16, 'UTF-16 byte pattern (no byte-order mark)');
  if (isValidUtf8(bytes)) return decodeAs(bytes, 'UTF-8', 'valid UTF-8');
  const seq = utf8Sequences(bytes);
  if (seq.valid > 0 && seq.valid >= seq.invalid * MOSTLY_UTF8_FACTOR) {
    return decodeAs(bytes, 'UTF-8', `UTF-8 with ${seq.invalid} invalid byte sequence(s)`);
  }

  const candidates: Decoded[] = [];
  if (declared && declared !== 'UTF-8') {
    const asDeclared = decodeAs(bytes, declared, 'declared in the document');
    if (asDeclared.undecodable === 0) return asDeclared;
    candidates.push(asDeclared);
  }
  const guesses = chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES));
  const best = guesses[0]?.confidence ?? 0;
  for (const g of guesses) {
    if (g.confidence < best * CANDIDATE_CONFIDENCE_RATIO) break;
    const charset = canonicalCharset(g.name);
    if (charset && !candidates.some((c) => c.charset === charset)) {
      candidates.push(decodeAs(bytes, charset, `chardet (confidence ${g.confidence})`));
    }
  }
  if (candidates.length === 0) candidates.push(decodeAs(bytes, 'UTF-8', 'fallback: no charset fits'));
  // The first candidate that decodes everything; else the one that loses the fewest characters.
  return candidates.find((c) => c.undecodable === 0) ?? candidates.reduce((a, b) => (b.undecodable < a.undecodable ? b : a));
}
