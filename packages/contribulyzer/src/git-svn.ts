/** Where a git-svn commit came from: `git-svn-id: URL@REV UUID`. */
export interface SvnOrigin {
  /** The Subversion revision number. */
  revision: number;
  /** The repository URL (with the path of the branch) before the `@`. */
  url: string;
  /** The repository UUID. */
  uuid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the `git-svn-id:` line git-svn appends to each message. Returns the origin and the message
 * without that line (and the blank lines before it), which is the message as Subversion had it.
 */
export function splitGitSvnId(message: string): { origin: SvnOrigin | undefined; body: string } {
  // git-svn writes the line last: only the last line is looked at, so most messages cost O(1).
  let end = message.length;
  while (end > 0 && isTrailingSpace(message.charCodeAt(end - 1))) {
    end -= 1;
  }
  const at = message.lastIndexOf('\n', end - 1) + 1;
  if (!message.startsWith(PREFIX, at)) {
    return { origin: undefined, body: message };
  }
  const origin = readGitSvnLine(message.slice(at + PREFIX.length, end));
  if (origin === undefined) {
    return { origin: undefined, body: message };
  }
  return { origin, body: message.slice(0, at).trimEnd() };
}

const PREFIX = 'git-svn-id:';

/** Reads ` URL@REV UUID` by hand: this runs for every commit of a Subversion mirror. */
function readGitSvnLine(rest: string): SvnOrigin | undefined {
  const text = rest.trim();
  const space = text.lastIndexOf(' ');
  const uuid = text.slice(space + 1);
  const at = text.lastIndexOf('@', space);
  if (space < 0 || at <= 0 || !UUID.test(uuid)) {
    return undefined;
  }
  const digits = text.slice(at + 1, space).trim();
  if (!/^\d{1,10}$/.test(digits)) {
    return undefined;
  }
  const url = text.slice(0, at).trim();
  if (url === '' || /\s/.test(url)) {
    return undefined;
  }
  return { url, revision: Number(digits), uuid };
}

function isTrailingSpace(code: number): boolean {
  return code === 10 || code === 13 || code === 32 || code === 9;
}

/**
 * The Subversion username of a git-svn author. Without an authors file git-svn writes
 * `jrandom <jrandom@UUID>`; with one, `Real Name <jrandom@domain>`. Either way the local part of
 * the address is the username the messages use (`Review by: jrandom`).
 */
export function svnUsernameFromEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0) {
    return undefined;
  }
  const local = email.slice(0, at).trim();
  return /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(local) ? local : undefined;
}

/** Whether an address is git-svn's stand-in `username@UUID` rather than a real mailbox. */
export function isSvnUuidEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  return at > 0 && UUID.test(email.slice(at + 1).trim());
}
