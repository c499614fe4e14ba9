import type { z } from 'zod';
import type { Validators } from './cursor';
import { listPages, type PageRequest } from './pages';
import type { SyncContext } from './sync-context';

export interface ListPage<T> {
  items: T[];
  /** Set on the last page: the validators to keep, empty when the list spans several pages. */
  finalValidators?: Validators | undefined;
}

/**
 * Walks a whole list whose order says nothing about what changed (milestones, releases). Its
 * first page's ETag vouches for the whole list only when there is no second page, so only then
 * are validators kept; a longer list is read again on every sync.
 */
export async function* walkList<T>(
  context: SyncContext,
  options: {
    path: string;
    schema: z.ZodType<T>;
    query?: PageRequest['query'];
    validators?: Validators | undefined;
  },
): AsyncGenerator<ListPage<T>> {
  const pages = listPages(context.octokit, options.schema, {
    url: options.path,
    query: { ...options.query, per_page: context.perPage },
    validators: options.validators,
    signal: context.signal,
  });
  let first = true;
  for await (const page of pages) {
    if (!page.hasNext) {
      yield { items: page.items, finalValidators: first ? page.validators : {} };
      return;
    }
    yield { items: page.items };
    first = false;
  }
}
