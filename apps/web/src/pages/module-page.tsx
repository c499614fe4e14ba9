import { Link, Navigate, useParams } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { ItemCounts } from '../components/item-counts';
import { KindSection } from '../components/kind-section';
import { ModuleRules } from '../components/module-rules';
import { Loading, PageError } from '../components/query-status';
import { graphql } from '../generated';
import { useQuery } from '../graphql/use-query';
import { ancestorTrail } from '../lib/ancestors';
import { countKind, kindAnchor, sortCounts } from '../lib/kinds';
import { moduleHref, normalizeModulePath, projectHref } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

// Four levels of parents name the breadcrumb of any tree seen so far; deeper levels fall back to
// their slugs (see ancestorTrail).
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
        parent {
          path
          name
          parent {
            path
            name
            parent {
              path
              name
              parent {
                path
                name
              }
            }
          }
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

/** A module: where it sits, why items land in it, its children and its items by kind. */
export function ModulePage() {
  const params = useParams();
  const slug = params.project ?? '';
  const path = normalizeModulePath(params['*']);
  const result = useQuery(ModulePageDoc, { project: slug, path });
  const project = result.status === 'success' ? result.data.project : undefined;
  const module = project?.module;
  const failed = result.status === 'error' ? 'Error' : null;
  usePageTitle(...(project && module ? [module.name, project.name] : [failed]));

  if (path === '' || path !== params['*']) {
    return <Navigate to={path === '' ? projectHref(slug) : moduleHref(slug, path)} replace />;
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
  const kinds = sortCounts(module.itemCounts);
  const children = module.children;
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
          ...ancestorTrail(project.slug, module),
        ]}
        current={module.name}
      />
      <header className="page-header">
        <h1>{module.name}</h1>
        <p className="module-path">{module.path}</p>
        {module.description && <p className="lead">{module.description}</p>}
        <ModuleRules rules={module.rules} owners={module.owners} />
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
      </header>
      {children.nodes.length > 0 && (
        <section aria-labelledby="children-title" className="children">
          <h2 id="children-title">
            Submodules <span className="heading-count">{children.totalCount}</span>
          </h2>
          <ul className="child-list">
            {children.nodes.map((child) => (
              <li key={child.id}>
                <Link to={moduleHref(project.slug, child.path)} className="module-link">
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
            key={`${module.id}-${c.kind}`}
            moduleId={module.id}
            kind={c.kind}
            count={c.count}
          />
        ))
      )}
    </>
  );
}
