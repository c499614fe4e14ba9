import { describe, expect, it } from 'vitest';
import { buildModuleTree } from './module-tree';

const mod = (id: string, parent?: string) => ({ id, parent: parent ? { id: parent } : null });

describe('buildModuleTree', () => {
  it('nests children under their parents, keeping the order of the list', () => {
    const tree = buildModuleTree([
      mod('lib'),
      mod('asyncio', 'lib'),
      mod('docs'),
      mod('email', 'lib'),
    ]);
    expect(tree.map((n) => [n.module.id, n.children.map((c) => c.module.id)])).toEqual([
      ['lib', ['asyncio', 'email']],
      ['docs', []],
    ]);
  });

  it('keeps a module whose parent is not loaded yet as a root', () => {
    expect(buildModuleTree([mod('asyncio', 'lib')]).map((n) => n.module.id)).toEqual(['asyncio']);
  });
});
