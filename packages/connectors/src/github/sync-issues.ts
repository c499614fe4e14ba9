import type { SyncBatch } from '../types';
import type { GithubCursor, IssuesCursor, Validators } from './cursor';
import { fetchEntry } from './fetch-entry';
import { mapInOrder } from './map-in-order';
import { GithubIssue } from './objects';
import { listPages, type PageRequest } from './pages';
import { repoPath, type SyncContext } from './sync-context';

// Issues and pull requests come from one listing, oldest update first. It is walked by key, not
// by offset: after each page the next request starts again from the newest `updated_at` seen.
// Offsets shift when an item is updated during the walk (it moves to the end, so the item
// after a page boundary slides onto the page already read and would be missed for good once
// the cursor moved past it); a fresh `since` cannot skip anything. `since` is inclusive, so
// the items at exactly that instant come back and are skipped by number. Only a page whose items
// all share one instant gives no new key; then the `next` link goes on.

const detailConcurrency = 4;

interface Frontier {
  since: string | undefined;
  seen: Set<number>;
}

function instant(value: string): number {
  return Date.parse(value);
}

/** Already stored: older than the cursor, or at its instant and listed as seen there. */
function isStored(entry: GithubIssue, frontier: Frontier): boolean {
  if (frontier.since === undefined) {
    return false;
  }
  const delta = instant(entry.updated_at) - instant(frontier.since);
  return delta < 0 || (delta === 0 && frontier.seen.has(entry.number));
}

function advance(frontier: Frontier, entries: GithubIssue[]): Frontier {
  let { since } = frontier;
  let seen = new Set(frontier.seen);
  for (const entry of entries) {
    const delta = since === undefined ? 1 : instant(entry.updated_at) - instant(since);
    if (delta > 0) {
      since = entry.updated_at;
      seen = new Set([entry.number]);
    } else if (delta === 0) {
      seen.add(entry.number);
    }
  }
  return { since, seen };
}

function query(context: SyncContext, since: string | undefined): PageRequest {
  return {
    url: repoPath(context, '/issues'),
    query: { state: 'all', sort: 'updated', direction: 'asc', since, per_page: context.perPage },
    signal: context.signal,
  };
}

function toCursor(frontier: Frontier, validators: Validators): IssuesCursor {
  return {
    since: frontier.since,
    seenAtSince: [...frontier.seen].sort((a, b) => a - b),
    ...validators,
  };
}

/** How far the walk has gone: the key it stands at, and the entries read for progress. */
interface Walk {
  frontier: Frontier;
  done: number;
  total: number | undefined;
}

export async function* syncIssues(
  context: SyncContext,
  cursor: GithubCursor,
): AsyncGenerator<SyncBatch<GithubCursor>> {
  const walk: Walk = {
    frontier: { since: cursor.issues?.since, seen: new Set(cursor.issues?.seenAtSince ?? []) },
    done: 0,
    total: undefined,
  };
  // The stored validators belong to the first question only: the one the last run ended on.
  let validators = cursor.issues;
  while (yield* walkQuery(context, cursor, walk, validators)) {
    validators = undefined;
  }
}

/**
 * Reads the listing from the walk's key, page after page, until a page moves the key; then
 * answers true to have the listing asked again from the new key, false when it is read to the
 * end (or did not change).
 */
async function* walkQuery(
  context: SyncContext,
  cursor: GithubCursor,
  walk: Walk,
  validators: Validators | undefined,
): AsyncGenerator<SyncBatch<GithubCursor>, boolean> {
  const pages = listPages(context.octokit, GithubIssue, {
    ...query(context, walk.frontier.since),
    validators,
  });
  let first = true;
  for await (const page of pages) {
    const fresh = page.items.filter((entry) => !isStored(entry, walk.frontier));
    const items = await mapInOrder(fresh, detailConcurrency, (entry) => fetchEntry(context, entry));
    const next = advance(walk.frontier, page.items);
    const progressed = next.since !== walk.frontier.since;
    // The ETag of this answer vouches for the next run only if that run asks the same question
    // (same `since`) and this answer was all of it (one page).
    const keep = first && !page.hasNext && !progressed ? page.validators : {};
    walk.done += fresh.length;
    if (first && walk.total === undefined && page.lastPage !== undefined) {
      walk.total = page.lastPage * context.perPage;
    }
    const total = walk.total === undefined ? undefined : Math.max(walk.total, walk.done);
    yield {
      items,
      cursor: { ...cursor, issues: toCursor(next, keep) },
      progress: { done: walk.done, total },
    };
    walk.frontier = next;
    if (!page.hasNext || progressed) {
      return page.hasNext;
    }
    first = false;
  }
  return false;
}
