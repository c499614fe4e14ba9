import { DomainError, type ErrorCode } from '@moduleboard/core';
import { GraphQLError } from 'graphql';

/** The GraphQL `extensions.code` of each domain error code: the one mapping for this transport. */
export const GRAPHQL_CODES: Record<ErrorCode, string> = {
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION: 'BAD_USER_INPUT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
};

/**
 * Domain errors keep their words and gain a code; anything else is a bug or an outage and is
 * masked, so no stack or SQL reaches the client.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    const source = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      nodes: source?.nodes,
      path: source?.path,
      extensions: {
        code: GRAPHQL_CODES[original.code],
        ...(original.details.length > 0 ? { details: original.details } : {}),
      },
    });
  }
  if (error instanceof GraphQLError && !error.originalError) {
    // Parse and validation errors speak of the query itself, and are safe to show.
    return error;
  }
  return new GraphQLError(message, {
    ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** User errors of a mutation payload, from a domain error; anything else is rethrown. */
export function toUserErrors(
  error: unknown,
): { field: string | null; message: string; code: string }[] {
  if (!(error instanceof DomainError)) {
    throw error;
  }
  const code = GRAPHQL_CODES[error.code];
  if (error.details.length === 0) {
    return [{ field: null, message: error.message, code }];
  }
  return error.details.map((d) => ({ field: d.field ?? null, message: d.message, code }));
}
