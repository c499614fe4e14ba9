import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detach } from '@moduleboard/contribulyzer';

/** What a contributor page shows of a commit besides its roles. */
export interface SpooledCommit {
  date: string;
  subject: string;
}

interface Entry extends SpooledCommit {
  offset: number;
  length: number;
}

// Messages are written in batches of about this size: few system calls, little memory.
const FLUSH_BYTES = 1 << 20;
const MAX_SUBJECT = 120;

/**
 * Keeps the full message of every commit on disk while a history streams by, so the HTML pages
 * can show them without holding a whole history in memory. Only the date, the subject and where
 * each message lies stay in memory.
 */
export class MessageSpool {
  private readonly dir: string;
  private readonly fd: number;
  private readonly entries = new Map<string, Entry>();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'moduleboard-credits-'));
    this.fd = openSync(join(this.dir, 'messages'), 'w+');
  }

  /** Stores the message of a commit. */
  add(sha: string, message: string, date: string): void {
    const bytes = Buffer.from(message, 'utf8');
    const nl = message.indexOf('\n');
    const subject = (nl < 0 ? message : message.slice(0, nl)).trim();
    this.entries.set(detach(sha), {
      date: detach(date),
      subject: detach(
        subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject,
      ),
      offset: this.written + this.pendingBytes,
      length: bytes.length,
    });
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) {
      this.flush();
    }
  }

  info(sha: string): SpooledCommit | undefined {
    const entry = this.entries.get(sha);
    return entry === undefined ? undefined : { date: entry.date, subject: entry.subject };
  }

  message(sha: string): string {
    this.flush();
    const entry = this.entries.get(sha);
    const length = entry?.length ?? 0;
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, buffer, read, length - read, (entry?.offset ?? 0) + read);
      if (n === 0) {
        break;
      }
      read += n;
    }
    return buffer.toString('utf8');
  }

  private flush(): void {
    if (this.pendingBytes === 0) {
      return;
    }
    const data = Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < data.length) {
      done += writeSync(this.fd, data, done, data.length - done, this.written + done);
    }
    this.written += data.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
