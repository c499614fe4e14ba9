import { Link } from 'react-router';
import { itemHref } from '../lib/paths';
import type { PageItem } from './item-page-types';
import { RelativeTime } from './relative-time';
import { StatusBadge } from './status-badge';

/** The issues a change refers to, the pull requests holding it, a pull request's commits. */
export function ChangeLinks({
  change,
  project,
  isCommit,
}: {
  change: NonNullable<PageItem['change']>;
  project: string;
  isCommit: boolean;
}) {
  return (
    <>
      {(isCommit || change.references.length > 0) && (
        <section aria-labelledby="references-title">
          <h2 id="references-title">References</h2>
          {change.references.length === 0 ? (
            <p className="empty">The message refers to no issue.</p>
          ) : (
            <ul className="link-list">
              {change.references.map((ref) => (
                <li key={`${ref.text}-${ref.number}`}>
                  {ref.closes && <span className="badge badge-closes">Closes</span>}{' '}
                  {ref.item ? (
                    <>
                      <Link to={itemHref(project, ref.item.id)}>
                        <span className="reference-text">{ref.text}</span> {ref.item.title}
                      </Link>{' '}
                      <StatusBadge status={ref.item.status} />
                    </>
                  ) : (
                    <>
                      <span className="reference-text">{ref.text}</span>{' '}
                      <span className="muted">
                        {ref.tracker ? `on ${ref.tracker}, not followed here` : 'not followed here'}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {change.pullRequests.length > 0 && (
        <section aria-labelledby="pulls-title">
          <h2 id="pulls-title">Pull requests</h2>
          <ul className="link-list">
            {change.pullRequests.map((pull) => (
              <li key={pull.id}>
                <Link to={itemHref(project, pull.id)}>{pull.title}</Link>{' '}
                <StatusBadge status={pull.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {change.commits.length > 0 && (
        <section aria-labelledby="commits-title">
          <h2 id="commits-title">
            Commits <span className="heading-count">{change.commits.length}</span>
          </h2>
          <ul className="commit-list">
            {change.commits.map((commit) => (
              <li key={commit.id}>
                <span className="commit-title">
                  <Link to={itemHref(project, commit.id)}>{commit.title}</Link>
                </span>
                <span className="commit-meta">
                  <code className="sha">{commit.externalId.slice(0, 10)}</code>
                  {commit.author && <span>{commit.author}</span>}
                  <RelativeTime value={commit.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
