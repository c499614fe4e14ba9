import {
  buildClientSchema,
  type FragmentDefinitionNode,
  getNamedType,
  type IntrospectionQuery,
  isObjectType,
  parse,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import documents from '../generated/persisted-documents.json';
import introspection from '../generated/schema.json';
import { embeddedTypes, paginatedFields } from './cache';

const schema = buildClientSchema(introspection as unknown as IntrospectionQuery);

/** Objects with an id that a document selects without it: the cache could not key them. */
function unkeyed(document: string): string[] {
  const ast = parse(document);
  const fragments = new Map(
    ast.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  const asksForId = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => {
      if (s.kind === 'Field') {
        return s.name.value === 'id' && !s.alias;
      }
      const inner = s.kind === 'FragmentSpread' ? fragments.get(s.name.value) : s;
      return inner ? asksForId(inner.selectionSet) : false;
    });
  const missing: string[] = [];
  const info = new TypeInfo(schema);
  visit(
    ast,
    visitWithTypeInfo(info, {
      SelectionSet(node) {
        const type = getNamedType(info.getType() ?? info.getParentType());
        if (isObjectType(type) && type.getFields().id && !asksForId(node)) {
          missing.push(type.name);
        }
      },
    }),
  );
  return missing;
}

describe('the documents the app sends', () => {
  it.each(Object.entries(documents))(
    '%s asks for the id of every object that has one',
    (_hash, document) => {
      expect(unkeyed(document)).toEqual([]);
    },
  );
});

describe('the cache', () => {
  it('keeps objects without an id inside their owner, and only those', () => {
    const keys = embeddedTypes();
    expect(Object.keys(keys)).toContain('ItemConnection');
    expect(Object.keys(keys)).toContain('PageInfo');
    expect(Object.keys(keys)).not.toContain('Module');
    expect(Object.keys(keys)).not.toContain('Item');
  });

  it('merges the pages of every connection', () => {
    const resolvers = paginatedFields();
    expect(Object.keys(resolvers.Module ?? {}).sort()).toEqual([
      'changes',
      'children',
      'contributors',
      'items',
    ]);
    expect(Object.keys(resolvers.Query ?? {}).sort()).toEqual([
      'contributors',
      'identityMerges',
      'projects',
    ]);
  });
});
