// Report text is untrusted input: every value interpolated into the page goes through escapeHtml, which makes it
// inert in element content and in quoted attribute values alike.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** An href for a source's web address: only http(s), so a `javascript:` or `data:` URL never becomes a link. */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? escapeHtml(url) : null;
}
