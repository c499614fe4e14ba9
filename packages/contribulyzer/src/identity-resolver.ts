import type { MergeKey, MergeReason, MergeSources } from './merge-keys';
import { canonicalNameOf, MERGE_REASON_ORDER, mergeKeysOf } from './merge-keys';
import { stablePersonId } from './person-id';
import type { PersonRef } from './person-ref';
import { identityKey } from './person-ref';

/** Two identities taken for one person, and why. `a` sorts before `b`. */
export interface MergeEdge {
  a: string;
  b: string;
  reason: MergeReason;
  detail: string;
}

/** A merge a reviewer undid: the two identities are never put in one person again. */
export interface UndoneMerge {
  a: string;
  b: string;
}

/** A person: the identities resolved into one, with the merges that joined them. */
export interface ResolvedPerson {
  /** `stablePersonId` of the smallest identity key. */
  id: string;
  /** Sorted; `identities[i]` is the identity of `identityKeys[i]`. */
  identityKeys: string[];
  identities: PersonRef[];
  /** The merges that joined these identities (none for a person of one identity). */
  merges: MergeEdge[];
  /** Names a `.mailmap` entry or a COMMITTERS line gives this person. */
  canonicalNames: string[];
}

export interface Resolution {
  people: ResolvedPerson[];
  /** Merges not made because they would join identities whose merge was undone. */
  blocked: MergeEdge[];
}

export interface IdentityResolverOptions extends MergeSources {
  undone?: Iterable<UndoneMerge> | undefined;
}

function comparePair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

function pairKey(x: string, y: string): string {
  const [a, b] = comparePair(x, y);
  return `${a}\n${b}`;
}

/**
 * Resolves identities into people incrementally. `add` takes one identity at a time and returns
 * the merges it implies (each new identity is joined to the first identity seen with each of its
 * merge keys); `resolve` answers the people at any time. Undone merges act as "never the same
 * person": a merge that would put two such identities in one person, directly or through others,
 * is not made and is listed as blocked. Without undone merges the people do not depend on the
 * order identities were added in.
 */
export class IdentityResolver {
  private readonly sources: MergeSources;
  private readonly identities = new Map<string, PersonRef>();
  private readonly anchors = new Map<string, { identity: string; key: MergeKey }>();
  private readonly edgeList: MergeEdge[] = [];
  private readonly edgePairs = new Set<string>();
  private readonly undone = new Map<string, Set<string>>();

  constructor(options: IdentityResolverOptions = {}) {
    this.sources = { mailmap: options.mailmap, committers: options.committers };
    for (const merge of options.undone ?? []) {
      this.forbid(merge.a, merge.b);
      this.forbid(merge.b, merge.a);
    }
  }

  private forbid(x: string, y: string): void {
    let set = this.undone.get(x);
    if (set === undefined) {
      set = new Set();
      this.undone.set(x, set);
    }
    set.add(y);
  }

  /** Adds an identity (again is harmless) and returns the merges it implies, new ones only. */
  add(ref: PersonRef): { identity: string; edges: MergeEdge[] } {
    const identity = identityKey(ref);
    if (this.identities.has(identity)) {
      return { identity, edges: [] };
    }
    this.identities.set(identity, ref);
    const edges: MergeEdge[] = [];
    for (const key of mergeKeysOf(ref, this.sources)) {
      const anchor = this.anchors.get(key.key);
      if (anchor === undefined) {
        this.anchors.set(key.key, { identity, key });
        continue;
      }
      const pair = pairKey(anchor.identity, identity);
      if (this.edgePairs.has(pair)) {
        continue;
      }
      this.edgePairs.add(pair);
      const stronger =
        MERGE_REASON_ORDER.indexOf(anchor.key.reason) < MERGE_REASON_ORDER.indexOf(key.reason)
          ? anchor.key
          : key;
      const [a, b] = comparePair(anchor.identity, identity);
      const edge: MergeEdge = { a, b, reason: stronger.reason, detail: stronger.detail };
      this.edgeList.push(edge);
      edges.push(edge);
    }
    return { identity, edges };
  }

  has(identity: string): boolean {
    return this.identities.has(identity);
  }

  /** Every merge found so far, in the order found. */
  edges(): readonly MergeEdge[] {
    return this.edgeList;
  }

  /** The people as of now: one per group of merged identities, sorted by id. */
  resolve(): Resolution {
    const keys = [...this.identities.keys()].sort();
    const index = new Map<string, number>(keys.map((key, i) => [key, i]));
    const parent = keys.map((_, i) => i);
    const members = keys.map((_, i) => [i]);
    const find = (i: number): number => {
      let root = i;
      while (parent[root] !== root) {
        root = parent[root] ?? root;
      }
      let node = i;
      while (parent[node] !== root) {
        const next = parent[node] ?? root;
        parent[node] = root;
        node = next;
      }
      return root;
    };
    const forbidden = (x: number, yRoot: number): boolean => {
      for (const member of members[x] ?? []) {
        for (const other of this.undone.get(keys[member] ?? '') ?? []) {
          const otherIndex = index.get(other);
          if (otherIndex !== undefined && find(otherIndex) === yRoot) {
            return true;
          }
        }
      }
      return false;
    };
    const sorted = [...this.edgeList].sort(
      (x, y) =>
        MERGE_REASON_ORDER.indexOf(x.reason) - MERGE_REASON_ORDER.indexOf(y.reason) ||
        (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
        (x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
    );
    const applied: MergeEdge[] = [];
    const blocked: MergeEdge[] = [];
    for (const edge of sorted) {
      const ra = find(index.get(edge.a) ?? -1);
      const rb = find(index.get(edge.b) ?? -1);
      if (ra === rb) {
        applied.push(edge);
        continue;
      }
      // Check from the smaller side: the work stays proportional to the identities moved.
      const [small, large] =
        (members[ra]?.length ?? 0) <= (members[rb]?.length ?? 0) ? [ra, rb] : [rb, ra];
      if (forbidden(small, large)) {
        blocked.push(edge);
        continue;
      }
      parent[small] = large;
      const moved = members[small] ?? [];
      members[large]?.push(...moved);
      members[small] = [];
      applied.push(edge);
    }
    return { people: this.collect(keys, find, applied), blocked };
  }

  private collect(
    keys: string[],
    find: (i: number) => number,
    applied: MergeEdge[],
  ): ResolvedPerson[] {
    const byRoot = new Map<number, ResolvedPerson>();
    keys.forEach((key, i) => {
      const root = find(i);
      let person = byRoot.get(root);
      if (person === undefined) {
        // Keys are visited in sorted order, so the first key of a group is its smallest.
        person = {
          id: stablePersonId(key),
          identityKeys: [],
          identities: [],
          merges: [],
          canonicalNames: [],
        };
        byRoot.set(root, person);
      }
      const ref = this.identities.get(key) ?? {};
      person.identityKeys.push(key);
      person.identities.push(ref);
      const canonical = canonicalNameOf(ref, this.sources);
      if (canonical !== undefined && !person.canonicalNames.includes(canonical)) {
        person.canonicalNames.push(canonical);
      }
    });
    const personOf = new Map<string, ResolvedPerson>();
    for (const person of byRoot.values()) {
      for (const key of person.identityKeys) {
        personOf.set(key, person);
      }
    }
    for (const edge of applied) {
      personOf.get(edge.a)?.merges.push(edge);
    }
    return [...byRoot.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }
}
