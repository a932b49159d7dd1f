// Binary detection: refuse files that are not text before trying to decode them.

/** Magic numbers of files people drop into a folder of reports by mistake; named so the error says what it is.
 *  `at` is the signature's offset when it is not at the start. */
const BINARY_SIGNATURES: { magic: number[]; what: string; at?: number }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'ZIP archive (also .docx, .xlsx, .odt, .epub)' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'GIF image' },
  { magic: [0x52, 0x49, 0x46, 0x46], what: 'RIFF media (WebP, WAV, AVI)' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF image' },
  { magic: [0x66, 0x74, 0x79, 0x70], what: 'MP4, QuickTime or HEIC media', at: 4 },
  { magic: [0x49, 0x44, 0x33], what: 'MP3 audio' },
  { magic: [0x4f, 0x67, 0x67, 0x53], what: 'Ogg media' },
  { magic: [0x66, 0x4c, 0x61, 0x43], what: 'FLAC audio' },
  { magic: [0x1a, 0x45, 0xdf, 0xa3], what: 'Matroska or WebM video' },
  { magic: [0x1f, 0x8b], what: 'gzip archive' },
  { magic: [0x42, 0x5a, 0x68], what: 'bzip2 archive' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz archive' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'Zstandard archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'RAR archive' },
  { magic: [0x75, 0x73, 0x74, 0x61, 0x72], what: 'tar archive', at: 257 },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'legacy Office document (.doc, .xls)' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'executable (ELF)' },
  { magic: [0x4d, 0x5a, 0x90, 0x00], what: 'Windows executable' },
  { magic: [0xcf, 0xfa, 0xed, 0xfe], what: 'executable (Mach-O)' },
  { magic: [0xca, 0xfe, 0xba, 0xbe], what: 'Java class or Mach-O executable' },
  { magic: [0x00, 0x61, 0x73, 0x6d], what: 'WebAssembly module' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'SQLite database' },
];

/** Bytes inspected for control characters. */
const SAMPLE_BYTES = 8192;

/** A stray NUL or two in a text (a bad paste, a truncated write) is dropped with a warning; more than this
 *  share of NUL bytes is data, not prose. */
const MAX_STRAY_NULS = 2;
const MAX_NUL_SHARE = 0.01;

/** Text has almost no C0 control bytes besides tab, newline, form feed and carriage return (ESC is allowed:
 *  ISO-2022 encodings use it). Above this share the file is data, not prose. */
const MAX_CONTROL_SHARE = 0.1;

/** Why these bytes are not a text file, or null when they may be one. `utf16` skips the NUL/control test:
 *  UTF-16's high bytes are NUL for Latin text. */
export function binaryReason(bytes: Uint8Array, utf16 = false): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (sig.magic.every((b, i) => bytes[(sig.at ?? 0) + i] === b)) return `binary file (${sig.what}), not a text report`;
  }
  if (utf16) return null;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  let nuls = 0;
  let firstNul = -1;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (firstNul < 0) firstNul = i;
      nuls++;
      continue;
    }
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  if (nuls > MAX_STRAY_NULS && nuls / n > MAX_NUL_SHARE) return `binary file (contains NUL bytes at offset ${firstNul}), not a text report`;
  controls += nuls;
  if (n > 0 && controls / n > MAX_CONTROL_SHARE) {
    return `binary file (${Math.round((100 * controls) / n)}% control bytes), not a text report`;
  }
  return null;
}
