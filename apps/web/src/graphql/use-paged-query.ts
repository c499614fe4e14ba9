import type { AnyVariables, RequestPolicy } from 'urql';
import type { TypedDocumentString } from '../generated/graphql';
import { type MorePages, type Page, useMorePages } from './use-more-pages';
import { type QueryResult, useQuery } from './use-query';

export type { Page };

export interface PagedQueryResult<TResult, TNode> extends MorePages {
  /** The first page's query, with everything else it selected. */
  first: QueryResult<TResult>;
  /** Nodes of every page loaded so far, in order. */
  nodes: readonly TNode[];
}

/** A connection read page by page with `after`: the first page as a query, more on demand. */
export function usePagedQuery<
  TResult,
  TVariables extends AnyVariables & { after?: string | null },
  TNode,
>({
  document,
  variables,
  select,
  requestPolicy,
}: {
  document: TypedDocumentString<TResult, TVariables>;
  variables: TVariables;
  /** The connection inside the result, or null when its owner does not exist. */
  select: (data: TResult) => Page<TNode> | null | undefined;
  /** How the first page is read; from the cache when it holds it, unless said otherwise. */
  requestPolicy?: RequestPolicy | undefined;
}): PagedQueryResult<TResult, TNode> {
  const first = useQuery(document, variables, { requestPolicy });
  const connection = first.status === 'success' ? select(first.data) : undefined;
  const more = useMorePages({ document, variables, connection });
  return { first, nodes: connection?.nodes ?? [], ...more };
}
