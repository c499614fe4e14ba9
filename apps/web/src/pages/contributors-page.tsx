import { Link, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../auth/viewer';
import { Breadcrumb } from '../components/breadcrumb';
import { ContributorsPanel } from '../components/contributors-panel';
import { Loading, PageError } from '../components/query-status';
import { graphql } from '../generated';
import { useQuery } from '../graphql/use-query';
import { readCreditFilters, writeCreditFilters } from '../lib/credit-filters';
import { contributorsHref, mergesHref, projectHref } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

const ContributorsPageDoc = graphql(`
  query ContributorsPage($slug: String!) {
    project(slug: $slug) {
      id
      slug
      name
    }
  }
`);

/** Everyone the project's history credits, ranked by score, filtered by role and dates. */
export function ContributorsPage() {
  const slug = useParams().project ?? '';
  const [search] = useSearchParams();
  const filters = readCreditFilters(search);
  const { viewer } = useViewer();
  const result = useQuery(ContributorsPageDoc, { slug });
  const project = result.status === 'success' ? result.data.project : undefined;
  usePageTitle(
    ...(project ? ['Contributors', project.name] : [result.status === 'error' ? 'Error' : null]),
  );

  if (result.status === 'loading') {
    return <Loading what="Loading the contributors…" />;
  }
  if (result.status === 'error') {
    return <PageError error={result.error} retry={result.retry} />;
  }
  if (!project) {
    return <NotFoundPage title="Project not found" message={`No project is called “${slug}”.`} />;
  }
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
        ]}
        current="Contributors"
      />
      <header className="page-header">
        <h1>Contributors</h1>
        <p className="lead">
          Everyone the history of {project.name} credits: patches, reviews, reports and more, read
          from its commit messages. The score weighs each role.
        </p>
        {viewer?.isAdmin && (
          <p>
            <Link to={mergesHref(project.slug)}>Review identity merges</Link>
          </p>
        )}
      </header>
      <ContributorsPanel
        project={project.slug}
        filters={filters}
        href={(next) => {
          const query = new URLSearchParams();
          writeCreditFilters(query, next);
          const text = query.toString();
          return contributorsHref(project.slug, text ? `?${text}` : '');
        }}
        headingLevel={2}
      />
    </>
  );
}
