import type { Credit } from './commit-credits';
import type { CommitList, ContributorCommit } from './commit-list';
import { CommitHistory, commitObjects, RoleSets, TalliedCommits } from './commit-list';
import { detach, detachRef } from './detach';
import { isSvnUuidEmail } from './git-svn';
import type { ResolvedPerson } from './identity-resolver';
import { chooseDisplayName } from './person-name';
import type { PersonRef } from './person-ref';
import type { CreditConfig } from './roles';
import { defaultCreditConfig } from './roles';

export type { ContributorCommit } from './commit-list';

export interface ContributorAside {
  sha: string;
  revision: string | null;
  role: string;
  aside: string;
}

/** One person's credits over a history. */
export interface Contributor {
  id: string;
  name: string;
  /** Real addresses, lowercased and sorted (git-svn's `user@UUID` stand-ins left out). */
  emails: string[];
  /** Usernames and GitHub logins, lowercased and sorted. */
  usernames: string[];
  /** Σ weight × count over the roles. */
  score: number;
  /** Distinct commits per role, in the order of the role vocabulary. */
  roles: Record<string, number>;
  /** In the order the commits were added (the history's order). */
  commits: ContributorCommit[];
  /**
   * The same commits, read a field at a time. A contributor from `CreditTally` has one and makes
   * `commits` only when it is first read: long outputs should be written from this list.
   */
  commitList?: CommitList | undefined;
  asides: ContributorAside[];
  person: ResolvedPerson;
}

export interface TallyCommit {
  sha: string;
  revision: string | null;
  credits: readonly Credit[];
  /** Whether the message holds a credit line (counted in `creditedCommits`). */
  credited: boolean;
}

interface IdentityRecord {
  ref: PersonRef;
  credits: number;
  /**
   * Commit indexes in increasing order, and the bit set of roles for each. Commits arrive in
   * order, so a record only ever appends or updates its last entry: no hashing per credit.
   */
  commits: number[];
  roles: number[];
  asides: Array<{ commit: number; role: number; aside: string }>;
}

/**
 * Aggregates credits per identity while a history streams by, holding only what the output
 * needs (a sha and revision per commit, role bits per identity and commit); `contributors` then
 * folds identities into people, so a person credited under two identities in one commit and role
 * counts that commit once.
 */
export class CreditTally {
  private readonly roleNames: string[];
  private readonly roleIndex: Map<string, number>;
  private readonly weights: number[];
  private readonly roleSets: RoleSets;
  private readonly history = new CommitHistory();
  private readonly identities = new Map<string, IdentityRecord>();
  /** The identities' references in the order they were first credited. */
  private readonly refs: PersonRef[] = [];
  private credited = 0;

  constructor(config: CreditConfig = defaultCreditConfig) {
    this.roleNames = [...config.roles.keys()];
    this.weights = [...config.roles.values()];
    this.roleIndex = new Map(this.roleNames.map((role, i) => [role, i]));
    this.roleSets = new RoleSets(this.roleNames);
  }

  get commits(): number {
    return this.history.size;
  }

  get creditedCommits(): number {
    return this.credited;
  }

  /** Records one commit; returns its index in the history. */
  addCommit(commit: TallyCommit): number {
    const index = this.history.add(commit.sha, commit.revision);
    if (commit.credited) {
      this.credited += 1;
    }
    for (const credit of commit.credits) {
      const role = this.roleIndex.get(credit.role);
      if (role === undefined) {
        continue;
      }
      let record = this.identities.get(credit.identity);
      if (record === undefined) {
        record = {
          ref: detachRef(credit.person),
          credits: 0,
          commits: [],
          roles: [],
          asides: [],
        };
        // The key as given (identity keys never share memory with a message): later lookups
        // with the same string, as the creditor's caches hand out, compare by reference.
        this.identities.set(credit.identity, record);
        this.refs.push(record.ref);
      }
      record.credits += 1;
      const last = record.commits.length - 1;
      // `last` is -1 for a new record: reading `commits[-1]` would slow every later access.
      if (last >= 0 && record.commits[last] === index) {
        record.roles[last] = (record.roles[last] ?? 0) | (1 << role);
      } else {
        record.commits.push(index);
        record.roles.push(1 << role);
      }
      if (credit.aside !== undefined) {
        record.asides.push({ commit: index, role, aside: detach(credit.aside) });
      }
    }
    return index;
  }

  /** How many identities have been credited so far. */
  get identityCount(): number {
    return this.refs.length;
  }

  /**
   * The identities credited so far, in the order they were first credited, for the identity
   * resolver; from `from` on, for a caller that hands them over while the history streams by.
   */
  identityRefs(from = 0): PersonRef[] {
    return this.refs.slice(from);
  }

  /** The contributors, ranked by score (highest first), ties by name. */
  contributors(people: readonly ResolvedPerson[]): Contributor[] {
    const out: Contributor[] = [];
    for (const person of people) {
      const contributor = this.contributorOf(person);
      if (contributor !== undefined) {
        out.push(contributor);
      }
    }
    return out.sort(compareContributors);
  }

  private contributorOf(person: ResolvedPerson): Contributor | undefined {
    const records = person.identityKeys.map((key) => this.identities.get(key));
    const present = records.filter((r): r is IdentityRecord => r !== undefined);
    if (present.length === 0) {
      return undefined;
    }
    const [indexes, masks] = mergeCommits(present);
    const asides: ContributorAside[] = [];
    for (const record of present) {
      for (const aside of record.asides) {
        asides.push({
          sha: this.history.sha(aside.commit),
          revision: this.history.revision(aside.commit),
          role: this.roleNames[aside.role] ?? '',
          aside: aside.aside,
        });
      }
    }
    const counts = this.roleNames.map(() => 0);
    for (let i = 0; i < masks.length; i++) {
      // Only the set bits are visited: most commits credit one role of the vocabulary.
      for (let mask = masks[i] ?? 0; mask !== 0; mask &= mask - 1) {
        const role = 31 - Math.clz32(mask & -mask);
        counts[role] = (counts[role] ?? 0) + 1;
      }
    }
    const roles: Record<string, number> = {};
    let score = 0;
    this.roleNames.forEach((role, i) => {
      const count = counts[i] ?? 0;
      if (count > 0) {
        roles[role] = count;
        score += count * (this.weights[i] ?? 0);
      }
    });
    const list = new TalliedCommits({
      history: this.history,
      roleSets: this.roleSets,
      indexes,
      masks,
    });
    let commits: ContributorCommit[] | undefined;
    const contributor: Contributor = {
      id: person.id,
      name: chooseDisplayName(
        person.identities,
        person.canonicalNames,
        (i) => records[i]?.credits ?? 0,
      ),
      emails: distinctSorted(
        person.identities
          .map((ref) => ref.email)
          .filter((e) => e !== undefined && !isSvnUuidEmail(e)),
      ),
      usernames: distinctSorted(
        person.identities.flatMap((ref) => [ref.username, ref.githubLogin]),
      ),
      score,
      roles,
      // Made on first read: an object per commit and contributor is most of the memory a long
      // history's output would otherwise take, and the JSON output never needs them.
      get commits(): ContributorCommit[] {
        commits ??= commitObjects(list);
        return commits;
      },
      set commits(value: ContributorCommit[]) {
        commits = value;
      },
      asides,
      person,
    };
    // Not enumerable: a copy or JSON of the contributor shows its commits once, as `commits`.
    Object.defineProperty(contributor, 'commitList', { value: list, enumerable: false });
    return contributor;
  }
}

/** The commits of several identities of one person, in order, with their role bits or-ed. */
function mergeCommits(records: readonly IdentityRecord[]): [number[], number[]] {
  let indexes: number[] = [];
  let masks: number[] = [];
  for (const record of records) {
    [indexes, masks] = mergeSorted(indexes, masks, record.commits, record.roles);
  }
  return [indexes, masks];
}

// Each identity's commits are in order already: merging keeps the work linear.
function mergeSorted(
  a: number[],
  aMasks: number[],
  b: number[],
  bMasks: number[],
): [number[], number[]] {
  if (a.length === 0) {
    return [b, bMasks];
  }
  if (b.length === 0) {
    return [a, aMasks];
  }
  // Sized once, trimmed at the end: pushing would grow (and copy) the arrays of a long history
  // again and again.
  const indexes: number[] = new Array(a.length + b.length);
  const masks: number[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      indexes[n] = x;
      masks[n] = (aMasks[i] as number) | (bMasks[j] as number);
      i += 1;
      j += 1;
    } else if (x < y) {
      indexes[n] = x;
      masks[n] = aMasks[i] as number;
      i += 1;
    } else {
      indexes[n] = y;
      masks[n] = bMasks[j] as number;
      j += 1;
    }
    n += 1;
  }
  for (; i < a.length; i++, n++) {
    indexes[n] = a[i] as number;
    masks[n] = aMasks[i] as number;
  }
  for (; j < b.length; j++, n++) {
    indexes[n] = b[j] as number;
    masks[n] = bMasks[j] as number;
  }
  indexes.length = n;
  masks.length = n;
  return [indexes, masks];
}

function distinctSorted(values: ReadonlyArray<string | undefined>): string[] {
  const set = new Set<string>();
  for (const value of values) {
    const clean = value?.trim().toLowerCase();
    if (clean) {
      set.add(clean);
    }
  }
  return [...set].sort();
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Score descending, then name ascending (without case or accents), then id for a total order. */
export function compareContributors(x: Contributor, y: Contributor): number {
  return (
    y.score - x.score ||
    collator.compare(x.name, y.name) ||
    (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}
