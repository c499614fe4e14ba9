import { Navigate, useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { ModuleRules } from '../components/module-rules';
import { ModuleViewNav } from '../components/module-view-nav';
import { Loading, PageError } from '../components/query-status';
import { graphql } from '../generated';
import { useQuery } from '../graphql/use-query';
import { ancestorTrail } from '../lib/ancestors';
import { MODULE_VIEWS, readModuleView } from '../lib/module-views';
import { moduleHref, normalizeModulePath, projectHref } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';
import { AuthorsView } from './module-views/authors-view';
import { ContributorsView } from './module-views/contributors-view';
import { DivergenceView } from './module-views/divergence-view';
import { ItemsView } from './module-views/items-view';
import { LogView } from './module-views/log-view';
import { TreeView } from './module-views/tree-view';
import { NotFoundPage } from './not-found-page';

const ModulePageDoc = graphql(`
  query ModulePage($project: String!, $path: String!) {
    project(slug: $project) {
      id
      slug
      name
      module(path: $path) {
        id
        path
        name
        description
        owners
        rules {
          paths
          docs
          labels
          keywords
        }
        ancestors {
          path
          name
        }
        itemCounts {
          kind
          count
        }
        children(first: 100) {
          totalCount
          nodes {
            id
            path
            name
            itemCounts {
              kind
              count
            }
          }
        }
      }
    }
  }
`);

/**
 * A module: where it sits and why items land in it, then one of its views (its items by kind,
 * or its repository's log, authors, tree and divergence), chosen by `?view=`.
 */
export function ModulePage() {
  const params = useParams();
  const [search] = useSearchParams();
  const state = readModuleView(search);
  const query = search.toString();
  const slug = params.project ?? '';
  const path = normalizeModulePath(params['*']);
  const result = useQuery(ModulePageDoc, { project: slug, path });
  const project = result.status === 'success' ? result.data.project : undefined;
  const module = project?.module;
  const failed = result.status === 'error' ? 'Error' : null;
  const viewLabel = MODULE_VIEWS.find((v) => v.view === state.view)?.label ?? 'Items';
  usePageTitle(
    ...(project && module
      ? [...(state.view === 'items' ? [] : [viewLabel]), module.name, project.name]
      : [failed]),
  );

  if (path === '' || path !== params['*']) {
    return (
      <Navigate
        to={
          path === '' ? projectHref(slug) : `${moduleHref(slug, path)}${query ? `?${query}` : ''}`
        }
        replace
      />
    );
  }
  if (result.status === 'loading') {
    return <Loading what="Loading the module…" />;
  }
  if (result.status === 'error') {
    return <PageError error={result.error} retry={result.retry} />;
  }
  if (!project) {
    return <NotFoundPage title="Project not found" message={`No project is called “${slug}”.`} />;
  }
  if (!module) {
    return (
      <NotFoundPage
        title="Module not found"
        message={`${project.name} has no module at “${path}”.`}
        back={{ href: projectHref(project.slug), label: `See the modules of ${project.name}` }}
      />
    );
  }
  const at = { project: project.slug, id: module.id, path: module.path };
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
          ...ancestorTrail(project.slug, module.ancestors),
        ]}
        current={module.name}
      />
      <header className="page-header">
        <h1>{module.name}</h1>
        <p className="module-path">{module.path}</p>
        {module.description && <p className="lead">{module.description}</p>}
        <ModuleRules rules={module.rules} owners={module.owners} />
      </header>
      <ModuleViewNav project={project.slug} modulePath={module.path} current={state.view} />
      {state.view === 'items' && (
        <ItemsView
          project={project.slug}
          moduleId={module.id}
          itemCounts={module.itemCounts}
          submodules={module.children}
        />
      )}
      {state.view === 'log' && (
        <LogView
          module={at}
          path={state.path}
          author={state.author}
          exactAuthor={state.exactAuthor}
        />
      )}
      {state.view === 'authors' && <AuthorsView module={at} />}
      {state.view === 'contributors' && <ContributorsView module={at} filters={state.credits} />}
      {state.view === 'tree' && <TreeView module={at} path={state.path} />}
      {state.view === 'divergence' && <DivergenceView module={at} />}
    </>
  );
}
