import { detach, detachRef } from './detach';
import type { SvnOrigin } from './git-svn';
import { isSvnUuidEmail, svnUsernameFromEmail } from './git-svn';
import { githubLoginFromEmail } from './github';
import type { ParseMessageOptions } from './parse-message';
import { parseMessage } from './parse-message';
import type { PersonRef } from './person-ref';
import { identityKey } from './person-ref';
import type { ParsedMessage, SkippedPart, UnrecognisedField } from './scan-context';
import { ValueCache } from './value-cache';

/** The commit facts crediting needs. */
export interface CommitInput {
  message: string;
  author: { name: string; email: string };
  /** A merge (two parents or more) wrote no patch of its own: its author is not credited. */
  isMerge?: boolean | undefined;
}

/**
 * A credit of a commit, with `me` and the implied author credit resolved. Read-only: the credit
 * implied for an author is one object shared by all the commits that imply it.
 */
export interface Credit {
  role: string;
  person: PersonRef;
  /** `identityKey(person)`, computed once here for the tally and the resolver. */
  identity: string;
  /** The line(s) the credit was read from; empty when implied (the commit's author). */
  rawLine: string;
  aside?: string | undefined;
  /** True for the author's credit implied by the absence of a `Patch by:` field. */
  implied: boolean;
}

export interface CommitCredits {
  /** `r1234` when the commit came from Subversion through git-svn, else null. */
  revision: string | null;
  svn: SvnOrigin | undefined;
  /** The message without its `git-svn-id:` line. */
  body: string;
  author: PersonRef;
  credits: Credit[];
  /** Whether the message itself holds at least one credit line. */
  credited: boolean;
  unrecognised: UnrecognisedField[];
  skipped: SkippedPart[];
  omittedReports: number;
}

const UUID_DOMAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * The commit's author as a PersonRef. git-svn authors (`jrandom <jrandom@UUID>`, or
 * `Real Name <jrandom@domain>` through an authors file) carry their Subversion username in the
 * address's local part; GitHub no-reply addresses carry the login.
 */
export function authorRef(
  author: { name: string; email: string },
  svn: SvnOrigin | undefined,
): PersonRef {
  const ref: PersonRef = {};
  const name = author.name.trim();
  const email = author.email.trim();
  if (email) {
    ref.email = email;
    const login = githubLoginFromEmail(email);
    if (login !== undefined) {
      ref.githubLogin = login;
    }
    if (svn !== undefined || isSvnUuidEmail(email)) {
      const username = svnUsernameFromEmail(email);
      if (username !== undefined) {
        ref.username = username;
      }
    }
  }
  // git-svn without an authors file repeats the username as the name; it is not a real name.
  if (
    name &&
    !(ref.username !== undefined && name === ref.username && UUID_DOMAIN_NAME.test(name))
  ) {
    ref.name = name;
  }
  return ref;
}

/**
 * Credits one commit: the message's fields, `me` as the author, and the author's implied patch
 * credit when no one is credited with the patch. A person credited twice in one role (named again,
 * or named as well as implied) is credited once.
 */
export function creditCommit(
  commit: CommitInput,
  options: ParseMessageOptions = {},
): CommitCredits {
  const parsed = parseMessage(commit.message, options);
  const author = authorRef(commit.author, parsed.svn);
  return assemble(commit, parsed, { ref: author, key: identityKey(author) }, options);
}

// Enough for the committers of any history; when hostile input exceeds it the memo starts over.
const MAX_REMEMBERED_AUTHORS = 10_000;

/**
 * Credits the commits of one history with one configuration. Same results as `creditCommit`;
 * remembers each author's identity, since a history names the same few authors again and again.
 */
export class CommitCreditor {
  private readonly options: ParseMessageOptions;
  // Address → the names it was used with, each with its author identity.
  private readonly authors = new Map<string, RememberedAuthor[]>();
  private remembered = 0;
  private last: RememberedAuthor | undefined;

  constructor(options: ParseMessageOptions = {}) {
    this.options = { ...options, cache: options.cache ?? new ValueCache() };
  }

  credit(commit: CommitInput): CommitCredits {
    const parsed = parseMessage(commit.message, this.options);
    // Histories come in runs of commits by one author: compare with the last one first.
    let entry = this.last;
    if (
      entry === undefined ||
      entry.email !== commit.author.email ||
      entry.name !== commit.author.name
    ) {
      entry = this.remember(commit);
      this.last = entry;
    }
    // git-svn commits read the username from the address; the same author outside git-svn may not.
    const origin = parsed.svn;
    let author = origin === undefined ? entry.plain : entry.svn;
    if (author === undefined) {
      // Remembered across commits: it must not keep the text it was read from alive.
      const ref = detachRef(authorRef(commit.author, origin));
      author = { ref, key: identityKey(ref) };
      if (origin === undefined) {
        entry.plain = author;
      } else {
        entry.svn = author;
      }
    }
    return assemble(commit, parsed, author, this.options);
  }

  private remember(commit: CommitInput): RememberedAuthor {
    // One lookup by address; the few names an address goes by are compared in place.
    let known = this.authors.get(commit.author.email);
    if (known === undefined) {
      if (this.remembered >= MAX_REMEMBERED_AUTHORS) {
        this.authors.clear();
        this.remembered = 0;
      }
      known = [];
      this.authors.set(detach(commit.author.email), known);
    }
    for (const entry of known) {
      if (entry.name === commit.author.name) {
        return entry;
      }
    }
    const entry: RememberedAuthor = {
      email: detach(commit.author.email),
      name: detach(commit.author.name),
    };
    known.push(entry);
    this.remembered += 1;
    return entry;
  }
}

/** An author's identity, and the credit a commit of theirs implies (made once, then shared). */
interface AuthorIdentity {
  ref: PersonRef;
  key: string;
  implied?: Credit | undefined;
}

interface RememberedAuthor {
  email: string;
  name: string;
  svn?: AuthorIdentity;
  plain?: AuthorIdentity;
}

function assemble(
  commit: CommitInput,
  parsed: ParsedMessage,
  author: AuthorIdentity,
  options: ParseMessageOptions,
): CommitCredits {
  const credits: Credit[] = [];
  // The parser credits each (role, identity) once; only `me` can repeat a credit it made, when
  // the message also names the author outright.
  let namesMe = false;
  for (const credit of parsed.credits) {
    namesMe ||= credit.person === 'me';
  }
  const seen = namesMe ? new Set<string>() : undefined;
  let authorRoleCredited = false;
  const authorRole = options.config?.authorRole ?? 'patch';
  for (const credit of parsed.credits) {
    const me = credit.person === 'me';
    const identity = me ? author.key : credit.identity;
    if (credit.role === authorRole) {
      authorRoleCredited = true;
    }
    if (seen !== undefined) {
      const key = `${credit.role}\n${identity}`;
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
    }
    const out: Credit = {
      role: credit.role,
      person: credit.person === 'me' ? author.ref : credit.person,
      identity,
      rawLine: credit.rawLine,
      implied: false,
    };
    if (credit.aside !== undefined) {
      out.aside = credit.aside;
    }
    credits.push(out);
  }
  if (!authorRoleCredited && !commit.isMerge && author.key !== '') {
    // Most commits carry only this credit: one object per author serves all of them.
    if (author.implied === undefined || author.implied.role !== authorRole) {
      author.implied = {
        role: authorRole,
        person: author.ref,
        identity: author.key,
        rawLine: '',
        implied: true,
      };
    }
    credits.push(author.implied);
  }
  return {
    revision: parsed.svn === undefined ? null : `r${parsed.svn.revision}`,
    svn: parsed.svn,
    body: parsed.body,
    author: author.ref,
    credits,
    credited: parsed.credits.length > 0,
    unrecognised: parsed.unrecognised,
    skipped: parsed.skipped,
    omittedReports: parsed.omittedReports,
  };
}
