import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql';
import { executeQuery } from './client';
import { type QueryResult, useQuery } from './use-query';

/** The part of a connection a page of results needs. */
export interface Page<TNode> {
  nodes: readonly TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PagedQueryResult<TResult, TNode> {
  /** The first page's query, with everything else it selected. */
  first: QueryResult<TResult>;
  /** Nodes of every page loaded so far, in order. */
  nodes: readonly TNode[];
  hasMore: boolean;
  loadingMore: boolean;
  moreError: Error | undefined;
  loadMore: () => void;
}

interface MorePages<TNode> {
  /** The variables these pages follow; pages of other variables are stale. */
  key: string;
  pages: readonly Page<TNode>[];
  loading: boolean;
  error: Error | undefined;
}

function noMorePages<TNode>(key: string): MorePages<TNode> {
  return { key, pages: [], loading: false, error: undefined };
}

/**
 * A connection read page by page with `after`: the first page as an ordinary query, the next
 * ones appended on demand ("Show more"). Changing the variables starts over.
 */
export function usePagedQuery<TResult, TVariables extends { after?: string | null }, TNode>({
  document,
  variables,
  select,
}: {
  document: TypedDocumentString<TResult, TVariables>;
  variables: TVariables;
  /** The connection inside the result, or null when its owner does not exist. */
  select: (data: TResult) => Page<TNode> | null | undefined;
}): PagedQueryResult<TResult, TNode> {
  const first = useQuery(document, variables);
  const key = JSON.stringify(variables);
  const [stored, setStored] = useState<MorePages<TNode>>(() => noMorePages(key));
  const more = stored.key === key ? stored : noMorePages<TNode>(key);
  const inFlight = useRef<AbortController | undefined>(undefined);

  // A page still loading for other variables, or for a list no longer shown, is dropped.
  useEffect(() => {
    return () => {
      inFlight.current?.abort();
      inFlight.current = undefined;
    };
  }, [key]);

  const firstPage = first.status === 'success' ? select(first.data) : undefined;
  const lastPage = more.pages.at(-1) ?? firstPage;
  const cursor = lastPage?.pageInfo.hasNextPage ? lastPage.pageInfo.endCursor : undefined;

  const update = (change: (current: MorePages<TNode>) => Partial<MorePages<TNode>>) =>
    setStored((now) => {
      const current = now.key === key ? now : noMorePages<TNode>(key);
      return { ...current, ...change(current) };
    });

  const loadMore = () => {
    if (!cursor || inFlight.current) {
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    update(() => ({ loading: true, error: undefined }));
    executeQuery(document, { ...variables, after: cursor }, controller.signal)
      .then(
        (data) => {
          const page = select(data);
          if (!controller.signal.aborted) {
            update((current) => ({
              pages: page ? [...current.pages, page] : current.pages,
              loading: false,
            }));
          }
        },
        (error: unknown) => {
          if (!controller.signal.aborted) {
            const failure = error instanceof Error ? error : new Error(String(error));
            update(() => ({ loading: false, error: failure }));
          }
        },
      )
      .finally(() => {
        if (inFlight.current === controller) {
          inFlight.current = undefined;
        }
      });
  };

  const nodes = firstPage ? [...firstPage.nodes, ...more.pages.flatMap((page) => page.nodes)] : [];
  return {
    first,
    nodes,
    hasMore: Boolean(cursor),
    loadingMore: more.loading,
    moreError: more.error,
    loadMore,
  };
}
