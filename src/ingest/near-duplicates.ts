// Near duplicates: a syndicated copy of a report (new header, a changed sentence) is kept but linked to the
// earliest document it repeats, so later stages do not count it as an independent source.
// MinHash over word 5-shingles estimates the Jaccard similarity of two bodies; LSH banding finds candidate
// pairs without comparing every pair, and each candidate is confirmed against the threshold.

/** Words per shingle. Five words are specific enough that two independent reports on the same event
 *  (same names, same treaty title) share few shingles, yet one edited sentence only touches ~5-10 of them. */
export const SHINGLE_WORDS = 5;

/** Hash functions in a signature: the estimate's standard error is √(J(1−J)/128) ≤ 0.045. */
export const SIGNATURE_SIZE = 128;

/** Estimated Jaccard similarity (on body 5-shingles) at or above which a later document repeats an earlier
 *  one. A syndicated copy with a new header/footer and one rewritten sentence scores ≈ 0.7–0.9; independent
 *  reports of the same event, even ones quoting the same official sentences, score < 0.15. 0.5 sits well
 *  clear of both: it tolerates a rewritten paragraph in ten, and needs half the text to be word-for-word. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** Bodies shorter than this are not linked: a headline, a caption or a one-line brief repeats stock phrases
 *  by chance, and its shingle set is too small for a stable estimate. */
export const MIN_WORDS = 20;

/** LSH banding: 32 bands of 4 rows. Two documents become candidates when one band matches exactly, with
 *  probability 1−(1−J⁴)³²: 0.87 at J = 0.5, 0.99 at J = 0.6, 0.05 at J = 0.2. */
const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;

/** Above this many documents, candidates come from LSH buckets; below, every earlier document is compared
 *  (exact for small piles, where all pairs are cheap). */
const ALL_PAIRS_LIMIT = 500;

/** Murmur3's 32-bit finalizer: a fast bijective mixer. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per hash function, so signatures are the same across runs and machines (the store
 *  keeps them). */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x632be5ab)));

/** FNV-1a over a word's UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Words, lower-cased; each Han or kana character is a word of its own, since those scripts do not space words. */
/** A word: one CJK character, or a run of letters and digits, read in pieces of at most 100 (a 5 MB "word"
 *  overflowed the regular expression's backtracking stack; no real word comes near). */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]{1,100}/gu;

function words(body: string): string[] {
  return body.toLowerCase().match(WORD) ?? [];
}

/** The body has MIN_WORDS words or more: counted up to there, not listed. */
function longEnough(body: string): boolean {
  const word = new RegExp(WORD);
  const lower = body.toLowerCase();
  let n = 0;
  while (n < MIN_WORDS && word.exec(lower)) n++;
  return n >= MIN_WORDS;
}

function shingleHashes(tokens: string[]): Uint32Array {
  const wh = tokens.map(wordHash);
  const n = Math.max(1, wh.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(wh.length === 0 ? 0 : n);
  for (let i = 0; i < out.length; i++) {
    let h = 0;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, wh.length); k++) h = fmix32((Math.imul(h, 31) + wh[k]) >>> 0);
    out[i] = h;
  }
  return out;
}

/** The MinHash signature of a body: for each seeded hash function, the minimum over the body's shingles.
 *  Deterministic; an empty body gives all 0xffffffff. */
export function minhashSignature(body: string): number[] {
  const shingles = shingleHashes(words(body));
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix32(s ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return Array.from(sig);
}

/** The share of hash functions whose minima agree: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(a: number[], b: number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The earliest of `earlier` that a body with signature `sig` repeats, for adding one document to a pile
 *  whose links are known: a linear scan of signatures, with no re-shingling of the pile. */
export function findNearDuplicate(body: string, sig: number[], earlier: { id: string; sig: number[] }[]): string | null {
  if (!longEnough(body)) return null;
  for (const e of earlier) if (estimatedJaccard(e.sig, sig) >= NEAR_DUPLICATE_THRESHOLD) return e.id;
  return null;
}

/** Agreeing hash functions that reach the threshold (the least n with n / SIGNATURE_SIZE ≥ it). */
const AGREEING = Array.from({ length: SIGNATURE_SIZE + 1 }, (_, n) => n).find((n) => n / SIGNATURE_SIZE >= NEAR_DUPLICATE_THRESHOLD) ?? Infinity;

/** Words of packed nibbles per signature (see Pile). */
const NIBBLE_WORDS = SIGNATURE_SIZE / 8;

/** The eligible documents' signatures side by side, for comparing pairs fast: the values themselves, and
 *  their low 4 bits packed eight to a word. Equal values have equal low bits, so the number of equal
 *  nibbles bounds the number of agreeing hash functions from above, eight at a time (two unrelated values
 *  share a nibble one time in 16: a pair far below the threshold stays below it). */
class Pile {
  readonly values: Float64Array;
  readonly nibbles: Int32Array;

  constructor(signatures: ArrayLike<number>[]) {
    this.values = new Float64Array(signatures.length * SIGNATURE_SIZE);
    this.nibbles = new Int32Array(signatures.length * NIBBLE_WORDS);
    signatures.forEach((sig, d) => {
      for (let i = 0; i < SIGNATURE_SIZE; i++) {
        this.values[d * SIGNATURE_SIZE + i] = sig[i];
        this.nibbles[d * NIBBLE_WORDS + (i >> 3)] |= (sig[i] & 0xf) << ((i & 7) * 4);
      }
    });
  }

  /** estimatedJaccard of documents a and b ≥ the threshold, decided as early as possible: templated reports
   *  share bands with thousands of documents they do not repeat. */
  repeats(a: number, b: number): boolean {
    return this.mayRepeat(a, b) && this.agree(a, b);
  }

  /** AGREEING equal nibbles or more (SWAR: the high bit of each zero nibble of a ^ b, summed), stopping when
   *  the words left cannot make up the difference. */
  private mayRepeat(a: number, b: number): boolean {
    const w = this.nibbles;
    let n = 0;
    for (let k = 0; k < NIBBLE_WORDS; k++) {
      const x = w[a * NIBBLE_WORDS + k] ^ w[b * NIBBLE_WORDS + k];
      const zero = ~(((x & 0x77777777) + 0x77777777) | x | 0x77777777);
      n += Math.imul((zero >>> 3) & 0x11111111, 0x11111111) >>> 28;
      if (n + 8 * (NIBBLE_WORDS - k - 1) < AGREEING) return false;
    }
    return n >= AGREEING;
  }

  private agree(a: number, b: number): boolean {
    const v = this.values;
    let same = 0;
    let differ = 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      if (v[a * SIGNATURE_SIZE + i] === v[b * SIGNATURE_SIZE + i]) {
        if (++same >= AGREEING) return true;
      } else if (++differ > SIGNATURE_SIZE - AGREEING) return false;
    }
    return false;
  }

  /** The key of one band of document d's signature. */
  bandKey(d: number, band: number): number {
    let h = band;
    for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = fmix32((Math.imul(h, 31) + this.values[d * SIGNATURE_SIZE + r]) >>> 0);
    return h;
  }
}

/** Links each later document to the earliest one it repeats (estimated Jaccard ≥ the threshold), in input
 *  order. Returns later id → earlier id; documents shorter than MIN_WORDS are never linked. */
export function linkNearDuplicates(docs: { id: string; body: string; signature?: number[] }[]): Map<string, string> {
  const links = new Map<string, string>();
  const eligible = docs.filter((d) => longEnough(d.body));
  const pile = new Pile(eligible.map((d) => (d.signature?.length === SIGNATURE_SIZE ? d.signature : minhashSignature(d.body))));
  const useBuckets = eligible.length > ALL_PAIRS_LIMIT;
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  // The document a candidate was last compared with: one comparison per pair, however many bands match.
  const comparedWith = new Int32Array(eligible.length).fill(-1);

  eligible.forEach((doc, j) => {
    // The earliest repeated document: bucket lists hold earlier documents in input order, so each list is
    // read only up to the best found so far.
    let best = -1;
    const keys = useBuckets ? Array.from({ length: BANDS }, (_, b) => pile.bandKey(j, b)) : [];
    if (useBuckets) {
      for (let b = 0; b < BANDS; b++) {
        for (const i of buckets[b].get(keys[b]) ?? []) {
          if (best >= 0 && i >= best) break;
          if (comparedWith[i] === j) continue;
          comparedWith[i] = j;
          if (pile.repeats(i, j)) best = i;
        }
      }
    } else {
      for (let i = 0; i < j && best < 0; i++) if (pile.repeats(i, j)) best = i;
    }
    if (best >= 0) links.set(doc.id, eligible[best].id);
    for (let b = 0; b < keys.length; b++) {
      const list = buckets[b].get(keys[b]);
      if (list) list.push(j);
      else buckets[b].set(keys[b], [j]);
    }
  });
  return links;
}
