import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ItemRow } from '../../components/item-row';
import { ErrorMessage } from '../../components/query-status';
import { ShowMore } from '../../components/show-more';
import { graphql } from '../../generated';
import type { ModuleLogQuery } from '../../generated/graphql';
import { usePagedQuery } from '../../graphql/use-paged-query';
import { describeLog } from '../../lib/log-status';
import { moduleViewHref } from '../../lib/module-views';
import { useFocusNewItems } from '../../lib/use-focus-new-items';
import { useFocusWhenLost } from '../../lib/use-focus-when-lost';
import type { ModuleRef } from './module-ref';

const PAGE_SIZE = 25;

const ModuleLogDoc = graphql(`
  query ModuleLog(
    $id: ID!
    $path: String
    $author: String
    $exactAuthor: Boolean
    $first: Int!
    $after: String
  ) {
    node(id: $id) {
      __typename
      ... on Module {
        id
        changes(
          path: $path
          author: $author
          exactAuthor: $exactAuthor
          first: $first
          after: $after
        ) {
          totalCount
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

function selectChanges(data: ModuleLogQuery) {
  return data.node?.__typename === 'Module' ? data.node.changes : null;
}

/**
 * The module's log: its changes newest first, a page at a time, optionally only those touching
 * a path or by an author. The filters live in the address, so a filtered log can be shared.
 */
export function LogView({
  module,
  path,
  author,
  exactAuthor,
}: {
  module: ModuleRef;
  path: string;
  author: string;
  /** Whether `author` is a whole name (followed from a name) rather than typed. */
  exactAuthor: boolean;
}) {
  const { first, nodes, hasMore, loadingMore, moreError, loadMore } = usePagedQuery({
    document: ModuleLogDoc,
    variables: {
      id: module.id,
      path: path || null,
      author: author || null,
      exactAuthor: exactAuthor || null,
      first: PAGE_SIZE,
    },
    select: selectChanges,
  });
  const list = useRef<HTMLOListElement>(null);
  useFocusNewItems(list, nodes.length);
  const statusLine = useRef<HTMLParagraphElement>(null);
  useFocusWhenLost(statusLine, `${path}\n${author}\n${exactAuthor}`, first.status !== 'loading');
  const href = (filter: { path?: string; author?: string; exactAuthor?: boolean }) =>
    moduleViewHref(module.project, module.path, { view: 'log', ...filter });
  const total = (first.status === 'success' && selectChanges(first.data)?.totalCount) || 0;
  const status = describeLog({ shown: nodes.length, total, path, author });

  return (
    <section aria-labelledby="log-title" className="view">
      <h2 id="log-title" className="visually-hidden">
        Log
      </h2>
      <LogFilters path={path} author={author} href={href} />
      {/* One live line for loading and results, there before they change so it is announced. */}
      <p
        className={nodes.length === 0 ? 'empty' : 'muted'}
        role="status"
        ref={statusLine}
        tabIndex={-1}
      >
        {first.status === 'loading' && 'Loading the log…'}
        {first.status === 'success' && status}
      </p>
      {first.status === 'error' && <ErrorMessage error={first.error} retry={first.retry} />}
      {nodes.length > 0 && (
        <>
          <ol className="item-list" ref={list}>
            {nodes.map((item) => (
              <li key={item.id} tabIndex={-1}>
                <ItemRow
                  item={item}
                  project={module.project}
                  authorHref={(name) => href({ path, author: name, exactAuthor: true })}
                />
              </li>
            ))}
          </ol>
          <ShowMore
            hasMore={hasMore}
            loading={loadingMore}
            error={moreError}
            loadMore={loadMore}
            label={`Show more (${nodes.length} of ${total})`}
            describedBy="log-title"
          />
        </>
      )}
    </section>
  );
}

/** The path and author filters: typed here, applied by moving to the filtered log's address. */
function LogFilters({
  path,
  author,
  href,
}: {
  path: string;
  author: string;
  href: (filter: { path?: string; author?: string }) => string;
}) {
  const navigate = useNavigate();
  const id = useId();
  // What is typed, reset whenever the address changes under it (an author's link, Back).
  const applied = `${path}\n${author}`;
  const [draft, setDraft] = useState({ path, author, applied });
  if (draft.applied !== applied) {
    setDraft({ path, author, applied });
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(href({ path: draft.path, author: draft.author }));
  };
  return (
    <search aria-label="Filter the log">
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-path`}>Path</label>
          <input
            id={`${id}-path`}
            name="path"
            value={draft.path}
            onChange={(event) => setDraft({ ...draft, path: event.target.value })}
            placeholder="a folder or a file"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>Author</label>
          <input
            id={`${id}-author`}
            name="author"
            value={draft.author}
            onChange={(event) => setDraft({ ...draft, author: event.target.value })}
            placeholder="part of a name or an e-mail"
            autoComplete="off"
          />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Filter
          </button>
          {(path || author) && <Link to={href({})}>Clear filters</Link>}
        </div>
      </form>
    </search>
  );
}
