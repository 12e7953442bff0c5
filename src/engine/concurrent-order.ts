// The order a ConcurrentDictionary[K,V] enumerates its entries in (what `$dict` shows, `.Keys`, a
// foreach): .NET 10's bucket order, for string keys (its non-randomized string hash, also in the
// OrdinalIgnoreCase form) and Int32/Int64 keys; other key types hash randomly per process in .NET, so
// they keep the order they were added in. Measured against pwsh 7.6.10 for up to 400 keys: the table
// starts with 37 buckets (HashHelpers.GetPrime(31)), a bucket lists its newest entry first, and it grows
// to GetPrime(2n) buckets when one lock's share exceeds its budget (buckets / locks; the locks are one
// per processor and double as it grows), unless the table is under a quarter full, when the budget
// doubles instead.

import { availableParallelism } from 'node:os';

const rotateLeft = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;

/** string.GetNonRandomizedHashCode (or its OrdinalIgnoreCase form): UTF-16 pairs with the terminating NUL. */
export function nonRandomizedHash(text: string, ignoreCase: boolean): number {
  const unit = (i: number) => (i < text.length ? text.charCodeAt(i) : 0);
  const pair = (i: number) => ((unit(i) | (unit(i + 1) << 16)) | (ignoreCase ? 0x00200020 : 0)) >>> 0;
  let hash1 = ((5381 << 16) + 5381) >>> 0;
  let hash2 = hash1;
  let i = 0;
  let length = text.length;
  while (length > 2) {
    length -= 4;
    hash1 = (((rotateLeft(hash1, 5) + hash1) >>> 0) ^ pair(i)) >>> 0;
    hash2 = (((rotateLeft(hash2, 5) + hash2) >>> 0) ^ pair(i + 2)) >>> 0;
    i += 4;
  }
  if (length > 0) hash2 = (((rotateLeft(hash2, 5) + hash2) >>> 0) ^ pair(i)) >>> 0;
  return (hash1 + Math.imul(hash2, 1566083941)) >>> 0;
}

const PRIMES = [3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919, 1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591, 17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437, 187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897];

function isPrime(n: number): boolean {
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}

/** HashHelpers.GetPrime: the table's prime at least `min`, else the next prime p with (p - 1) % 101 != 0. */
function getPrime(min: number): number {
  for (const p of PRIMES) if (p >= min) return p;
  for (let i = min | 1; ; i += 2) if (isPrime(i) && (i - 1) % 101 !== 0) return i;
}

/** The hash .NET's default comparer gives a key of this type, or undefined where it is randomized per process. */
export function keyHash(keyType: string, key: unknown, ignoreCase: boolean): number | undefined {
  if (keyType === 'System.String' && typeof key === 'string') return nonRandomizedHash(key, ignoreCase);
  if (keyType === 'System.Int32' && typeof key === 'number') return key >>> 0;
  if (keyType === 'System.Int64' && typeof key === 'number') {
    const big = BigInt.asIntN(64, BigInt(key));
    return (Number(BigInt.asIntN(32, big)) ^ Number(BigInt.asIntN(32, big >> 32n))) >>> 0;
  }
  return undefined;
}

/** The entries' ids (their map keys) as the buckets hold them. */
export class BucketOrder {
  #buckets: string[][] = Array.from({ length: 37 }, () => []);
  #lockCounts = new Array<number>(Math.max(1, availableParallelism())).fill(0);
  #budget = Math.max(1, Math.floor(37 / this.#lockCounts.length));
  readonly #hashes = new Map<string, number>();
  /** Keys without a stable hash, in the order they came. */
  readonly #unhashed: string[] = [];

  add(id: string, hash: number | undefined): void {
    if (hash === undefined) {
      this.#unhashed.push(id);
      return;
    }
    this.#hashes.set(id, hash);
    const bucket = hash % this.#buckets.length;
    this.#buckets[bucket]!.unshift(id);
    const lock = bucket % this.#lockCounts.length;
    this.#lockCounts[lock]!++;
    if (this.#lockCounts[lock]! > this.#budget) this.#grow();
  }

  remove(id: string): void {
    const hash = this.#hashes.get(id);
    if (hash === undefined) {
      const at = this.#unhashed.indexOf(id);
      if (at >= 0) this.#unhashed.splice(at, 1);
      return;
    }
    this.#hashes.delete(id);
    const bucket = hash % this.#buckets.length;
    const chain = this.#buckets[bucket]!;
    chain.splice(chain.indexOf(id), 1);
    this.#lockCounts[bucket % this.#lockCounts.length]!--;
  }

  order(): string[] {
    return [...this.#buckets.flat(), ...this.#unhashed];
  }

  #grow(): void {
    const count = this.#lockCounts.reduce((a, b) => a + b, 0);
    if (count < this.#buckets.length / 4) {
      this.#budget *= 2;
      return;
    }
    const length = getPrime(this.#buckets.length * 2);
    const locks = this.#lockCounts.length < 1024 ? this.#lockCounts.length * 2 : this.#lockCounts.length;
    const buckets: string[][] = Array.from({ length }, () => []);
    const lockCounts = new Array<number>(locks).fill(0);
    for (const chain of this.#buckets) {
      for (const id of chain) {
        const bucket = this.#hashes.get(id)! % length;
        buckets[bucket]!.unshift(id);
        lockCounts[bucket % locks]!++;
      }
    }
    this.#buckets = buckets;
    this.#lockCounts = lockCounts;
    this.#budget = Math.max(1, Math.floor(length / locks));
  }
}
