import type { TypedDocumentString } from '../generated/graphql';

/** A failed request to /graphql, carrying messages a person can read. */
export class RequestError extends Error {
  readonly messages: readonly string[];
  readonly status: number | undefined;
  /** The GraphQL errors' `extensions.code`s (FORBIDDEN, NOT_FOUND…), when they have one. */
  readonly codes: readonly string[];

  constructor(messages: readonly string[], status?: number, codes: readonly string[] = []) {
    super(messages.join('\n'));
    this.name = 'RequestError';
    this.messages = messages;
    this.status = status;
    this.codes = codes;
  }
}

/** Whether a failed request was refused with this GraphQL error code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return error instanceof RequestError && error.codes.includes(code);
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: unknown;
}

/**
 * Runs one operation against the server's /graphql endpoint (same origin: the server hosts the
 * app, and Vite's dev server forwards the path). Any GraphQL error fails the whole request,
 * since the pages have nothing sensible to show for half an answer.
 */
export async function executeQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) {
      throw error;
    }
    throw new RequestError(['The server could not be reached. Check the connection and retry.']);
  }
  const body = await readBody(response);
  const messages = errorMessages(body?.errors);
  if (messages.length > 0) {
    throw new RequestError(messages, response.status, errorCodes(body?.errors));
  }
  if (!response.ok || body?.data === undefined || body.data === null) {
    const what = `${response.status} ${response.statusText}`.trim();
    throw new RequestError([`The server answered with an error (${what}).`], response.status);
  }
  // The document's type is the contract for the shape of `data`.
  return body.data as TResult;
}

async function readBody(response: Response): Promise<GraphQLResponseBody | undefined> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? body : undefined;
  } catch {
    return undefined;
  }
}

function errorMessages(errors: unknown): string[] {
  if (!Array.isArray(errors)) {
    return [];
  }
  return errors.map((error: unknown) =>
    typeof error === 'object' && error !== null && 'message' in error
      ? String(error.message)
      : 'Unknown error',
  );
}

function errorCodes(errors: unknown): string[] {
  if (!Array.isArray(errors)) {
    return [];
  }
  return errors.flatMap((error: unknown) => {
    if (typeof error !== 'object' || error === null || !('extensions' in error)) {
      return [];
    }
    const { extensions } = error;
    return typeof extensions === 'object' &&
      extensions !== null &&
      'code' in extensions &&
      typeof extensions.code === 'string'
      ? [extensions.code]
      : [];
  });
}
