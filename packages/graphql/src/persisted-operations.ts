import { existsSync, readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** The documents a client names by hash instead of sending them: hash → GraphQL document. */
export type PersistedOperations = ReadonlyMap<string, string>;

/**
 * Reads the persisted operations a build wrote (a JSON object of hash → document), or
 * undefined when there is no such file (the web app is not built). A file that is there but
 * malformed stops the start, naming the file: the web app would fail on every page otherwise.
 */
export function loadPersistedOperations(file: string): PersistedOperations | undefined {
  if (!existsSync(file)) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${error instanceof Error ? error.message : error}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} should hold an object of hash → GraphQL document`);
  }
  const operations = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string' || document.trim() === '') {
      throw new Error(`${file}: the operation ${hash} is not a GraphQL document`);
    }
    operations.set(hash, document);
  }
  return operations;
}

/**
 * Operations named by hash (`extensions.persistedQuery.sha256Hash`, as the web app sends them in
 * production) run the document the build registered under that hash; an unknown hash is refused
 * with a 400. Queries sent as text are the public API and run as before: only the web app's
 * operations are persisted, and the armor bounds what anyone may send.
 */
export function persistedOperations(known: PersistedOperations | undefined): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => known?.get(hash) ?? null,
    allowArbitraryOperations: true,
    customErrors: {
      notFound: {
        message:
          'No operation is known by this hash: the page may come from another version of the ' +
          'app than the server. Reload the page.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'The request has neither a query nor the hash of a persisted operation.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
