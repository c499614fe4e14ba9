/** Which merges the review list shows, as its address carries it (`?show=undone`). */
export type MergeFilter = 'all' | 'active' | 'undone';

export const MERGE_FILTERS: readonly { filter: MergeFilter; label: string }[] = [
  { filter: 'all', label: 'All' },
  { filter: 'active', label: 'Active' },
  { filter: 'undone', label: 'Undone' },
];

export function readMergeFilter(search: URLSearchParams): MergeFilter {
  const value = search.get('show');
  return MERGE_FILTERS.find((f) => f.filter === value)?.filter ?? 'all';
}

/** The API's `undone` argument: null for every merge. */
export function mergeFilterVariable(filter: MergeFilter): boolean | null {
  return filter === 'all' ? null : filter === 'undone';
}

const REASONS: Record<string, string> = {
  email: 'Same e-mail address',
  username: 'Same username',
  mailmap: 'A .mailmap entry',
  committers: 'A COMMITTERS line',
  name: 'Same full name',
  github: 'Same GitHub login',
};

/** Why two identities were taken for one person, in words. */
export function describeMergeReason(reason: string): string {
  return Object.hasOwn(REASONS, reason) ? (REASONS[reason] ?? reason) : reason;
}

/** "3 merges", for counts beside the filter. */
export function countMerges(count: number): string {
  return `${count} ${count === 1 ? 'merge' : 'merges'}`;
}
