import { useState } from 'react';
import { type AnyVariables, useClient } from 'urql';
import type { TypedDocumentString } from '../generated/graphql';
import { toDocumentNode } from './documents';
import { toRequestError } from './errors';

/** The part of a connection a page of results needs. */
export interface Page<TNode> {
  nodes: readonly TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface MorePages {
  hasMore: boolean;
  loadingMore: boolean;
  moreError: Error | undefined;
  loadMore: () => void;
}

interface More {
  /** The variables this state follows; a state for other variables is stale. */
  key: string;
  loading: boolean;
  error: Error | undefined;
}

/**
 * The next pages of a connection another query read, asked for on demand ("Show more") with
 * `document` and `after`. The cache merges each page into the connection, so the query that
 * showed the first page then holds every page loaded, and a page seen again comes back with all
 * of them at once.
 */
export function useMorePages<TResult, TVariables extends AnyVariables & { after?: string | null }>({
  document,
  variables,
  connection,
}: {
  document: TypedDocumentString<TResult, TVariables>;
  /** The variables of the next pages, but `after`. */
  variables: TVariables;
  /** The connection as shown, every page so far; nothing yet while it loads. */
  connection: Page<unknown> | null | undefined;
}): MorePages {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [stored, setStored] = useState<More>({ key, loading: false, error: undefined });
  const more = stored.key === key ? stored : { key, loading: false, error: undefined };
  const cursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : undefined;

  const loadMore = () => {
    if (!cursor || more.loading) {
      return;
    }
    setStored({ key, loading: true, error: undefined });
    client
      .query(toDocumentNode(document), { ...variables, after: cursor })
      .toPromise()
      .then((result) => {
        // An answer for a list no longer shown changes nothing.
        setStored((now) =>
          now.key === key
            ? { key, loading: false, error: result.error && toRequestError(result.error) }
            : now,
        );
      });
  };
  return { hasMore: Boolean(cursor), loadingMore: more.loading, moreError: more.error, loadMore };
}
