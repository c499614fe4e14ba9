import { SourceError } from '@moduleboard/connectors/types';
import { DomainError } from '../shared/errors';

/** A failure as one line a person can act on, and whether trying again later can help. */
export function describeSyncError(error: unknown): {
  message: string;
  retryable: boolean;
  retryAfterSeconds?: number;
} {
  if (error instanceof SourceError) {
    return {
      message: error.message,
      retryable: error.retryable,
      ...(error.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: error.retryAfterSeconds }),
    };
  }
  if (error instanceof DomainError) {
    return { message: error.message, retryable: false };
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return { message: 'the sync was stopped before it finished', retryable: true };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { message: `internal error while syncing: ${text}`, retryable: true };
}
