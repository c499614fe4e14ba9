import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components/query-status';
import { RelativeTime } from '../../components/relative-time';
import { graphql } from '../../generated';
import type { ModuleDivergenceQuery } from '../../generated/graphql';
import { useQuery } from '../../graphql/use-query';
import { itemHref } from '../../lib/paths';
import type { ModuleRef } from './module-ref';

const ModuleDivergenceDoc = graphql(`
  query ModuleDivergence($id: ID!) {
    node(id: $id) {
      __typename
      ... on Module {
        id
        divergence {
          source {
            id
            name
            location
          }
          upstream
          branch
          computedAt
          error
          totalAhead
          totalBehind
          ahead {
            sha
            title
            author
            date
            change {
              id
            }
          }
          behind {
            sha
            title
            author
            date
          }
        }
      }
    }
  }
`);

type Divergence = Extract<
  NonNullable<ModuleDivergenceQuery['node']>,
  { __typename: 'Module' }
>['divergence'][number];
type Commit = Divergence['ahead'][number];

function commits(count: number): string {
  return `${count} ${count === 1 ? 'commit' : 'commits'}`;
}

/** How each fork source differs from its upstream, in the commits that touch this module. */
export function DivergenceView({ module }: { module: ModuleRef }) {
  const result = useQuery(ModuleDivergenceDoc, { id: module.id });
  const divergences =
    result.status === 'success' && result.data.node?.__typename === 'Module'
      ? result.data.node.divergence
      : [];
  return (
    <section aria-labelledby="divergence-title" className="view">
      <h2 id="divergence-title" className="visually-hidden">
        Divergence
      </h2>
      {result.status === 'loading' && <Loading what="Loading the divergence…" />}
      {result.status === 'error' && <ErrorMessage error={result.error} retry={result.retry} />}
      {result.status === 'success' && divergences.length === 0 && (
        <p className="empty">
          Nothing to compare: no git source of this project has an <code>upstream</code>, or none
          has been synced since it was given one.
        </p>
      )}
      {divergences.map((d) => (
        <SourceDivergence
          key={`${d.source.id}-${d.upstream}`}
          divergence={d}
          project={module.project}
        />
      ))}
    </section>
  );
}

function SourceDivergence({ divergence: d, project }: { divergence: Divergence; project: string }) {
  const headingId = `divergence-${d.source.id}`;
  return (
    <article className="divergence" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {d.source.name}
        {d.source.location && <span className="heading-note"> {d.source.location}</span>}
      </h3>
      <p className="muted">
        Compared with <code>{d.upstream}</code>, <RelativeTime value={d.computedAt} />.
      </p>
      {d.error ? (
        <div className="error">
          <p className="error-title">The divergence could not be computed</p>
          <p className="error-text">{d.error}</p>
        </div>
      ) : (
        <>
          <p className="totals">
            <strong>{commits(d.totalAhead)} ahead</strong> and{' '}
            <strong>{commits(d.totalBehind)} behind</strong> over the whole repository.
          </p>
          <CommitList
            title="Ahead"
            explanation={`only in ${d.branch}, touching the module`}
            commits={d.ahead}
            project={project}
            id={`${headingId}-ahead`}
          />
          <CommitList
            title="Behind"
            explanation={`only in ${d.upstream}, touching the module`}
            commits={d.behind}
            project={project}
            id={`${headingId}-behind`}
          />
        </>
      )}
    </article>
  );
}

function CommitList({
  title,
  explanation,
  commits: list,
  project,
  id,
}: {
  title: string;
  explanation: string;
  commits: readonly (Commit | Omit<Commit, 'change'>)[];
  project: string;
  id: string;
}) {
  return (
    <section aria-labelledby={id} className="commit-group">
      <h4 id={id}>
        {title} <span className="heading-count">{list.length}</span>
        <span className="heading-note"> {explanation}</span>
      </h4>
      {list.length === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <ul className="commit-list">
          {list.map((commit) => {
            const change = 'change' in commit ? commit.change : null;
            return (
              <li key={commit.sha}>
                <span className="commit-title">
                  {change ? (
                    <Link to={itemHref(project, change.id)}>{commit.title}</Link>
                  ) : (
                    commit.title
                  )}
                </span>
                <span className="commit-meta">
                  <code className="sha">{commit.sha.slice(0, 10)}</code>
                  <span>{commit.author}</span>
                  <RelativeTime value={commit.date} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
