// Addresses as the watcher keeps them: absolute, http(s) only, without the fragment (which never reaches a server,
// so two links that differ only there are one page). Pure.

/** The absolute http(s) address `href` names (relative to `base`), fragment removed; null for anything else. */
export function pageUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

/** Is this argument an address to fetch (rather than a local folder)? */
export const isWebAddress = (source: string) => /^https?:\/\//i.test(source);

/** The host a rate limit and a robots.txt belong to: scheme, host and port. */
export const originOf = (url: string) => new URL(url).origin;
