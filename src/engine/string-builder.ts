// System.Text.StringBuilder as .NET 10 keeps it: the text, and the chunks it grows by, because a
// builder written to the output (a forgotten [void] on `$sb.Append(...)`) shows Capacity, which is
// the last chunk's offset plus its size. The chunk rules are .NET's (StringBuilder.cs): an append
// that does not fit fills the last chunk and adds one of max(rest, min(Length, 8000)) characters; an
// insert that does not fit its chunk's free room puts a chunk of the inserted characters before it;
// removing characters before the last chunk moves its offset down; setting a shorter Length across a
// chunk boundary keeps min(Capacity, max(Length * 6 / 5, last chunk's size)).

const DEFAULT_CAPACITY = 16;
const MAX_CHUNK_SIZE = 8000;
export const MAX_CAPACITY = 2147483647;

interface Chunk {
  /** Characters the chunk holds. */
  length: number;
  /** Characters the chunk has room for. */
  size: number;
}

export class StringBuilderValue {
  #text = '';
  /** Oldest first; the last is the one appends write to. */
  #chunks: Chunk[];

  constructor(text = '', capacity?: number) {
    this.#text = text;
    this.#chunks = [{ length: text.length, size: Math.max(capacity ?? DEFAULT_CAPACITY, text.length) }];
  }

  get text(): string {
    return this.#text;
  }

  get length(): number {
    return this.#text.length;
  }

  get capacity(): number {
    const last = this.#chunks[this.#chunks.length - 1]!;
    return this.#offsetOf(this.#chunks.length - 1) + last.size;
  }

  toString(): string {
    return this.#text;
  }

  append(value: string): void {
    if (value === '') return;
    const last = this.#chunks[this.#chunks.length - 1]!;
    const free = last.size - last.length;
    this.#text += value;
    if (value.length <= free) {
      last.length += value.length;
      return;
    }
    last.length = last.size;
    const rest = value.length - free;
    const lengthSoFar = this.#text.length - rest;
    this.#chunks.push({ length: rest, size: Math.max(rest, Math.min(lengthSoFar, MAX_CHUNK_SIZE)) });
  }

  /** Insert at `index` (0..Length; the caller checks). */
  insert(index: number, value: string): void {
    if (value === '') return;
    this.#text = this.#text.slice(0, index) + value + this.#text.slice(index);
    this.#makeRoom(index, value.length);
  }

  /** Remove `count` characters from `start` (the caller checks the range). */
  remove(start: number, count: number): void {
    if (count === 0) return;
    if (start === 0 && count === this.#text.length) {
      this.setLength(0);
      return;
    }
    this.#text = this.#text.slice(0, start) + this.#text.slice(start + count);
    const end = start + count;
    // Each chunk loses the part of [start, end) it holds; chunks left empty before the last go away.
    let offset = 0;
    for (const chunk of this.#chunks) {
      const from = Math.max(start, offset);
      const to = Math.min(end, offset + chunk.length);
      offset += chunk.length;
      if (to > from) chunk.length -= to - from;
    }
    this.#chunks = this.#chunks.filter((c, i) => c.length > 0 || i === this.#chunks.length - 1);
  }

  /** Replace the text in [start, start + count) with `replacement` (the caller checks the range). */
  replaceRange(start: number, count: number, replacement: string): void {
    const delta = replacement.length - count;
    this.#text = this.#text.slice(0, start) + replacement + this.#text.slice(start + count);
    if (delta > 0) this.#makeRoom(start + count, delta, false);
    else if (delta < 0) this.#shrinkAt(start + replacement.length, -delta);
  }

  setLength(length: number): void {
    const current = this.#text.length;
    if (length > current) {
      this.append('\0'.repeat(length - current));
      return;
    }
    this.#text = this.#text.slice(0, length);
    if (this.#chunks.length > 1 && length < this.#offsetOf(this.#chunks.length - 1)) {
      const last = this.#chunks[this.#chunks.length - 1]!;
      const keep = Math.min(this.capacity, Math.max(Math.trunc((current * 6) / 5), last.size));
      this.#chunks = [{ length, size: keep }];
      return;
    }
    // Within the last chunk (or the only one): its size stays.
    const last = this.#chunks[this.#chunks.length - 1]!;
    last.length = length - this.#offsetOf(this.#chunks.length - 1);
  }

  /** EnsureCapacity: a builder smaller than asked grows its last chunk. */
  ensureCapacity(capacity: number): number {
    if (this.capacity < capacity) {
      const last = this.#chunks[this.#chunks.length - 1]!;
      last.size += capacity - this.capacity;
    }
    return this.capacity;
  }

  setChar(index: number, char: string): void {
    this.#text = this.#text.slice(0, index) + char + this.#text.slice(index + 1);
  }

  #offsetOf(chunkIndex: number): number {
    let offset = 0;
    for (let i = 0; i < chunkIndex; i++) offset += this.#chunks[i]!.length;
    return offset;
  }

  /** The chunk a character index falls in: the newest chunk whose offset is at most the index. */
  #chunkFor(index: number): number {
    for (let i = this.#chunks.length - 1; i >= 0; i--) if (this.#offsetOf(i) <= index) return i;
    return 0;
  }

  /** MakeRoom: `count` characters at `index`, in place when the chunk has the room, else a new chunk before it. */
  #makeRoom(index: number, count: number, moveFollowing = true): void {
    const at = this.#chunkFor(index);
    const chunk = this.#chunks[at]!;
    if (moveFollowing && chunk.size - chunk.length >= count) {
      chunk.length += count;
      return;
    }
    this.#chunks.splice(at, 0, { length: count, size: Math.max(count, DEFAULT_CAPACITY) });
  }

  #shrinkAt(index: number, count: number): void {
    const at = this.#chunkFor(index);
    this.#chunks[at]!.length -= Math.min(count, this.#chunks[at]!.length);
  }
}
