import type { GitCommit, GitFileChange, LogMarkers } from './log-format';

/**
 * Splits the text of `git log --format=<markers.format> [--name-status]` into commits as it
 * arrives. Only the unfinished record is held between chunks. The text is read as its UTF-8
 * bytes (see `LogBytesParser`).
 */
export class LogParser {
  private readonly bytes: LogBytesParser;

  constructor(markers: LogMarkers) {
    this.bytes = new LogBytesParser(markers);
  }

  /** Feeds a chunk; returns the commits it completed. */
  push(chunk: string): GitCommit[] {
    return this.bytes.push(Buffer.from(chunk, 'utf8'));
  }

  /** Flushes the last record once the stream has ended. */
  end(): GitCommit[] {
    return this.bytes.end();
  }
}

const NEWLINE = 10;

/**
 * Splits the bytes of `git log --format=<markers.format> [--name-status]` into commits as they
 * arrive. Records are found in the bytes and each field is decoded on its own, so the strings of a
 * commit hold nothing of the chunk they came from, and a message in ASCII stays a one-byte string
 * (decoding a whole chunk makes every string cut from it two-byte once one accent appears in it).
 * Only the unfinished record is held between chunks, and it is joined to the chunks after it
 * only once the record is complete.
 */
export class LogBytesParser {
  private readonly start: Buffer;
  /** The end marker without its newline: the record's tail (files) follows it. */
  private readonly endMarker: Buffer;
  /** The bytes held between chunks: the unfinished record when `inRecord`, else what may start one. */
  private pending: Buffer[] = [];
  private inRecord = false;
  /** Where each header field is in a record's header lines; -1 for a field the format leaves out. */
  private readonly layout: HeaderLayout;

  constructor(markers: LogMarkers) {
    this.start = Buffer.from(markers.start, 'utf8');
    this.endMarker = Buffer.from(markers.end.slice(0, -1), 'utf8');
    this.layout = headerLayout(markers);
  }

  /** Feeds a chunk; returns the commits it completed. */
  push(chunk: Buffer): GitCommit[] {
    const out: GitCommit[] = [];
    if (this.pending.length === 0) {
      this.scan(chunk, out);
      return out;
    }
    if (!this.inRecord) {
      // Bytes before any record (at most a marker's length, which may be cut by the seam).
      this.pending.push(chunk);
      const data = Buffer.concat(this.pending);
      this.pending = [];
      this.scan(data, out);
      return out;
    }
    const marker = this.start;
    const cut = this.markerAcrossSeam(chunk);
    if (cut) {
      // Rare: the next marker starts in the held bytes and ends in this chunk.
      this.pending.push(chunk);
      const data = Buffer.concat(this.pending);
      this.pending = [];
      this.scan(data, out);
      return out;
    }
    const next = chunk.indexOf(marker);
    if (next < 0) {
      this.pending.push(chunk);
      return out;
    }
    // Only the unfinished record is joined to the start of the chunk: the rest of the chunk is
    // read where it lies, so no byte is copied twice.
    this.pending.push(chunk.subarray(0, next));
    const record = Buffer.concat(this.pending);
    this.pending = [];
    out.push(this.parseRecord(record, marker.length, record.length));
    this.scan(chunk.subarray(next), out);
    return out;
  }

  /** Flushes the last record once the stream has ended. */
  end(): GitCommit[] {
    const data = Buffer.concat(this.pending);
    const inRecord = this.inRecord;
    this.pending = [];
    this.inRecord = false;
    if (!inRecord || data.length <= this.start.length) {
      return [];
    }
    return [this.parseRecord(data, this.start.length, data.length)];
  }

  /** Parses the records `data` completes and holds the unfinished one (or a possible cut marker). */
  private scan(data: Buffer, out: GitCommit[]): void {
    const marker = this.start;
    let start = data.indexOf(marker);
    if (start < 0) {
      // No record yet: only the end can hold the start of a marker the next chunk completes.
      this.pending = [data.subarray(Math.max(0, data.length - marker.length + 1))];
      this.inRecord = false;
      return;
    }
    for (;;) {
      // A record ends where the next one starts; the last waits for more bytes or `end()`.
      const next = data.indexOf(marker, start + marker.length);
      if (next < 0) {
        break;
      }
      out.push(this.parseRecord(data, start + marker.length, next));
      start = next;
    }
    this.pending = [data.subarray(start)];
    this.inRecord = true;
  }

  /** Whether a marker starts in the held bytes and ends in `chunk`. */
  private markerAcrossSeam(chunk: Buffer): boolean {
    const marker = this.start;
    const before: Buffer[] = [];
    let wanted = marker.length - 1;
    for (let i = this.pending.length - 1; i >= 0 && wanted > 0; i--) {
      const piece = this.pending[i] as Buffer;
      const part = piece.subarray(Math.max(0, piece.length - wanted));
      before.unshift(part);
      wanted -= part.length;
    }
    const held = marker.length - 1 - wanted;
    before.push(chunk.subarray(0, marker.length - 1));
    const at = Buffer.concat(before).indexOf(marker);
    return at >= 0 && at < held;
  }

  /** The commit in `data[from, to)`, the bytes after a start marker up to the next one. */
  private parseRecord(data: Buffer, from: number, to: number): GitCommit {
    // The header is one line a field: decoded at once and split, one native call per commit.
    const layout = this.layout;
    let pos = from;
    for (let lines = 0; lines < layout.lines && pos < to; pos++) {
      if (data[pos] === NEWLINE) {
        lines += 1;
      }
    }
    const header = data.toString(undefined, from, pos).split('\n');
    const parentLine = header[1] ?? '';
    const commit: GitCommit = {
      sha: header[0] ?? '',
      parents: parentLine ? parentLine.split(' ') : [],
      authorName: header[2] ?? '',
      authorEmail: header[3] ?? '',
      authorDate: field(header, layout.authorDate, 0),
      committerName: field(header, layout.committer, 0),
      committerEmail: field(header, layout.committer, 1),
      committerDate: field(header, layout.committer, 2),
      message: '',
    };
    // The end marker is searched from the back: the message cannot contain this run's token.
    const marker = this.endMarker;
    const end = to - marker.length < pos ? -1 : data.lastIndexOf(marker, to - marker.length);
    if (end < pos) {
      commit.message = data.toString(undefined, pos, to);
      return commit;
    }
    commit.message = data.toString(undefined, pos, end);
    const tailStart = end + marker.length;
    if (tailStart < to) {
      // Usually only the newline git ends each record with.
      const tail =
        to - tailStart === 1 && data[tailStart] === NEWLINE
          ? '\n'
          : data.toString(undefined, tailStart, to);
      commit.files = tail.trim() !== '' ? parseNameStatus(tail) : [];
    }
    return commit;
  }
}

interface HeaderLayout {
  /** How many lines the header has. */
  lines: number;
  /** The line of the author date, -1 when left out. */
  authorDate: number;
  /** The line of the committer's name (email and date follow), -1 when left out. */
  committer: number;
}

/** Id, parents, author name and email, then the author date and the committer when printed. */
function headerLayout(markers: LogMarkers): HeaderLayout {
  let lines = 4;
  const authorDate = markers.fields?.authorDate === false ? -1 : lines++;
  const committer = markers.fields?.committer === false ? -1 : lines;
  if (committer >= 0) {
    lines += 3;
  }
  return { lines, authorDate, committer };
}

/** Line `first + offset` of the header, or '' when the format leaves the field out. */
function field(header: readonly string[], first: number, offset: number): string {
  return first < 0 ? '' : (header[first + offset] ?? '');
}

const CHANGE_LETTERS = new Set(['A', 'M', 'D', 'R', 'C', 'T']);

/**
 * A copy of a string sharing no memory with the text it was cut from. Paths outlive their
 * commit (routing caches them), and a slice would keep the whole chunk of the log alive.
 */
function detach(text: string): string {
  return ` ${text}`.slice(1);
}

/** Reads `--name-status` lines: "M\tpath", "R087\told\tnew". Unknown letters are skipped. */
export function parseNameStatus(text: string): GitFileChange[] {
  const files: GitFileChange[] = [];
  for (const row of text.split('\n')) {
    if (row === '') {
      continue;
    }
    const fields = row.split('\t');
    const letter = fields[0]?.[0] ?? '';
    if (!CHANGE_LETTERS.has(letter) || fields.length < 2) {
      continue;
    }
    const change = letter as GitFileChange['change'];
    if ((change === 'R' || change === 'C') && fields.length >= 3) {
      files.push({
        change,
        oldPath: detach(unquotePath(fields[1] ?? '')),
        path: detach(unquotePath(fields[2] ?? '')),
      });
    } else {
      files.push({ change, path: detach(unquotePath(fields[1] ?? '')) });
    }
  }
  return files;
}

const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  '"': '"',
  '\\': '\\',
};

/**
 * git C-quotes a path holding a tab, a newline, a quote or a backslash even with
 * core.quotePath off; octal escapes are UTF-8 bytes.
 */
export function unquotePath(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2)) {
    return path;
  }
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(ESCAPES[next] ?? next, 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
