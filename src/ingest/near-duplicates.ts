// Placeholder until the ingest helper lands near-duplicate detection.
export function minhashSignature(body: string): number[] {
  return [];
}
export function linkNearDuplicates(docs: { id: string; body: string; signature?: number[] }[]): Map<string, string> {
  return new Map();
}
