// A feed's bytes as text: the charset its Content-Type names, else its XML declaration's, else UTF-8 (JSON Feed is
// UTF-8 by definition). Pure.

const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

export function charsetOf(bytes: Uint8Array, contentType: string | null): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (declared) return declared;
  // The declaration is ASCII in any charset a feed uses (UTF-16 aside, which has a byte-order mark).
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return XML_ENCODING.exec(head)?.[1] ?? 'utf-8';
}

/** Decodes with the charset found (a byte-order mark wins); an unknown label falls back to UTF-8. */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  const label = charsetOf(bytes, contentType);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
