import type { SyncBatch } from '../types';
import type { GithubCursor, IssuesCursor, Validators } from './cursor';
import { fetchEntry } from './fetch-entry';
import { mapInOrder } from './map-in-order';
import { GithubIssue } from './objects';
import { fetchPage, type PageRequest } from './pages';
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

function firstPage(context: SyncContext, since: string | undefined): PageRequest {
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

export async function* syncIssues(
  context: SyncContext,
  cursor: GithubCursor,
): AsyncGenerator<SyncBatch<GithubCursor>> {
  let frontier: Frontier = {
    since: cursor.issues?.since,
    seen: new Set(cursor.issues?.seenAtSince ?? []),
  };
  let request: PageRequest = {
    ...firstPage(context, frontier.since),
    validators: cursor.issues,
  };
  let startsQuery = true;
  let done = 0;
  let total: number | undefined;
  for (;;) {
    context.signal?.throwIfAborted();
    const page = await fetchPage(context.octokit, GithubIssue, request);
    if (page.notModified) {
      return;
    }
    const fresh = page.items.filter((entry) => !isStored(entry, frontier));
    const items = await mapInOrder(fresh, detailConcurrency, (entry) => fetchEntry(context, entry));
    const next = advance(frontier, page.items);
    const progressed = next.since !== frontier.since;
    // The ETag of this answer vouches for the next run only if that run asks the same question
    // (same `since`) and this answer was all of it (one page).
    const keep = startsQuery && !page.next && !progressed ? page.validators : {};
    done += fresh.length;
    if (startsQuery && total === undefined && page.lastPage !== undefined) {
      total = page.lastPage * context.perPage;
    }
    yield {
      items,
      cursor: { ...cursor, issues: toCursor(next, keep) },
      progress: { done, total: total === undefined ? undefined : Math.max(total, done) },
    };
    if (!page.next) {
      return;
    }
    frontier = next;
    startsQuery = progressed;
    request = progressed
      ? firstPage(context, next.since)
      : { url: page.next, signal: context.signal };
  }
}
