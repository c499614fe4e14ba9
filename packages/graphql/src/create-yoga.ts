import { readFileSync } from 'node:fs';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Actor, Logger } from '@moduleboard/core';
import type { Db } from '@moduleboard/db';
import type { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { baseResolvers } from './base/resolvers';
import type { GraphQLContext } from './context';
import { maskError } from './errors';
import { itemResolvers } from './items/resolvers';
import { createLoaders } from './loaders';
import { moduleResolvers } from './modules/resolvers';
import { peopleResolvers } from './people/resolvers';
import { type PersistedOperations, persistedOperations } from './persisted-operations';
import { projectResolvers } from './projects/resolvers';
import { repositoryResolvers } from './repository/resolvers';
import { sourceResolvers } from './sources/resolvers';
import { viewerResolvers } from './viewer/resolvers';

export interface GraphQLDeps {
  db: Db;
  logger: Logger;
  now?: () => Date;
  /** Who sends this request (from its session cookie or token). */
  resolveActor: (request: Request) => Promise<Actor>;
  graphiql: boolean;
  /** The web app's operations by hash (from its build); none are known without it. */
  persistedOperations?: PersistedOperations | undefined;
}

/** Context the HTTP layer passes along with each request. */
export interface ServerContext {
  requestId?: string;
}

const SCHEMA_FILES = [
  'base',
  'projects',
  'modules',
  'items',
  'sources',
  'repository',
  'people',
  'viewer',
];

/** The schema's SDL, as the files under src/ declare it. */
export function loadTypeDefs(): string[] {
  return SCHEMA_FILES.map((area) =>
    readFileSync(new URL(`./${area}/schema.graphql`, import.meta.url), 'utf8'),
  );
}

export function createSchema() {
  return makeExecutableSchema<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: [
      baseResolvers,
      projectResolvers,
      moduleResolvers,
      itemResolvers,
      sourceResolvers,
      repositoryResolvers,
      peopleResolvers,
      viewerResolvers,
    ],
  });
}

// Rejected by the armor means the query itself is unacceptable: a 400, as GraphQL over HTTP asks,
// not the 200-without-data the armor answers by default.
function rejectWith400(_: unknown, error: GraphQLError): void {
  Object.assign(error.extensions, { http: { status: 400 }, code: 'QUERY_TOO_COMPLEX' });
}

function armor(): Plugin {
  const reject = { onReject: [rejectWith400], propagateOnRejection: true };
  return EnvelopArmorPlugin({
    maxDepth: { n: 12, ...reject },
    maxAliases: { n: 20, ...reject },
    maxDirectives: { n: 20, ...reject },
    maxTokens: { n: 3000, ...reject },
    costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ...reject },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}

/** Yoga, created once per app: the schema, the armor, error masking, a context per request. */
export function createGraphQLHandler(
  deps: GraphQLDeps,
): YogaServerInstance<ServerContext, GraphQLContext> {
  const now = deps.now ?? (() => new Date());
  return createYoga<ServerContext, GraphQLContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: deps.graphiql,
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    plugins: [armor(), persistedOperations(deps.persistedOperations)],
    context: async ({ request, requestId }) => {
      const id = requestId ?? crypto.randomUUID();
      return {
        requestId: id,
        ctx: {
          db: deps.db,
          actor: await deps.resolveActor(request),
          now,
          logger: deps.logger,
        },
        loaders: createLoaders(deps.db),
      };
    },
  });
}
