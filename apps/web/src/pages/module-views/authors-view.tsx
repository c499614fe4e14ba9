import { Link } from 'react-router';
import { AuthorsChart, ChartSlot } from '../../components/lazy-charts';
import { ErrorMessage, Loading } from '../../components/query-status';
import { RelativeTime } from '../../components/relative-time';
import { graphql } from '../../generated';
import { useQuery } from '../../graphql/use-query';
import { authorsChartHeight } from '../../lib/chart-sizes';
import { moduleViewHref } from '../../lib/module-views';
import type { ModuleRef } from './module-ref';

const AUTHORS = 50;
const CHARTED = 12;

const ModuleAuthorsDoc = graphql(`
  query ModuleAuthors($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename
      ... on Module {
        id
        authors(first: $first) {
          name
          changes
          firstChangeAt
          lastChangeAt
        }
      }
    }
  }
`);

// The server's name for changes whose author it does not know; no filter can find them.
const UNKNOWN = '(unknown)';

/** Who changed the module, most changes first, each leading to their part of the log. */
export function AuthorsView({ module }: { module: ModuleRef }) {
  const result = useQuery(ModuleAuthorsDoc, { id: module.id, first: AUTHORS });
  const authors =
    result.status === 'success' && result.data.node?.__typename === 'Module'
      ? result.data.node.authors
      : [];
  return (
    <section aria-labelledby="authors-title" className="view">
      <h2 id="authors-title" className="visually-hidden">
        Authors
      </h2>
      {result.status === 'loading' && <Loading what="Loading the authors…" />}
      {result.status === 'error' && <ErrorMessage error={result.error} retry={result.retry} />}
      {result.status === 'success' && authors.length === 0 && (
        <p className="empty">Nobody has changed this module yet.</p>
      )}
      {authors.length > 0 && (
        <>
          <figure className="chart-figure">
            <figcaption className="muted">
              Changes by author
              {authors.length > CHARTED ? `, the ${CHARTED} most active` : ''}
            </figcaption>
            <ChartSlot height={authorsChartHeight(Math.min(authors.length, CHARTED))}>
              <AuthorsChart authors={authors.slice(0, CHARTED)} />
            </ChartSlot>
          </figure>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">
                Authors of the module, most changes first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Author</th>
                  <th scope="col" className="numeric">
                    Changes
                  </th>
                  <th scope="col">First change</th>
                  <th scope="col">Last change</th>
                </tr>
              </thead>
              <tbody>
                {authors.map((author, index) => (
                  // One name may come with several e-mail addresses, each its own row.
                  <tr key={`${author.name}-${index}`}>
                    <th scope="row">
                      {author.name === UNKNOWN ? (
                        <span className="muted">Unknown</span>
                      ) : (
                        <Link
                          to={moduleViewHref(module.project, module.path, {
                            view: 'log',
                            author: author.name,
                            exactAuthor: true,
                          })}
                          title={`The log of ${author.name}’s changes`}
                        >
                          {author.name}
                        </Link>
                      )}
                    </th>
                    <td className="numeric">{author.changes}</td>
                    <td>
                      <RelativeTime value={author.firstChangeAt} />
                    </td>
                    <td>
                      <RelativeTime value={author.lastChangeAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {authors.length === AUTHORS && (
            <p className="muted">The {AUTHORS} authors with the most changes.</p>
          )}
        </>
      )}
    </section>
  );
}
