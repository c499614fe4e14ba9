import { useRef } from 'react';
import { graphql } from '../generated';
import type { ItemKind, KindPageFragment } from '../generated/graphql';
import { useMorePages } from '../graphql/use-more-pages';
import { kindAnchor, kindTitle } from '../lib/kinds';
import { useFocusNewItems } from '../lib/use-focus-new-items';
import { ItemRow } from './item-row';
import { ShowMore } from './show-more';

export const PAGE_SIZE = 20;

export const KindPage = graphql(`
  fragment KindPage on ItemConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ItemFields
    }
  }
`);

const ModuleItemsDoc = graphql(`
  query ModuleItems(
    $project: String!
    $path: String!
    $kind: ItemKind!
    $first: Int!
    $after: String
  ) {
    project(slug: $project) {
      id
      module(path: $path) {
        id
        items(kinds: [$kind], first: $first, after: $after) {
          ...KindPage
        }
      }
    }
  }
`);

/**
 * One kind's items in a module, newest first: the first page comes with the module page's
 * own query, the next ones on demand.
 */
export function KindSection({
  project,
  modulePath,
  kind,
  count,
  page,
}: {
  project: string;
  modulePath: string;
  kind: ItemKind;
  count: number;
  /** Every page loaded so far. */
  page: KindPageFragment;
}) {
  const { hasMore, loadingMore, moreError, loadMore } = useMorePages({
    document: ModuleItemsDoc,
    variables: { project, path: modulePath, kind, first: PAGE_SIZE },
    connection: page,
  });
  const headingId = `${kindAnchor(kind)}-title`;
  const list = useRef<HTMLOListElement>(null);
  const nodes = page.nodes;
  useFocusNewItems(list, nodes.length);

  return (
    <section className="kind-section" id={kindAnchor(kind)} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {kindTitle(kind)} <span className="heading-count">{count}</span>
      </h2>
      <ol className="item-list" ref={list}>
        {nodes.map((item) => (
          <li key={item.id} tabIndex={-1}>
            <ItemRow item={item} project={project} />
          </li>
        ))}
      </ol>
      <ShowMore
        hasMore={hasMore}
        loading={loadingMore}
        error={moreError}
        loadMore={loadMore}
        label={`Show more (${nodes.length} of ${count})`}
        describedBy={headingId}
      />
    </section>
  );
}
