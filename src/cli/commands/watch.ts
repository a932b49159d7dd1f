// `pactwatch watch`: arguments → the watch loop (src/watch). Filled in below as the loop lands.
export interface WatchFlags {
  once?: boolean;
  config?: string;
  interval?: string;
  'allow-private-network'?: boolean;
  db?: string;
  collection?: string;
  'max-bytes'?: string;
  quiet?: boolean;
}

export async function runWatch(sources: string[], _flags: WatchFlags): Promise<number> {
  if (sources.length === 0) {
    console.error('pactwatch watch: name at least one feed, sitemap or folder');
    return 2;
  }
  console.error('pactwatch watch: not available yet');
  return 1;
}
