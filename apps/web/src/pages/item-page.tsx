import { Link, Navigate, useParams } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { ChangeLinks } from '../components/change-links';
import { FileTable } from '../components/file-table';
import { ItemFacts } from '../components/item-facts';
import type { PageItem } from '../components/item-page-types';
import { Loading, PageError } from '../components/query-status';
import { PriorityBadge, StatusBadge } from '../components/status-badge';
import { graphql } from '../generated';
import type { ItemKind } from '../generated/graphql';
import { useQuery } from '../graphql/use-query';
import { describeReason } from '../lib/changes';
import { itemLabel } from '../lib/kinds';
import { itemHref, linkHost, moduleHref, projectHref } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

const ItemPageDoc = graphql(`
  query ItemPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Item {
        ...ItemFields
        updatedAt
        project {
          id
          slug
          name
        }
        files {
          path
          change
          oldPath
          additions
          deletions
        }
        modules {
          module {
            id
            path
            name
          }
          reasons
        }
        change {
          sha
          shortSha
          parents
          revision
          committer
          isPullRequest
          number
          references {
            text
            number
            closes
            tracker
            item {
              id
              title
              status
            }
          }
          pullRequests {
            id
            title
            status
          }
          commits {
            id
            title
            author
            externalId
            createdAt
          }
        }
      }
    }
  }
`);

const BODY_TITLES: Partial<Record<ItemKind, string>> = { CHANGE: 'Message', DOC: 'Content' };

/**
 * One item on its own page. A change shows its commit, full message, files, the issues it
 * refers to and the pull requests holding it; a pull request its commits; every kind its modules.
 */
export function ItemPage() {
  const params = useParams();
  const slug = params.project ?? '';
  const id = params.itemId ?? '';
  const result = useQuery(ItemPageDoc, { id });
  const node = result.status === 'success' ? result.data.node : undefined;
  const item = node?.__typename === 'Item' ? node : undefined;
  usePageTitle(
    ...(item ? [item.title, item.project.name] : [result.status === 'error' ? 'Error' : null]),
  );

  if (result.status === 'loading') {
    return <Loading what="Loading…" />;
  }
  if (result.status === 'error') {
    return <PageError error={result.error} retry={result.retry} />;
  }
  if (!item) {
    return (
      <NotFoundPage
        title="Item not found"
        message="Nothing here has this id. It may have been removed by its source."
        back={{ href: projectHref(slug), label: 'See the project' }}
      />
    );
  }
  if (item.project.slug !== slug) {
    return <Navigate to={itemHref(item.project.slug, item.id)} replace />;
  }
  return <ItemDetails item={item} />;
}

function ItemDetails({ item }: { item: PageItem }) {
  const project = item.project;
  const change = item.change;
  const isCommit = Boolean(change?.sha);
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
        ]}
        current={itemLabel(item)}
      />
      <header className="page-header">
        <h1>{item.title}</h1>
        <div className="item-meta">
          <StatusBadge status={item.status} />
          {item.priority && <PriorityBadge priority={item.priority} />}
          {item.milestone && <span className="chip">Milestone {item.milestone.title}</span>}
          {item.area && <span className="chip">{item.area}</span>}
          {item.labels.map((label) => (
            <span key={label} className="chip chip-label">
              {label}
            </span>
          ))}
          {item.url && (
            <a href={item.url} className="external">
              Open on {linkHost(item.url)}
            </a>
          )}
        </div>
      </header>
      <ItemFacts item={item} />
      {item.body && (
        <section aria-labelledby="body-title">
          <h2 id="body-title">{BODY_TITLES[item.kind] ?? 'Description'}</h2>
          {item.bodyFormat === 'html' ? (
            <div
              className="body-html"
              // The server sanitizes HTML bodies when it stores them.
              dangerouslySetInnerHTML={{ __html: item.body }}
            />
          ) : (
            // Commit messages and documentation files are laid out for a fixed-width font.
            <div className={isCommit || item.kind === 'DOC' ? 'body-text monospace' : 'body-text'}>
              {item.body}
            </div>
          )}
        </section>
      )}
      {(isCommit || item.files.length > 0) && (
        <section aria-labelledby="files-title">
          <h2 id="files-title">
            Files <span className="heading-count">{item.files.length}</span>
          </h2>
          {item.files.length === 0 ? (
            <p className="empty">No files are recorded for this change.</p>
          ) : (
            <FileTable files={item.files} captionId="files-title" />
          )}
        </section>
      )}
      {change && <ChangeLinks change={change} project={project.slug} isCommit={isCommit} />}
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">Modules</h2>
        {item.modules.length === 0 ? (
          <p className="empty">No module holds it.</p>
        ) : (
          <ul className="link-list">
            {item.modules.map(({ module, reasons }) => (
              <li key={module.id}>
                <Link to={moduleHref(project.slug, module.path)} className="module-link">
                  {module.name}
                </Link>{' '}
                <span className="module-path">{module.path}</span>{' '}
                <span className="reasons">
                  <span className="visually-hidden">because of: </span>
                  {reasons.map((reason) => {
                    const { label, title } = describeReason(reason);
                    return (
                      <span key={reason} className="chip" title={title}>
                        {label}
                      </span>
                    );
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
