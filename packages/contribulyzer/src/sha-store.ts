/**
 * Commit ids in order, kept as the bytes of their hex text in one buffer: storing one allocates
 * nothing (a string kept per commit would be an object per commit, and often a slice keeping a
 * whole chunk of `git log` output alive). Reading decodes the buffer once into one string, and
 * each id is a slice of it. An id that is not lowercase hex of the first id's length is kept as a
 * string of its own.
 */
export class ShaStore {
  private bytes = new Uint8Array(0);
  private width = 0;
  private count = 0;
  private readonly odd = new Map<number, string>();
  private text: string | undefined;

  get size(): number {
    return this.count;
  }

  push(sha: string): number {
    const index = this.count;
    if (this.width === 0 && sha.length > 0) {
      this.width = sha.length;
    }
    if (!this.pack(sha, index)) {
      this.odd.set(index, ` ${sha}`.slice(1));
    }
    this.count += 1;
    this.text = undefined;
    return index;
  }

  get(index: number): string {
    if (this.odd.size > 0) {
      const odd = this.odd.get(index);
      if (odd !== undefined) {
        return odd;
      }
    }
    if (this.text === undefined) {
      this.text = new TextDecoder().decode(this.bytes.subarray(0, this.count * this.width));
    }
    return this.text.slice(index * this.width, (index + 1) * this.width);
  }

  /**
   * Copies the id's text as ASCII bytes into `target` at `offset` and returns its length; -1 for
   * an id not kept as bytes (or longer than 64 characters).
   */
  copy(index: number, target: Uint8Array, offset: number): number {
    const width = this.width;
    if (width > 64 || index >= this.count || (this.odd.size > 0 && this.odd.has(index))) {
      return -1;
    }
    const bytes = this.bytes;
    const start = index * width;
    for (let i = 0; i < width; i++) {
      target[offset + i] = bytes[start + i] as number;
    }
    return width;
  }

  /**
   * Copies the id's characters into its slot, checking each is lowercase hex: one pass over
   * forty characters costs less than a regular expression and an encoder call per id.
   */
  private pack(sha: string, index: number): boolean {
    const width = this.width;
    if (sha.length !== width) {
      return false;
    }
    const start = index * width;
    if (start + width > this.bytes.length) {
      const grown = new Uint8Array(Math.max(4096, this.bytes.length * 2, start + width));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    const bytes = this.bytes;
    for (let i = 0; i < width; i++) {
      const code = sha.charCodeAt(i);
      if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) {
        // The slot keeps the hex written so far: one byte a character, so the other ids'
        // places in the decoded text do not move.
        return false;
      }
      bytes[start + i] = code;
    }
    return true;
  }
}
