import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 1 << 16;

/** Writes a file piece by piece with few system calls; pages of big contributors stay streamed. */
export class FileSink {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_CHARS) {
      this.flush();
    }
  }

  private flush(): void {
    if (this.size === 0) {
      return;
    }
    const data = Buffer.from(this.parts.join(''), 'utf8');
    let done = 0;
    while (done < data.length) {
      done += writeSync(this.fd, data, done, data.length - done);
    }
    this.parts = [];
    this.size = 0;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}
