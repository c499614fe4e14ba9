import type { Ctx } from '@moduleboard/core';
import type { Loaders } from './loaders';

/** What every resolver receives: the verb context of the request and its own loaders. */
export interface GraphQLContext {
  ctx: Ctx;
  loaders: Loaders;
  requestId: string;
}
