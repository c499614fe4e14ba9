import { Link } from 'react-router';
import { ItemCounts } from '../../components/item-counts';
import { KindSection } from '../../components/kind-section';
import type { ItemKind } from '../../generated/graphql';
import { countKind, kindAnchor, sortCounts } from '../../lib/kinds';
import { moduleHref } from '../../lib/paths';

interface Counts {
  kind: ItemKind;
  count: number;
}

/** The module's submodules, then its items section by section, the tracker's work first. */
export function ItemsView({
  project,
  moduleId,
  itemCounts,
  submodules,
}: {
  project: string;
  moduleId: string;
  itemCounts: readonly Counts[];
  submodules: {
    totalCount: number;
    nodes: readonly { id: string; path: string; name: string; itemCounts: readonly Counts[] }[];
  };
}) {
  const kinds = sortCounts(itemCounts);
  return (
    <>
      {kinds.length > 1 && (
        <nav aria-label="Kinds of items" className="kind-nav">
          <ul>
            {kinds.map((c) => (
              <li key={c.kind}>
                <a href={`#${kindAnchor(c.kind)}`}>{countKind(c.kind, c.count)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {submodules.nodes.length > 0 && (
        <section aria-labelledby="children-title" className="children">
          <h2 id="children-title">
            Submodules <span className="heading-count">{submodules.totalCount}</span>
          </h2>
          <ul className="child-list">
            {submodules.nodes.map((child) => (
              <li key={child.id}>
                <Link to={moduleHref(project, child.path)} className="module-link">
                  {child.name}
                </Link>
                <ItemCounts counts={child.itemCounts} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {kinds.length === 0 ? (
        <p className="empty">Nothing has been routed to this module yet.</p>
      ) : (
        kinds.map((c) => (
          <KindSection
            key={`${moduleId}-${c.kind}`}
            project={project}
            moduleId={moduleId}
            kind={c.kind}
            count={c.count}
          />
        ))
      )}
    </>
  );
}
