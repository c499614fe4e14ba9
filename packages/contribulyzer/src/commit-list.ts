import { ShaStore } from './sha-store';

export interface ContributorCommit {
  sha: string;
  revision: string | null;
  /** In the order of the role vocabulary; shared between commits with the same roles. */
  roles: readonly string[];
}

/**
 * A contributor's commits, read a field at a time. A long history credits some people with tens
 * of thousands of commits: output written from this list needs no object per commit.
 */
export interface CommitList {
  readonly length: number;
  sha(index: number): string;
  revision(index: number): string | null;
  /** Shared between commits with the same roles. */
  roles(index: number): readonly string[];
  /**
   * Copies the id's text as ASCII bytes into `target` at `offset` and returns how many, without
   * making a string; -1 when it cannot (read `sha` then). At most 64 bytes.
   */
  copySha?(index: number, target: Uint8Array, offset: number): number;
}

/** The commits of a history in the order they were added: ids and revisions, held compactly. */
export class CommitHistory {
  private readonly shas = new ShaStore();
  /**
   * The number of each `r<number>` revision, NO_REVISION for none: small integers in one array
   * rather than a string kept per Subversion commit. Other revisions are kept in `oddRevisions`.
   */
  private readonly revisions: number[] = [];
  private readonly oddRevisions = new Map<number, string>();

  get size(): number {
    return this.shas.size;
  }

  /** Records one commit; returns its index. */
  add(sha: string, revision: string | null): number {
    const index = this.shas.push(sha);
    const number = revision === null ? NO_REVISION : revisionNumber(revision);
    if (number === ODD_REVISION && revision !== null) {
      this.oddRevisions.set(index, ` ${revision}`.slice(1));
    }
    this.revisions.push(number);
    return index;
  }

  sha(index: number): string {
    return this.shas.get(index);
  }

  copySha(index: number, target: Uint8Array, offset: number): number {
    return this.shas.copy(index, target, offset);
  }

  revision(index: number): string | null {
    const number = this.revisions[index] ?? NO_REVISION;
    if (number >= 0) {
      return `r${number}`;
    }
    return number === ODD_REVISION ? (this.oddRevisions.get(index) ?? null) : null;
  }
}

const NO_REVISION = -1;
const ODD_REVISION = -2;
// Nine digits at most: the number stays a small integer, and `r0123` (which would not come
// back the same) is odd too.
const MAX_DIGITS = 9;

/** The number of `r<digits>`, or ODD_REVISION for any other text. */
function revisionNumber(revision: string): number {
  const length = revision.length;
  if (length < 2 || length > MAX_DIGITS + 1 || revision.charCodeAt(0) !== 114) {
    return ODD_REVISION;
  }
  if (revision.charCodeAt(1) === 48 && length > 2) {
    return ODD_REVISION;
  }
  let number = 0;
  for (let i = 1; i < length; i++) {
    const digit = revision.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) {
      return ODD_REVISION;
    }
    number = number * 10 + digit;
  }
  return number;
}

/** Role names by bit set. Few distinct sets occur: each list of names is made once and shared. */
export class RoleSets {
  private readonly names: readonly string[];
  private readonly sets = new Map<number, readonly string[]>();

  constructor(names: readonly string[]) {
    this.names = names;
  }

  of(mask: number): readonly string[] {
    let roles = this.sets.get(mask);
    if (roles === undefined) {
      roles = this.names.filter((_, i) => mask & (1 << i));
      this.sets.set(mask, roles);
    }
    return roles;
  }
}

/** Commits of a history given by index, each with the bit set of its roles. */
export class TalliedCommits implements CommitList {
  private readonly history: CommitHistory;
  private readonly roleSets: RoleSets;
  private readonly indexes: readonly number[];
  private readonly masks: readonly number[];

  constructor(input: {
    history: CommitHistory;
    roleSets: RoleSets;
    indexes: readonly number[];
    masks: readonly number[];
  }) {
    this.history = input.history;
    this.roleSets = input.roleSets;
    this.indexes = input.indexes;
    this.masks = input.masks;
  }

  get length(): number {
    return this.indexes.length;
  }

  sha(index: number): string {
    return this.history.sha(this.indexes[index] ?? 0);
  }

  copySha(index: number, target: Uint8Array, offset: number): number {
    return this.history.copySha(this.indexes[index] ?? 0, target, offset);
  }

  revision(index: number): string | null {
    return this.history.revision(this.indexes[index] ?? 0);
  }

  roles(index: number): readonly string[] {
    return this.roleSets.of(this.masks[index] ?? 0);
  }
}

/** A list over commits already held as objects. */
export function listCommits(commits: readonly ContributorCommit[]): CommitList {
  return {
    length: commits.length,
    sha: (index) => commits[index]?.sha ?? '',
    revision: (index) => commits[index]?.revision ?? null,
    roles: (index) => commits[index]?.roles ?? [],
  };
}

/** The commits of a list as objects. */
export function commitObjects(list: CommitList): ContributorCommit[] {
  const out: ContributorCommit[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    out[i] = { sha: list.sha(i), revision: list.revision(i), roles: list.roles(i) };
  }
  return out;
}
