import type { ItemPageQuery } from '../generated/graphql';

/** The item an item page shows. */
export type PageItem = Extract<NonNullable<ItemPageQuery['node']>, { __typename: 'Item' }>;
