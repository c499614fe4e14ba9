/** The one vocabulary of expected failures; each transport maps codes in one table. */
export type ErrorCode = 'NOT_FOUND' | 'VALIDATION' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export interface ErrorDetail {
  /** Where the problem is: a field path, or "file:line:column field". */
  field?: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super('VALIDATION', message, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'you are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
