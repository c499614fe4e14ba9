import { useParams } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { HealthBadge } from '../components/health-badge';
import { Loading, PageError } from '../components/query-status';
import { RelativeTime } from '../components/relative-time';
import { graphql } from '../generated';
import type { SourcesPageQuery } from '../generated/graphql';
import { useQuery } from '../graphql/use-query';
import { formatInterval } from '../lib/format-date';
import { projectHref } from '../lib/paths';
import { describeNextRun, sourceKindLabel } from '../lib/sources';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

const SourcesPageDoc = graphql(`
  query SourcesPage($slug: String!) {
    project(slug: $slug) {
      id
      slug
      name
      sources {
        id
        name
        kind
        location
        health
        lastRunAt
        lastSuccessAt
        lastError
        lastErrorAt
        nextRunAt
        failures
        intervalSeconds
        itemCount
      }
    }
  }
`);

type Source = NonNullable<SourcesPageQuery['project']>['sources'][number];

/** Where a project's items come from, and how syncing each of them goes. */
export function SourcesPage() {
  const slug = useParams().project ?? '';
  const result = useQuery(SourcesPageDoc, { slug });
  const project = result.status === 'success' ? result.data.project : undefined;
  usePageTitle(
    ...(project ? ['Sources', project.name] : [result.status === 'error' ? 'Error' : null]),
  );

  if (result.status === 'loading') {
    return <Loading what="Loading the sources…" />;
  }
  if (result.status === 'error') {
    return <PageError error={result.error} retry={result.retry} />;
  }
  if (!project) {
    return <NotFoundPage title="Project not found" message={`No project is called “${slug}”.`} />;
  }
  const failing = project.sources.filter((s) => s.health === 'FAILING');
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
        ]}
        current="Sources"
      />
      <header className="page-header">
        <h1>Sources</h1>
        <p className="lead">
          Where the items of {project.name} come from, and how syncing each of them goes.
        </p>
      </header>
      {failing.length > 0 && (
        <section aria-labelledby="failing-title" className="error failing-sources">
          <h2 id="failing-title" className="error-title">
            {failing.length === 1 ? '1 source is failing' : `${failing.length} sources are failing`}
          </h2>
          <ul className="failing-list">
            {failing.map((source) => (
              <li key={source.id}>
                <strong>{source.name}</strong>
                {source.failures > 1 && (
                  <span className="muted"> ({source.failures} failures in a row)</span>
                )}
                : <span className="error-text">{source.lastError}</span>
                {source.lastErrorAt && (
                  <span className="muted">
                    {' '}
                    Failed <RelativeTime value={source.lastErrorAt} />.
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {project.sources.length === 0 ? (
        <p className="empty">This project has no sources.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table sources-table stack">
            <caption className="visually-hidden">Sources of {project.name}</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Health</th>
                <th scope="col">Last success</th>
                <th scope="col">Next run</th>
                <th scope="col" className="numeric">
                  Items
                </th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {project.sources.map((source) => (
                <SourceRow key={source.id} source={source} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function NextRun({ source }: { source: Source }) {
  // Items of the project's own tracker are made here: there is nothing to sync.
  if (source.health === 'NATIVE') {
    return <span className="muted">not synced</span>;
  }
  const next = describeNextRun(source.nextRunAt, new Date());
  if (!next) {
    return <span className="muted">not scheduled</span>;
  }
  return (
    <>
      {next.due ? 'due now' : <RelativeTime value={next.date.toISOString()} />}
      <span className="interval">{formatInterval(source.intervalSeconds)}</span>
    </>
  );
}

function SourceRow({ source }: { source: Source }) {
  return (
    <tr className={source.health === 'FAILING' ? 'row-failing' : undefined}>
      <th scope="row">
        <span className="source-name">{source.name}</span>
        <span className="source-about">
          {sourceKindLabel(source.kind)}
          {source.location && (
            <>
              {' · '}
              <span className="source-location">{source.location}</span>
            </>
          )}
        </span>
      </th>
      <td data-label="Health">
        <HealthBadge health={source.health} />
      </td>
      <td data-label="Last success">
        {source.lastSuccessAt ? (
          <RelativeTime value={source.lastSuccessAt} />
        ) : (
          <span className="muted">{source.health === 'NATIVE' ? '—' : 'never'}</span>
        )}
      </td>
      <td data-label="Next run">
        <NextRun source={source} />
      </td>
      <td className="numeric" data-label="Items">
        {source.itemCount}
      </td>
      <td className="last-error" data-label="Last error">
        {source.lastError ? (
          <span className={source.health === 'FAILING' ? 'error-text' : 'muted'}>
            {source.lastError}
          </span>
        ) : (
          <span className="muted">none</span>
        )}
      </td>
    </tr>
  );
}
