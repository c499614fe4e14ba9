import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/query-status';
import { graphql } from '../generated';
import { useQuery } from '../graphql/use-query';
import { projectHref } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';

const ProjectsDoc = graphql(`
  query Projects {
    projects(first: 100) {
      totalCount
      nodes {
        id
        slug
        name
        description
        moduleCount
      }
    }
  }
`);

/** Every project followed here, as the way in. */
export function HomePage() {
  usePageTitle('Projects');
  const result = useQuery(ProjectsDoc, {});
  return (
    <>
      <h1>Projects</h1>
      {result.status === 'loading' && <Loading what="Loading projects…" />}
      {result.status === 'error' && <ErrorMessage error={result.error} retry={result.retry} />}
      {result.status === 'success' &&
        (result.data.projects.nodes.length === 0 ? (
          <p className="empty">
            No projects yet. Import a projects file with <code>moduleboard import</code>.
          </p>
        ) : (
          <>
            <ul className="card-list">
              {result.data.projects.nodes.map((project) => (
                <li key={project.id} className="card">
                  <h2 className="card-title">
                    <Link to={projectHref(project.slug)}>{project.name}</Link>
                  </h2>
                  {project.description && <p>{project.description}</p>}
                  <p className="muted">
                    {project.moduleCount === 1 ? '1 module' : `${project.moduleCount} modules`}
                  </p>
                </li>
              ))}
            </ul>
            {result.data.projects.totalCount > result.data.projects.nodes.length && (
              <p className="muted">
                Showing the first {result.data.projects.nodes.length} of{' '}
                {result.data.projects.totalCount} projects.
              </p>
            )}
          </>
        ))}
    </>
  );
}
