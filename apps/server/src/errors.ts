import { DomainError, type ErrorCode } from '@moduleboard/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The HTTP status of each domain error code: the one mapping for REST routes. */
export const HTTP_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  NOT_FOUND: 404,
  VALIDATION: 400,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
};

export interface ErrorBody {
  error: { code: string; message: string; requestId: string; details?: unknown };
}

/** Every REST failure answers `{ error: { code, message, requestId } }`. */
export function errorResponse(c: Context, error: unknown) {
  const requestId = (c.get('requestId') as string | undefined) ?? 'unknown';
  if (error instanceof DomainError) {
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: error.message,
        requestId,
        ...(error.details.length > 0 ? { details: error.details } : {}),
      },
    };
    return c.json(body, HTTP_STATUS[error.code]);
  }
  return c.json(
    { error: { code: 'INTERNAL', message: 'something went wrong on our side', requestId } },
    500,
  );
}
