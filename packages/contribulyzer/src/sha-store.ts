const HEX = /^[0-9a-f]+$/;
const encoder = new TextEncoder();

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
    const odd = this.odd.get(index);
    if (odd !== undefined) {
      return odd;
    }
    if (this.text === undefined) {
      this.text = new TextDecoder().decode(this.bytes.subarray(0, this.count * this.width));
    }
    return this.text.slice(index * this.width, (index + 1) * this.width);
  }

  private pack(sha: string, index: number): boolean {
    // Native checks and copies: ids are often slices of two-byte text, which a loop over
    // charCodeAt reads slowly.
    if (sha.length !== this.width || !HEX.test(sha)) {
      return false;
    }
    const start = index * this.width;
    if (start + this.width > this.bytes.length) {
      const grown = new Uint8Array(Math.max(4096, this.bytes.length * 2, start + this.width));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    encoder.encodeInto(sha, this.bytes.subarray(start, start + this.width));
    return true;
  }
}
