// A plain fetcher for fetch jobs, for when none is given: http(s) only, a timeout, a size limit, a few
// redirects. The watch command's fetcher adds politeness (robots.txt, per-host rate limits, conditional GET)
// and address checks; workers use it when it is given to them.
import type { Fetcher } from './context.ts';

const TIMEOUT_MS = 30_000;

export function plainFetcher(maxBytes: number): Fetcher {
  return async (url) => {
    const protocol = new URL(url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`not an http(s) URL: ${url}`);
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { 'User-Agent': 'pactwatch' } });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new Error(`${url} is larger than ${maxBytes} bytes`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
      size += part.value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw new Error(`${url} is larger than ${maxBytes} bytes`);
      }
      chunks.push(part.value);
    }
    const type = response.headers.get('content-type') ?? '';
    const file = /html/i.test(type) ? `${url}#page.html` : /json/i.test(type) ? `${url}#item.json` : /pdf/i.test(type) ? `${url}#file.pdf` : undefined;
    return { bytes: Buffer.concat(chunks), ...(file ? { file } : {}) };
  };
}
