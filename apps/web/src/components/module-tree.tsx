import { Link } from 'react-router';
import type { ItemKind } from '../generated/graphql';
import type { TreeNode } from '../lib/module-tree';
import { moduleHref } from '../lib/paths';
import { ItemCounts } from './item-counts';

export interface TreeModule {
  id: string;
  path: string;
  name: string;
  description?: string | null;
  itemCounts: readonly { kind: ItemKind; count: number }[];
}

/** Modules as nested lists, each linking to its page with what it holds. */
export function ModuleTree({
  project,
  nodes,
}: {
  project: string;
  nodes: readonly TreeNode<TreeModule>[];
}) {
  return (
    <ul className="module-tree">
      {nodes.map(({ module, children }) => (
        <li key={module.id}>
          <div className="module-entry">
            <Link to={moduleHref(project, module.path)} className="module-link">
              {module.name}
            </Link>
            <span className="module-path">{module.path}</span>
            <ItemCounts counts={module.itemCounts} />
          </div>
          {module.description && <p className="module-description">{module.description}</p>}
          {children.length > 0 && <ModuleTree project={project} nodes={children} />}
        </li>
      ))}
    </ul>
  );
}
