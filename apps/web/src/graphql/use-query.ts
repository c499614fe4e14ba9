import { useMemo } from 'react';
import {
  type AnyVariables,
  createRequest,
  type RequestPolicy,
  useQuery as useUrqlQuery,
} from 'urql';
import type { TypedDocumentString } from '../generated/graphql';
import { toDocumentNode } from './documents';
import { toRequestError } from './errors';

export type QueryState<TResult> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: TResult };

export type QueryResult<TResult> = QueryState<TResult> & { retry: () => void };

/**
 * A query through the app's client, as the pages read it: loading, failed or done. An answer
 * for other variables (the filter just changed) is never shown as this one's; any GraphQL error
 * fails the whole query, since the pages have nothing sensible to show for half an answer.
 */
export function useQuery<TResult, TVariables extends AnyVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { requestPolicy?: RequestPolicy | undefined } = {},
): QueryResult<TResult> {
  const query = toDocumentNode(document);
  const key = createRequest(query, variables).key;
  // Callers pass a fresh object on every render; urql compares variables by value too.
  const stable = useMemo(() => variables, [key]);
  const [result, reexecute] = useUrqlQuery<TResult, TVariables>({
    query,
    variables: stable,
    requestPolicy: options.requestPolicy,
  });
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  // Until an answer for these variables comes, the one held is for the previous ones.
  if (result.operation?.key !== key || result.data === undefined) {
    return result.error && result.operation?.key === key && !result.fetching
      ? { status: 'error', error: toRequestError(result.error), retry }
      : { status: 'loading', retry };
  }
  if (result.error) {
    return { status: 'error', error: toRequestError(result.error), retry };
  }
  return { status: 'success', data: result.data, retry };
}
