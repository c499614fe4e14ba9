import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { Client, type Exchange, fetchExchange } from 'urql';
import { cacheOptions } from './cache';

/** The hash graphql-codegen gave a document (see codegen.ts), if it has one. */
function documentHash(document: unknown): string | undefined {
  if (typeof document !== 'object' || document === null || !('__meta__' in document)) {
    return undefined;
  }
  const meta = document.__meta__;
  return typeof meta === 'object' &&
    meta !== null &&
    'hash' in meta &&
    typeof meta.hash === 'string'
    ? meta.hash
    : undefined;
}

/**
 * In production the app sends only its documents' hashes: the server knows every one of them
 * from the build, so no query text travels, and queries go by GET (short addresses, which
 * HTTP caches and the server's ETags can answer). In development documents change as they are
 * edited, so they are sent whole.
 */
function persistedOperations(): Exchange {
  return persistedExchange({
    enforcePersistedQueries: true,
    enableForMutation: true,
    preferGetForPersistedQueries: 'within-url-limit',
    generateHash: async (_query, document) => documentHash(document),
  });
}

/**
 * The app's one GraphQL client: a normalized cache (a page already seen is shown from it at
 * once, with no request), then the network, same-origin (the server hosts the app, and Vite's
 * dev server forwards the path).
 */
export function createGraphQLClient({ persisted }: { persisted: boolean }): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange(cacheOptions()),
      ...(persisted ? [persistedOperations()] : []),
      fetchExchange,
    ],
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-first',
  });
}
