import { ValidationError } from './errors';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export interface PageRequest {
  /** forward: newest first from `after`; backward: the `last` entries before `before`. */
  direction: 'forward' | 'backward';
  limit: number;
  cursor: unknown[] | undefined;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Validates Relay connection arguments (one of first/last, 1..100) and decodes the cursor. */
export function parsePageArgs(args: PageArgs): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw new ValidationError('pass either "first" or "last", not both');
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)) {
      throw new ValidationError(`"${name}" must be between 1 and ${MAX_PAGE_SIZE}`, [
        { field: name, message: `got ${value}` },
      ]);
    }
  }
  if (last != null) {
    return {
      direction: 'backward',
      limit: last,
      cursor: before ? decodeCursor(before) : undefined,
    };
  }
  if (before != null) {
    throw new ValidationError('"before" goes with "last"');
  }
  return {
    direction: 'forward',
    limit: first ?? DEFAULT_PAGE_SIZE,
    cursor: after ? decodeCursor(after) : undefined,
  };
}

/** An opaque cursor holding the keyset values of a row. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values)) {
      return values;
    }
  } catch {
    // Reported below with the same words as a well-formed cursor of the wrong shape.
  }
  throw new ValidationError(`"${cursor.slice(0, 40)}" is not a cursor of this list`);
}

/**
 * Turns the `limit + 1` rows of a keyset query into a page: the extra row only tells whether
 * there is more. Backward queries run in reverse order and are flipped back here.
 */
export function toPage<T>(rows: T[], request: PageRequest): Page<T> {
  const more = rows.length > request.limit;
  const nodes = more ? rows.slice(0, request.limit) : rows;
  if (request.direction === 'backward') {
    nodes.reverse();
    return { nodes, hasPreviousPage: more, hasNextPage: request.cursor !== undefined };
  }
  return { nodes, hasNextPage: more, hasPreviousPage: request.cursor !== undefined };
}

/** Reads one keyset value of a decoded cursor, refusing anything of the wrong type. */
export function cursorValue<T extends 'string' | 'number'>(
  cursor: unknown[],
  index: number,
  type: T,
): T extends 'string' ? string : number {
  const value = cursor[index];
  if (typeof value !== type) {
    throw new ValidationError('the cursor does not belong to this list');
  }
  return value as T extends 'string' ? string : number;
}
