import { useRef } from 'react';
import { graphql } from '../generated';
import type { ItemFieldsFragment, ItemKind, ModuleItemsQuery } from '../generated/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { countKind, kindAnchor, kindTitle } from '../lib/kinds';
import { useFocusNewItems } from '../lib/use-focus-new-items';
import { ItemRow } from './item-row';
import { ErrorMessage, Loading } from './query-status';
import { ShowMore } from './show-more';

export const PAGE_SIZE = 20;

const ModuleItemsDoc = graphql(`
  query ModuleItems($id: ID!, $kind: ItemKind!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Module {
        items(kinds: [$kind], first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ...ItemFields
          }
        }
      }
    }
  }
`);

function selectItems(data: ModuleItemsQuery) {
  return data.node?.__typename === 'Module' ? data.node.items : null;
}

/** One kind's items in a module, newest first, a page at a time. */
export function KindSection({
  project,
  moduleId,
  kind,
  count,
}: {
  project: string;
  moduleId: string;
  kind: ItemKind;
  count: number;
}) {
  const { first, nodes, hasMore, loadingMore, moreError, loadMore } = usePagedQuery({
    document: ModuleItemsDoc,
    variables: { id: moduleId, kind, first: PAGE_SIZE },
    select: selectItems,
  });
  const headingId = `${kindAnchor(kind)}-title`;
  const list = useRef<HTMLOListElement>(null);
  useFocusNewItems(list, nodes.length);

  return (
    <section className="kind-section" id={kindAnchor(kind)} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {kindTitle(kind)} <span className="heading-count">{count}</span>
      </h2>
      {first.status === 'loading' && <Loading what={`Loading ${countKind(kind, count)}…`} />}
      {first.status === 'error' && <ErrorMessage error={first.error} retry={first.retry} />}
      {first.status === 'success' && (
        <>
          <ol className="item-list" ref={list}>
            {nodes.map((item: ItemFieldsFragment) => (
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
        </>
      )}
    </section>
  );
}
