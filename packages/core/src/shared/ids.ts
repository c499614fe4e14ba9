import { ValidationError } from './errors';

const PREFIXES = {
  project: 'prj',
  module: 'mod',
  item: 'itm',
  source: 'src',
  person: 'per',
  milestone: 'mil',
  page: 'pag',
  revision: 'rev',
  event: 'evt',
  credit: 'crd',
  merge: 'mrg',
  subscription: 'sub',
} as const;

export type EntityType = keyof typeof PREFIXES;

const TYPES = new Map<string, EntityType>(
  Object.entries(PREFIXES).map(([type, prefix]) => [prefix, type as EntityType]),
);

/** The public id of a row: a type prefix and its key, e.g. `mod_42`. */
export function toPublicId(type: EntityType, id: number): string {
  return `${PREFIXES[type]}_${id.toString(36)}`;
}

export interface ParsedId {
  type: EntityType;
  id: number;
}

/** Reads a public id of any type; throws a ValidationError naming the bad id. */
export function parsePublicId(value: string): ParsedId {
  const match = /^([a-z]{3})_([0-9a-z]{1,11})$/.exec(value);
  const type = match ? TYPES.get(match[1] as string) : undefined;
  const id = match ? Number.parseInt(match[2] as string, 36) : Number.NaN;
  if (!type || !Number.isSafeInteger(id) || id <= 0) {
    throw new ValidationError(`"${value}" is not a Moduleboard id`);
  }
  return { type, id };
}

/** Reads a public id that must be of one type. */
export function parsePublicIdOf(type: EntityType, value: string): number {
  const parsed = parsePublicId(value);
  if (parsed.type !== type) {
    throw new ValidationError(`"${value}" is not the id of a ${type}`);
  }
  return parsed.id;
}
