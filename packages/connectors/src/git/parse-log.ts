import type { GitCommit, GitFileChange, LogMarkers } from './log-format';

/**
 * Splits the text of `git log --format=<markers.format> [--name-status]` into commits as it
 * arrives. Only the unfinished record is held between chunks.
 */
export class LogParser {
  private buffer = '';
  /** Where the search for the next record's start resumes: the unfinished record is not read twice. */
  private scanned = 0;
  private readonly markers: LogMarkers;

  constructor(markers: LogMarkers) {
    this.markers = markers;
  }

  /** Feeds a chunk; returns the commits it completed. */
  push(chunk: string): GitCommit[] {
    this.buffer += chunk;
    const out: GitCommit[] = [];
    const marker = this.markers.start;
    let start = this.buffer.indexOf(marker);
    if (start < 0) {
      return out;
    }
    let from = Math.max(start + marker.length, this.scanned);
    for (;;) {
      // A record ends where the next one starts; the last waits for `end()`.
      const next = this.buffer.indexOf(marker, from);
      if (next < 0) {
        // A marker cut by the chunk's end is found again on the next push.
        this.scanned = Math.max(start + marker.length, this.buffer.length - marker.length + 1);
        break;
      }
      out.push(this.parseRecord(this.buffer.slice(start + marker.length, next)));
      start = next;
      from = start + marker.length;
    }
    if (start > 0) {
      this.buffer = this.buffer.slice(start);
      this.scanned -= start;
    }
    return out;
  }

  /** Flushes the last record once the stream has ended. */
  end(): GitCommit[] {
    const start = this.buffer.indexOf(this.markers.start);
    const rest = start < 0 ? '' : this.buffer.slice(start + this.markers.start.length);
    this.buffer = '';
    this.scanned = 0;
    return rest ? [this.parseRecord(rest)] : [];
  }

  private parseRecord(record: string): GitCommit {
    let pos = 0;
    const line = () => {
      const nl = record.indexOf('\n', pos);
      const value = nl < 0 ? record.slice(pos) : record.slice(pos, nl);
      pos = nl < 0 ? record.length : nl + 1;
      return value;
    };
    const sha = line();
    const parentLine = line();
    const commit: GitCommit = {
      sha,
      parents: parentLine ? parentLine.split(' ') : [],
      authorName: line(),
      authorEmail: line(),
      authorDate: line(),
      committerName: line(),
      committerEmail: line(),
      committerDate: line(),
      message: '',
    };
    // The end marker is searched from the back: the message cannot contain this run's token.
    const endMarker = this.markers.end.slice(0, -1);
    const end = record.lastIndexOf(endMarker);
    if (end < pos) {
      commit.message = record.slice(pos);
      return commit;
    }
    commit.message = record.slice(pos, end);
    const tail = record.slice(end + endMarker.length);
    if (tail.trim() !== '') {
      commit.files = parseNameStatus(tail);
    } else if (tail.length > 0) {
      commit.files = [];
    }
    return commit;
  }
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
