// File types people keep documents in that Pactwatch does not read, named by extension, media type or first
// bytes: the file's error says what it is and what to do, rather than "binary" or a body of garbled text.

type Kind = 'document' | 'archive' | 'media' | 'program' | 'data';

/** What to do with each kind of file instead. */
const ADVICE: Record<Kind, string> = {
  document: 'save the report as PDF, HTML, Markdown or plain text',
  archive: 'unpack it and give its folder',
  media: 'only text is read (no OCR or transcription)',
  program: 'not a report',
  data: 'give the reports it holds as JSON, JSONL, HTML or text files',
};

/** Extensions (lower case) of formats Pactwatch does not read. */
const UNSUPPORTED_EXTENSIONS: Record<string, [what: string, kind: Kind]> = {
  doc: ['Word document', 'document'],
  docx: ['Word document', 'document'],
  docm: ['Word document', 'document'],
  dot: ['Word template', 'document'],
  dotx: ['Word template', 'document'],
  odt: ['OpenDocument text', 'document'],
  rtf: ['RTF document', 'document'],
  pages: ['Pages document', 'document'],
  wpd: ['WordPerfect document', 'document'],
  xls: ['Excel spreadsheet', 'document'],
  xlsx: ['Excel spreadsheet', 'document'],
  xlsm: ['Excel spreadsheet', 'document'],
  ods: ['OpenDocument spreadsheet', 'document'],
  numbers: ['Numbers spreadsheet', 'document'],
  ppt: ['PowerPoint presentation', 'document'],
  pptx: ['PowerPoint presentation', 'document'],
  odp: ['OpenDocument presentation', 'document'],
  key: ['Keynote presentation', 'document'],
  epub: ['e-book', 'document'],
  mobi: ['e-book', 'document'],
  djvu: ['DjVu document', 'document'],
  ps: ['PostScript document', 'document'],
  eps: ['PostScript document', 'document'],
  zip: ['ZIP archive', 'archive'],
  gz: ['gzip archive', 'archive'],
  tgz: ['gzip archive', 'archive'],
  bz2: ['bzip2 archive', 'archive'],
  xz: ['xz archive', 'archive'],
  zst: ['Zstandard archive', 'archive'],
  '7z': ['7-Zip archive', 'archive'],
  rar: ['RAR archive', 'archive'],
  tar: ['tar archive', 'archive'],
  png: ['PNG image', 'media'],
  jpg: ['JPEG image', 'media'],
  jpeg: ['JPEG image', 'media'],
  gif: ['GIF image', 'media'],
  webp: ['WebP image', 'media'],
  bmp: ['BMP image', 'media'],
  tif: ['TIFF image', 'media'],
  tiff: ['TIFF image', 'media'],
  heic: ['HEIC image', 'media'],
  svg: ['SVG image', 'media'],
  ico: ['icon', 'media'],
  mp3: ['audio file', 'media'],
  wav: ['audio file', 'media'],
  ogg: ['audio file', 'media'],
  flac: ['audio file', 'media'],
  m4a: ['audio file', 'media'],
  mp4: ['video file', 'media'],
  mov: ['video file', 'media'],
  avi: ['video file', 'media'],
  mkv: ['video file', 'media'],
  webm: ['video file', 'media'],
  exe: ['Windows program', 'program'],
  dll: ['Windows library', 'program'],
  msi: ['Windows installer', 'program'],
  so: ['shared library', 'program'],
  dylib: ['shared library', 'program'],
  o: ['object file', 'program'],
  class: ['Java class file', 'program'],
  jar: ['Java archive', 'program'],
  wasm: ['WebAssembly module', 'program'],
  apk: ['Android package', 'program'],
  dmg: ['disk image', 'program'],
  iso: ['disk image', 'program'],
  sqlite: ['SQLite database', 'data'],
  db: ['database file', 'data'],
  parquet: ['Parquet data file', 'data'],
  rss: ['RSS feed', 'data'],
  atom: ['Atom feed', 'data'],
};

/** Media types (without parameters) of kinds Pactwatch does not read; the specific ones first. */
const UNSUPPORTED_MEDIA_TYPES: [RegExp, string, Kind][] = [
  [
    /^application\/(?:msword|vnd\.openxmlformats-officedocument\.wordprocessingml\.\S+|vnd\.oasis\.opendocument\.text|rtf|x-rtf)$|^text\/rtf$/,
    'word-processor document',
    'document',
  ],
  [/^application\/(?:vnd\.ms-excel|vnd\.openxmlformats-officedocument\.spreadsheetml\.\S+|vnd\.oasis\.opendocument\.spreadsheet)$/, 'spreadsheet', 'document'],
  [
    /^application\/(?:vnd\.ms-powerpoint|vnd\.openxmlformats-officedocument\.presentationml\.\S+|vnd\.oasis\.opendocument\.presentation)$/,
    'presentation',
    'document',
  ],
  [/^application\/(?:epub\+zip|postscript)$/, 'document format', 'document'],
  [/^application\/(?:zip|gzip|x-gzip|x-tar|x-bzip2|x-xz|zstd|x-7z-compressed|vnd\.rar|x-rar-compressed)$/, 'archive', 'archive'],
  [/^(?:image|audio|video|font)\//, 'image, audio, video or font', 'media'],
  [/^application\/(?:x-executable|x-msdownload|x-sharedlib|x-mach-binary|wasm|java-archive|vnd\.android\.package-archive)$/, 'program', 'program'],
  [/^application\/(?:rss\+xml|atom\+xml)$/, 'feed', 'data'],
];

/** Text formats told by their first characters (after any BOM and leading space) that are not reports. */
const TEXT_SIGNATURES: [RegExp, string, Kind][] = [
  [/^\{\\rtf/, 'RTF document', 'document'],
  [/^%!PS/, 'PostScript document', 'document'],
];
/** An XML document whose root element is not `html`: a feed, an SVG image, an office or data file. */
const XML_ROOT = /^<\?xml[^>]*\?>\s*(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<([\w:.-]+)/i;
/** Root elements named in the error, with what they are. */
const XML_ROOTS: Record<string, string> = { rss: 'RSS feed', feed: 'Atom feed', svg: 'SVG image', 'rdf:rdf': 'RDF feed' };

function refusal(what: string, kind: Kind): string {
  return `unsupported file type: ${what}; ${ADVICE[kind]}`;
}

/** Why a file of this name cannot be read (its extension names a format Pactwatch does not read), or null. */
export function unsupportedByName(file: string): string | null {
  const m = /\.([a-z0-9]+)$/i.exec(file.replace(/#\d+$/, ''));
  const known = m ? UNSUPPORTED_EXTENSIONS[m[1].toLowerCase()] : undefined;
  return known ? refusal(`${known[0]} (.${m![1]})`, known[1]) : null;
}

/** Why a file sent with this media type (a Content-Type, parameters allowed) cannot be read, or null. */
export function unsupportedByMediaType(mediaType: string | null | undefined): string | null {
  const type = mediaType?.split(';', 1)[0].trim().toLowerCase();
  if (!type) return null;
  for (const [pattern, what, kind] of UNSUPPORTED_MEDIA_TYPES) if (pattern.test(type)) return refusal(`${what} (${type})`, kind);
  return null;
}

/** Why a decoded text is a format Pactwatch does not read (RTF, PostScript, XML that is not a page), or null. */
export function unsupportedText(text: string): string | null {
  const head = text.slice(0, 4096).trimStart();
  for (const [pattern, what, kind] of TEXT_SIGNATURES) if (pattern.test(head)) return refusal(what, kind);
  const root = XML_ROOT.exec(head)?.[1].toLowerCase();
  if (root && root !== 'html') return refusal(`${XML_ROOTS[root] ?? `XML document (<${root}>)`}, not a page`, 'data');
  return null;
}
