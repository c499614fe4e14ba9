import { Link } from 'react-router';
import { ItemCounts } from '../../components/item-counts';
import { KindSection } from '../../components/kind-section';
import type { ItemKind, KindPageFragment } from '../../generated/graphql';
import { countKind, kindAnchor, sortCounts } from '../../lib/kinds';
import { moduleHref } from '../../lib/paths';

interface Counts {
  kind: ItemKind;
  count: number;
}

/**
 * What the items view shows before any scrolling, which the module page asks for with the
 * module itself, in one request: the counts, the submodules and the first page of each kind
 * (aliased by kind, so each section finds its own).
 */
export type FirstScreen = Record<ItemKind, KindPageFragment> & {
  id: string;
  path: string;
  itemCounts: readonly Counts[];
  children: {
    totalCount: number;
    nodes: readonly { id: string; path: string; name: string; itemCounts: readonly Counts[] }[];
  };
};

/** The module's submodules, then its items section by section, the tracker's work first. */
export function ItemsView({ project, module }: { project: string; module: FirstScreen }) {
  const kinds = sortCounts(module.itemCounts);
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
      <Submodules project={project} submodules={module.children} />
      {kinds.length === 0 ? (
        <p className="empty">Nothing has been routed to this module yet.</p>
      ) : (
        kinds.map((c) => (
          <KindSection
            key={`${module.id}-${c.kind}`}
            project={project}
            modulePath={module.path}
            kind={c.kind}
            count={c.count}
            page={module[c.kind]}
          />
        ))
      )}
    </>
  );
}

function Submodules({
  project,
  submodules,
}: {
  project: string;
  submodules: FirstScreen['children'];
}) {
  if (submodules.nodes.length === 0) {
    return null;
  }
  return (
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
  );
}
