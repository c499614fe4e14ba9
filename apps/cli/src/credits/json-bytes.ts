/**
 * Writes JSON text as UTF-8 bytes into pieces of about `size` bytes. A string is never cut across
 * two pieces, so each piece is valid UTF-8 on its own. Writing bytes in place skips what strings
 * cost for a long output: a rope of small strings, its flattening, and its encoding at the end.
 */
export class JsonBytes {
  private readonly size: number;
  private piece: Buffer;
  private pos = 0;
  private filled: Buffer[] = [];

  constructor(size = 1 << 20) {
    this.size = size;
    this.piece = Buffer.allocUnsafe(size);
  }

  /** Text the caller knows is ASCII and needs no escaping: the punctuation of the format. */
  ascii(text: string): void {
    this.room(text.length);
    const piece = this.piece;
    let pos = this.pos;
    for (let i = 0; i < text.length; i++) {
      piece[pos++] = text.charCodeAt(i);
    }
    this.pos = pos;
  }

  /** Bytes made earlier (by `encode`). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    const piece = this.piece;
    let pos = this.pos;
    for (let i = 0; i < bytes.length; i++) {
      piece[pos++] = bytes[i] as number;
    }
    this.pos = pos;
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    this.room(Buffer.byteLength(text));
    this.pos += this.piece.write(text, this.pos);
  }

  /** A JSON string, the same bytes as `JSON.stringify(text)`. */
  string(text: string): void {
    this.room(text.length + 2);
    const piece = this.piece;
    const start = this.pos;
    let pos = start;
    piece[pos++] = QUOTE;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Printable ASCII other than a quote or a backslash is written as it is; anything else
      // (an escape, a multi-byte character, a lone surrogate) is left to JSON.stringify.
      if (code < 0x20 || code > 0x7e || code === QUOTE || code === BACKSLASH) {
        this.pos = start;
        this.text(JSON.stringify(text));
        return;
      }
      piece[pos++] = code;
    }
    piece[pos++] = QUOTE;
    this.pos = pos;
  }

  /**
   * Room for `length` more bytes in the current piece, for a caller that copies bytes in itself:
   * it writes from `position` on, then calls `advance` with how many it wrote.
   */
  reserve(length: number): Uint8Array {
    this.room(length);
    return this.piece;
  }

  get position(): number {
    return this.pos;
  }

  advance(length: number): void {
    this.pos += length;
  }

  /** The pieces filled since the last call; with `end`, the unfinished one too. */
  take(end = false): Buffer[] {
    if (end && this.pos > 0) {
      this.flush();
    }
    const out = this.filled;
    this.filled = [];
    return out;
  }

  private room(bytes: number): void {
    if (this.pos + bytes <= this.piece.length) {
      return;
    }
    this.flush();
    if (bytes > this.piece.length) {
      this.piece = Buffer.allocUnsafe(bytes);
    }
  }

  private flush(): void {
    if (this.pos > 0) {
      this.filled.push(this.piece.subarray(0, this.pos));
    }
    this.piece = Buffer.allocUnsafe(this.size);
    this.pos = 0;
  }
}

/** UTF-8 bytes of a text, for `JsonBytes.bytes`. */
export function encode(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
