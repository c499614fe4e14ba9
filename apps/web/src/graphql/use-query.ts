import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql';
import { executeQuery } from './client';

export type QueryState<TResult> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: TResult };

export type QueryResult<TResult> = QueryState<TResult> & { retry: () => void };

const LOADING = { status: 'loading' } as const;

/**
 * Runs a query whenever its variables change, aborting the request in flight when they change
 * again or the component unmounts, so a late answer never overwrites a newer page.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): QueryResult<TResult> {
  // Variables are compared by value: callers pass a fresh object on every render.
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; value: QueryState<TResult> }>({
    key,
    value: LOADING,
  });

  useEffect(() => {
    const controller = new AbortController();
    const settle = (value: QueryState<TResult>) => {
      if (!controller.signal.aborted) {
        setState({ key, value });
      }
    };
    setState({ key, value: LOADING });
    executeQuery(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => settle({ status: 'success', data }),
      (error: unknown) =>
        settle({
          status: 'error',
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => controller.abort();
  }, [document, key, attempt]);

  const retry = () => setAttempt((n) => n + 1);
  // Until the effect has run for new variables, the state still describes the old ones.
  return { ...(state.key === key ? state.value : LOADING), retry };
}
