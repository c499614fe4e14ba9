import { Navigate, useParams, useSearchParams } from 'react-router';
import { PAGE_SIZE } from '../components/kind-section';
import { ModuleHeader } from '../components/module-header';
import { ModuleViewNav } from '../components/module-view-nav';
import { Loading, PageError } from '../components/query-status';
import { graphql } from '../generated';
import type { ModulePageQuery } from '../generated/graphql';
import { useQuery } from '../graphql/use-query';
import { MODULE_VIEWS, type ModuleViewState, readModuleView } from '../lib/module-views';
import { moduleHref, normalizeModulePath, projectHref } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';
import { AuthorsView } from './module-views/authors-view';
import { ContributorsView } from './module-views/contributors-view';
import { DivergenceView } from './module-views/divergence-view';
import { type FirstScreen, ItemsView } from './module-views/items-view';
import { LogView } from './module-views/log-view';
import { TreeView } from './module-views/tree-view';
import { NotFoundPage } from './not-found-page';

// One request for everything the first screen shows: with the items view (`withItems`), its
// counts, submodules and the first page of every kind come along, so the page is drawn once, at
// its full height. The fields are written out rather than spread from a fragment: the armor
// prices each level of fragment as a level of depth.
const ModulePageDoc = graphql(`
  query ModulePage($project: String!, $path: String!, $withItems: Boolean!, $first: Int!) {
    project(slug: $project) {
      id
      slug
      name
      module(path: $path) {
        ...ModuleHeaderFields
        itemCounts @include(if: $withItems) {
          kind
          count
        }
        children(first: 100) @include(if: $withItems) {
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
        BUG: items(kinds: [BUG], first: $first) @include(if: $withItems) {
          ...KindPage
        }
        CHANGE: items(kinds: [CHANGE], first: $first) @include(if: $withItems) {
          ...KindPage
        }
        USE_CASE: items(kinds: [USE_CASE], first: $first) @include(if: $withItems) {
          ...KindPage
        }
        DISCUSSION: items(kinds: [DISCUSSION], first: $first) @include(if: $withItems) {
          ...KindPage
        }
        DRAFT: items(kinds: [DRAFT], first: $first) @include(if: $withItems) {
          ...KindPage
        }
        DOC: items(kinds: [DOC], first: $first) @include(if: $withItems) {
          ...KindPage
        }
      }
    }
  }
`);

type Project = NonNullable<ModulePageQuery['project']>;
type Module = NonNullable<Project['module']>;

/**
 * A module: where it sits and why items land in it, then one of its views (its items by kind,
 * or its repository's log, authors, tree and divergence), chosen by `?view=`.
 */
export function ModulePage() {
  const params = useParams();
  const [search] = useSearchParams();
  const state = readModuleView(search);
  const slug = params.project ?? '';
  const path = normalizeModulePath(params['*']);
  const result = useQuery(ModulePageDoc, {
    project: slug,
    path,
    withItems: state.view === 'items',
    first: PAGE_SIZE,
  });
  const project = result.status === 'success' ? result.data.project : undefined;
  useModuleTitle(result.status === 'error', project, state);

  if (path === '' || path !== params['*']) {
    const query = search.toString();
    const to =
      path === '' ? projectHref(slug) : `${moduleHref(slug, path)}${query ? `?${query}` : ''}`;
    return <Navigate to={to} replace />;
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
  if (!project.module) {
    return (
      <NotFoundPage
        title="Module not found"
        message={`${project.name} has no module at “${path}”.`}
        back={{ href: projectHref(project.slug), label: `See the modules of ${project.name}` }}
      />
    );
  }
  return (
    <>
      <ModuleHeader project={project} module={project.module} />
      <ModuleViewNav project={project.slug} modulePath={project.module.path} current={state.view} />
      <ModuleViewBody project={project.slug} module={project.module} state={state} />
    </>
  );
}

/** "Log · Parser · CPython": the view, unless it is the items, then the module and project. */
function useModuleTitle(
  failed: boolean,
  project: Project | null | undefined,
  state: ModuleViewState,
) {
  const module = project?.module;
  const viewLabel = MODULE_VIEWS.find((v) => v.view === state.view)?.label ?? 'Items';
  usePageTitle(
    ...(project && module
      ? [...(state.view === 'items' ? [] : [viewLabel]), module.name, project.name]
      : [failed ? 'Error' : null]),
  );
}

function hasFirstScreen(module: Module): module is Module & FirstScreen {
  return Boolean(
    module.itemCounts &&
      module.children &&
      module.BUG &&
      module.CHANGE &&
      module.USE_CASE &&
      module.DISCUSSION &&
      module.DRAFT &&
      module.DOC,
  );
}

/** The view the address asks for. */
function ModuleViewBody({
  project,
  module,
  state,
}: {
  project: string;
  module: Module;
  state: ModuleViewState;
}) {
  const at = { project, id: module.id, path: module.path };
  switch (state.view) {
    case 'items':
      // The first screen comes with the module whenever the items view is asked for.
      return hasFirstScreen(module) ? <ItemsView project={project} module={module} /> : null;
    case 'log':
      return (
        <LogView
          module={at}
          path={state.path}
          author={state.author}
          exactAuthor={state.exactAuthor}
        />
      );
    case 'authors':
      return <AuthorsView module={at} />;
    case 'contributors':
      return <ContributorsView module={at} filters={state.credits} />;
    case 'tree':
      return <TreeView module={at} path={state.path} />;
    case 'divergence':
      return <DivergenceView module={at} />;
  }
}
