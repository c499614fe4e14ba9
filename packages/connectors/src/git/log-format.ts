import { randomBytes } from 'node:crypto';

export interface GitFileChange {
  path: string;
  change: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  oldPath?: string | undefined;
}

export interface GitCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** Strict ISO 8601 with the author's offset, as git prints it. */
  authorDate: string;
  committerName: string;
  committerEmail: string;
  committerDate: string;
  /** The raw message (subject and body), decoded as UTF-8 with replacement characters. */
  message: string;
  /** Present when the log was read with files. */
  files?: GitFileChange[];
}

/**
 * Record markers for `git log --format`. A message may hold any byte, so the markers carry a
 * random token per run: no commit written before the run can contain them.
 */
export interface LogMarkers {
  start: string;
  end: string;
  format: string;
  /** The fields the format prints (see `LogFields`); all of them when absent. */
  fields?: LogFields | undefined;
}

/**
 * Which fields of a commit a log prints besides its id, parents, author and message. Formatting
 * fewer fields makes git itself faster (a tenth faster on a long history without the committer
 * and the dates); a field left out is an empty string in `GitCommit`.
 */
export interface LogFields {
  /** The author date; true unless false. */
  authorDate?: boolean | undefined;
  /** The committer's name, email and date; true unless false. */
  committer?: boolean | undefined;
}

export function createLogMarkers(fields: LogFields = {}): LogMarkers {
  const token = randomBytes(12).toString('hex');
  const start = `\x1emb:${token}\n`;
  const end = `\x1fmb:${token}\n`;
  // Names and emails never hold a newline (git strips them), so the header is one field a line.
  const header = ['%H', '%P', '%an', '%ae'];
  if (fields.authorDate !== false) {
    header.push('%aI');
  }
  if (fields.committer !== false) {
    header.push('%cn', '%ce', '%cI');
  }
  return {
    start,
    end,
    format: `%x1emb:${token}%n${header.join('%n')}%n%B%x1fmb:${token}`,
    fields,
  };
}
