import type { ItemKind } from '../generated/graphql';

/** The order kinds appear in on every page, the tracker's work first. */
export const KIND_ORDER: readonly ItemKind[] = [
  'BUG',
  'CHANGE',
  'USE_CASE',
  'DISCUSSION',
  'DRAFT',
  'DOC',
];

const NAMES: Record<ItemKind, { one: string; many: string; title: string }> = {
  BUG: { one: 'bug', many: 'bugs', title: 'Bugs and tasks' },
  CHANGE: { one: 'change', many: 'changes', title: 'Changes' },
  USE_CASE: { one: 'use case', many: 'use cases', title: 'Use cases' },
  DISCUSSION: { one: 'discussion', many: 'discussions', title: 'Discussions' },
  DRAFT: { one: 'draft', many: 'drafts', title: 'Drafts' },
  DOC: { one: 'doc', many: 'docs', title: 'Documentation' },
};

/** "1 change", "12 changes". */
export function countKind(kind: ItemKind, count: number): string {
  const name = NAMES[kind];
  return `${count} ${count === 1 ? name.one : name.many}`;
}

/** A kind's name for one item, capitalized: "Change", "Use case". */
export function kindLabel(kind: ItemKind): string {
  const { one } = NAMES[kind];
  return one.charAt(0).toUpperCase() + one.slice(1);
}

/** The heading of a kind's section. */
export function kindTitle(kind: ItemKind): string {
  return NAMES[kind].title;
}

/** The id of a kind's section, for in-page links. */
export function kindAnchor(kind: ItemKind): string {
  return `kind-${kind.toLowerCase().replace('_', '-')}`;
}

/** Counts in the house order, leaving out kinds with nothing. */
export function sortCounts<T extends { kind: ItemKind; count: number }>(counts: readonly T[]): T[] {
  return counts
    .filter((c) => c.count > 0)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/**
 * What an item is, for a breadcrumb: "Change 1a2b3c4d5e", "Pull request #13", "Bug". A pull
 * request is a change to the API, but not to the people reading its page.
 */
export function itemLabel(item: {
  kind: ItemKind;
  change?: { shortSha?: string | null; isPullRequest: boolean; number?: number | null } | null;
}): string {
  const change = item.change;
  if (change?.isPullRequest) {
    return change.number ? `Pull request #${change.number}` : 'Pull request';
  }
  return change?.shortSha ? `${kindLabel(item.kind)} ${change.shortSha}` : kindLabel(item.kind);
}
