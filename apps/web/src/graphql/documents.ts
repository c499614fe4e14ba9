import { gql, type TypedDocumentNode } from 'urql';
import type { TypedDocumentString } from '../generated/graphql';

/**
 * The syntax tree the client and its cache work on, from a document as the bundle carries it
 * (its text and its hash, see codegen.ts). urql parses a text once and keeps the tree; the hash
 * goes along for the persisted operations.
 */
export function toDocumentNode<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): TypedDocumentNode<TResult, TVariables> {
  const node = gql<TResult, TVariables & Record<string, unknown>>(document.toString());
  if (document.__meta__ && !('__meta__' in node)) {
    Object.assign(node, { __meta__: document.__meta__ });
  }
  return node as TypedDocumentNode<TResult, TVariables>;
}
