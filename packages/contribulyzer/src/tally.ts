import type { Credit } from './commit-credits';
import { detach, detachRef } from './detach';
import { isSvnUuidEmail } from './git-svn';
import type { ResolvedPerson } from './identity-resolver';
import { chooseDisplayName } from './person-name';
import type { PersonRef } from './person-ref';
import type { CreditConfig } from './roles';
import { defaultCreditConfig } from './roles';
import { ShaStore } from './sha-store';

export interface ContributorCommit {
  sha: string;
  revision: string | null;
  /** In the order of the role vocabulary; shared between commits with the same roles. */
  roles: readonly string[];
}

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
  private readonly shas = new ShaStore();
  private readonly revisions: Array<string | null> = [];
  private readonly identities = new Map<string, IdentityRecord>();
  private credited = 0;

  constructor(config: CreditConfig = defaultCreditConfig) {
    this.roleNames = [...config.roles.keys()];
    this.weights = [...config.roles.values()];
    this.roleIndex = new Map(this.roleNames.map((role, i) => [role, i]));
  }

  get commits(): number {
    return this.shas.size;
  }

  get creditedCommits(): number {
    return this.credited;
  }

  /** Records one commit; returns its index in the history. */
  addCommit(commit: TallyCommit): number {
    const index = this.shas.push(commit.sha);
    this.revisions.push(commit.revision);
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

  // Few distinct role sets occur; sharing their arrays saves an allocation per listed commit.
  private readonly roleSets = new Map<number, readonly string[]>();

  private rolesOf(mask: number): readonly string[] {
    let roles = this.roleSets.get(mask);
    if (roles === undefined) {
      roles = this.roleNames.filter((_, i) => mask & (1 << i));
      this.roleSets.set(mask, roles);
    }
    return roles;
  }

  /** Every identity credited so far, for the identity resolver. */
  identityRefs(): PersonRef[] {
    return [...this.identities.values()].map((record) => record.ref);
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
          sha: this.shas.get(aside.commit),
          revision: this.revisions[aside.commit] ?? null,
          role: this.roleNames[aside.role] ?? '',
          aside: aside.aside,
        });
      }
    }
    const counts = this.roleNames.map(() => 0);
    const commits: ContributorCommit[] = new Array(indexes.length);
    for (let i = 0; i < indexes.length; i++) {
      const commit = indexes[i] ?? 0;
      const mask = masks[i] ?? 0;
      for (let role = 0; role < this.roleNames.length; role++) {
        if (mask & (1 << role)) {
          counts[role] = (counts[role] ?? 0) + 1;
        }
      }
      commits[i] = {
        sha: this.shas.get(commit),
        revision: this.revisions[commit] ?? null,
        roles: this.rolesOf(mask),
      };
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
    return {
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
      commits,
      asides,
      person,
    };
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
  const indexes: number[] = [];
  const masks: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x === y) {
      indexes.push(x);
      masks.push((aMasks[i] ?? 0) | (bMasks[j] ?? 0));
      i += 1;
      j += 1;
    } else if (x < y) {
      indexes.push(x);
      masks.push(aMasks[i] ?? 0);
      i += 1;
    } else {
      indexes.push(y);
      masks.push(bMasks[j] ?? 0);
      j += 1;
    }
  }
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
