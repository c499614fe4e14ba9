import { useCallback } from 'react';
import { type AnyVariables, useClient } from 'urql';
import type { TypedDocumentString } from '../generated/graphql';
import { toDocumentNode } from './documents';
import { RequestError, toRequestError } from './errors';

export type MutationOutcome<TResult> =
  | { ok: true; data: TResult }
  | { ok: false; error: RequestError };

/**
 * Sends a mutation through the app's client: its answer updates the cache, so every page showing
 * the objects it returns changes with it. Expected failures come back in the payload's `errors`;
 * a failed request comes back as `ok: false`.
 */
export function useMutation<TResult, TVariables extends AnyVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): (variables: TVariables) => Promise<MutationOutcome<TResult>> {
  const client = useClient();
  return useCallback(
    async (variables: TVariables) => {
      const result = await client.mutation(toDocumentNode(document), variables).toPromise();
      if (result.error) {
        return { ok: false, error: toRequestError(result.error) };
      }
      if (result.data === undefined) {
        return { ok: false, error: new RequestError(['The server sent no answer. Try again.']) };
      }
      return { ok: true, data: result.data };
    },
    [client, document],
  );
}
