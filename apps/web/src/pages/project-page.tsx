import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { ModuleTree } from '../components/module-tree';
import { ErrorMessage, Loading, PageError } from '../components/query-status';
import { graphql } from '../generated';
import type { ProjectPageQuery } from '../generated/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { buildModuleTree } from '../lib/module-tree';
import { contributorsHref, sourcesHref } from '../lib/paths';
import { summarizeHealth } from '../lib/sources';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

const ProjectPageDoc = graphql(`
  query ProjectPage($slug: String!, $first: Int!, $after: String) {
    project(slug: $slug) {
      id
      slug
      name
      description
      homepage
      sources {
        id
        health
      }
      modules(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          path
          name
          description
          parent {
            id
          }
          itemCounts {
            kind
            count
          }
        }
      }
    }
  }
`);

function selectModules(data: ProjectPageQuery) {
  return data.project?.modules;
}

/** A project and its module tree. */
export function ProjectPage() {
  const slug = useParams().project ?? '';
  const { first, nodes, hasMore, loadingMore, moreError, loadMore } = usePagedQuery({
    document: ProjectPageDoc,
    variables: { slug, first: 100 },
    select: selectModules,
  });
  const project = first.status === 'success' ? first.data.project : undefined;
  usePageTitle(project?.name ?? (first.status === 'error' ? 'Error' : null));

  if (first.status === 'loading') {
    return <Loading what="Loading the project…" />;
  }
  if (first.status === 'error') {
    return <PageError error={first.error} retry={first.retry} />;
  }
  if (!project) {
    return <NotFoundPage title="Project not found" message={`No project is called “${slug}”.`} />;
  }
  const failing = project.sources.some((s) => s.health === 'FAILING');
  return (
    <>
      <Breadcrumb trail={[{ label: 'Projects', href: '/' }]} current={project.name} />
      <header className="page-header">
        <h1>{project.name}</h1>
        {project.description && <p className="lead">{project.description}</p>}
        {project.homepage && (
          <p>
            <a href={project.homepage}>{project.homepage.replace(/^https?:\/\//, '')}</a>
          </p>
        )}
        <ul className="project-links">
          <li>
            <Link to={contributorsHref(project.slug)}>Contributors</Link>
          </li>
          <li className={failing ? 'sources-summary failing' : 'sources-summary'}>
            <Link to={sourcesHref(project.slug)}>Sources</Link>: {summarizeHealth(project.sources)}
          </li>
        </ul>
      </header>
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">
          Modules <span className="heading-count">{project.modules.totalCount}</span>
        </h2>
        {nodes.length === 0 ? (
          <p className="empty">This project has no modules yet.</p>
        ) : (
          <div className="panel">
            <ModuleTree project={project.slug} nodes={buildModuleTree(nodes)} />
          </div>
        )}
        {moreError && <ErrorMessage error={moreError} retry={loadMore} />}
        {hasMore && !moreError && (
          <button
            type="button"
            className="button show-more"
            onClick={loadMore}
            aria-busy={loadingMore}
          >
            {loadingMore
              ? 'Loading…'
              : `Show more modules (${nodes.length} of ${project.modules.totalCount})`}
          </button>
        )}
      </section>
    </>
  );
}
