import type {
  Cache,
  CacheExchangeOpts,
  KeyingConfig,
  Resolver,
  ResolverConfig,
  UpdatesConfig,
} from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import schema from '../generated/schema.json';

interface TypeRef {
  name?: string | null;
  ofType?: TypeRef | null;
}

interface SchemaField {
  name: string;
  type: TypeRef;
}

interface SchemaType {
  kind: string;
  name: string;
  fields?: readonly SchemaField[] | null;
}

const types: readonly SchemaType[] = schema.__schema.types;

function namedType(type: TypeRef): string {
  return type.ofType ? namedType(type.ofType) : (type.name ?? '');
}

const objectTypes = types.filter(
  (type) => type.kind === 'OBJECT' && !type.name.startsWith('__') && type.fields,
);

/**
 * Objects without an id (a connection, a count, a page's info) have no identity of their own:
 * they are kept inside the entity that holds them. Saying so for each keeps Graphcache from
 * guessing, and follows the schema as it grows.
 */
export function embeddedTypes(): KeyingConfig {
  const keys: KeyingConfig = {};
  for (const type of objectTypes) {
    if (!type.fields?.some((field) => field.name === 'id')) {
      keys[type.name] = () => null;
    }
  }
  return keys;
}

/**
 * Relay pagination that keeps what the connection says besides its nodes: Graphcache's merge
 * returns only the nodes, edges and page info, so the page asked for lends it the rest
 * (`totalCount`). When that page is not in the cache, neither is its count, and it is asked for.
 */
function connection(): Resolver {
  const merge = relayPagination();
  return (parent, args, cache, info) => {
    const merged = merge(parent, args, cache, info);
    const asked = cache.resolve(info.parentKey, info.fieldName, args);
    if (!merged || typeof merged !== 'object' || typeof asked !== 'string') {
      return merged;
    }
    return { ...merged, totalCount: cache.resolve(asked, 'totalCount') };
  };
}

/** Every field that returns a connection merges its pages, as "Show more" loads them. */
export function paginatedFields(): ResolverConfig {
  const resolvers: ResolverConfig = {};
  for (const type of objectTypes) {
    for (const field of type.fields ?? []) {
      if (namedType(field.type).endsWith('Connection')) {
        resolvers[type.name] = { ...resolvers[type.name], [field.name]: connection() };
      }
    }
  }
  return resolvers;
}

// Root fields that a merge leaves as they were: who is signed in, the projects, and the merges'
// own lists, which keep the changed merge in view (they are asked again on every visit).
const KEPT_BY_MERGES = new Set(['__typename', 'viewer', 'projects', 'identityMerges']);

/**
 * Undoing or redoing a merge changes who is who across a project (rankings, people, activity):
 * everything else read from the root is forgotten, and asked again when shown.
 */
function forgetPeople(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (!KEPT_BY_MERGES.has(field.fieldName)) {
      cache.invalidate('Query', field.fieldKey);
    }
  }
}

const updates: UpdatesConfig = {
  Mutation: {
    undoIdentityMerge: (_result, _args, cache) => forgetPeople(cache),
    redoIdentityMerge: (_result, _args, cache) => forgetPeople(cache),
  },
};

/** The normalized cache: entities by id, connections merged page by page. */
export function cacheOptions(): CacheExchangeOpts {
  return {
    schema,
    keys: embeddedTypes(),
    resolvers: paginatedFields(),
    updates,
  };
}
