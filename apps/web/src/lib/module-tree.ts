/** What the tree needs of a module: its id and its parent's. */
export interface TreeInput {
  id: string;
  parent: { id: string } | null;
}

export interface TreeNode<T> {
  module: T;
  children: TreeNode<T>[];
}

/**
 * Nests a flat list of modules under their parents, keeping the list's order among siblings.
 * A module whose parent is not in the list (a later page not loaded yet) becomes a root.
 */
export function buildModuleTree<T extends TreeInput>(modules: readonly T[]): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>();
  for (const module of modules) {
    byId.set(module.id, { module, children: [] });
  }
  const roots: TreeNode<T>[] = [];
  for (const module of modules) {
    const node = byId.get(module.id);
    const parent = module.parent ? byId.get(module.parent.id) : undefined;
    if (!node) {
      continue;
    }
    if (parent) {
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}
