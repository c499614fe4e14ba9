import { looksLikeRealName, looksLikeSingleName, looksLikeUsername } from './names';
import { decodeObfuscation } from './obfuscation';

/** One line of a COMMITTERS file: `username  Real Name <email>`. */
export interface CommitterEntry {
  username: string;
  name: string;
  email: string;
  /** Where the entry came from, for the merge's reason: `COMMITTERS:40`. */
  source: string;
  text: string;
}

export interface Committers {
  readonly entries: readonly CommitterEntry[];
  byUsername(username: string): CommitterEntry | undefined;
  byEmail(email: string): CommitterEntry | undefined;
}

// `   jrandom   J. Random <jrandom@example.org>   (docs)`: the note after the address says what
// part of the tree a partial committer may touch; it is not part of the name.
const ENTRY = /^\s*(\S+)\s+([^<>]+?)\s*<([^<>\s]+)>/;
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * Reads a COMMITTERS file in Subversion's format. Everything that is not an entry (the header
 * text, section titles, `#` comments, blank lines) is skipped; obfuscated addresses are decoded.
 */
export function parseCommitters(text: string, sourceName = 'COMMITTERS'): CommitterEntry[] {
  const entries: CommitterEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.length > 300) {
      continue;
    }
    const match = ENTRY.exec(decodeObfuscation(line));
    if (match === null) {
      continue;
    }
    const [, username = '', name = '', email = ''] = match;
    const cleanName = name.replace(/\s+/g, ' ').trim();
    if (!looksLikeUsername(username) || !ADDRESS.test(email)) {
      continue;
    }
    if (
      !(
        looksLikeRealName(cleanName) ||
        looksLikeSingleName(cleanName) ||
        looksLikeUsername(cleanName)
      )
    ) {
      continue;
    }
    entries.push({
      username,
      name: cleanName,
      email,
      source: `${sourceName}:${i + 1}`,
      text: line,
    });
  }
  return entries;
}

/** Indexes entries by username and by address, both without case. */
export function createCommitters(entries: readonly CommitterEntry[]): Committers {
  const usernames = new Map<string, CommitterEntry>();
  const emails = new Map<string, CommitterEntry>();
  for (const entry of entries) {
    usernames.set(entry.username.toLowerCase(), entry);
    emails.set(entry.email.toLowerCase(), entry);
  }
  return {
    entries,
    byUsername: (username) => usernames.get(username.trim().toLowerCase()),
    byEmail: (email) => emails.get(email.trim().toLowerCase()),
  };
}
