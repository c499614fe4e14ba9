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
}

export function createLogMarkers(): LogMarkers {
  const token = randomBytes(12).toString('hex');
  const start = `\x1emb:${token}\n`;
  const end = `\x1fmb:${token}\n`;
  return {
    start,
    end,
    // Names and emails never hold a newline (git strips them), so the header is one field a line.
    format: `%x1emb:${token}%n%H%n%P%n%an%n%ae%n%aI%n%cn%n%ce%n%cI%n%B%x1fmb:${token}`,
  };
}
