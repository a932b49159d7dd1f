// Adapts the store (src/store) to what analyze needs: prepared documents keyed by sha256 and pipeline version.
import type { DocumentCache } from './analyze.ts';

export interface ClosableCache extends DocumentCache {
  close(): Promise<void>;
}

export async function openCache(target: string | undefined): Promise<ClosableCache | null> {
  const store = await import('../store/index.ts').catch(() => null);
  if (!store) {
    console.error('warning: the store is not available yet; analyzing in memory');
    return null;
  }
  return (store as any).openCache(target);
}
