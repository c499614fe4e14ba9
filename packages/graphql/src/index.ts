export type { GraphQLContext } from './context';
export {
  createGraphQLHandler,
  createSchema,
  type GraphQLDeps,
  loadTypeDefs,
  type ServerContext,
} from './create-yoga';
export { GRAPHQL_CODES } from './errors';
export {
  loadPersistedOperations,
  type PersistedOperations,
} from './persisted-operations';
