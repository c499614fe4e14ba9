import type { CombinedError } from 'urql';

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

function statusOf(response: unknown): number | undefined {
  return response instanceof Response ? response.status : undefined;
}

/**
 * What the client's error says, in the words the pages show: the server's own messages when
 * it answered, or what to do when it could not be reached or answered with something else.
 */
export function toRequestError(error: CombinedError): RequestError {
  const status = statusOf(error.response);
  if (error.graphQLErrors.length > 0) {
    const codes = error.graphQLErrors.flatMap((e) =>
      typeof e.extensions?.code === 'string' ? [e.extensions.code] : [],
    );
    return new RequestError(
      error.graphQLErrors.map((e) => e.message || 'Unknown error'),
      status,
      codes,
    );
  }
  if (status === undefined) {
    return new RequestError(['The server could not be reached. Check the connection and retry.']);
  }
  const what = `${status} ${error.response instanceof Response ? error.response.statusText : ''}`;
  return new RequestError([`The server answered with an error (${what.trim()}).`], status);
}
