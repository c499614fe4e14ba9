import { useRef } from 'react';
import { Link } from 'react-router';
import { graphql } from '../generated';
import type { ContributorCreditsQuery } from '../generated/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { obfuscateEmails } from '../lib/emails';
import { itemHref } from '../lib/paths';
import { countRole, describeImpliedCredit, roleTitle } from '../lib/roles';
import { useFocusNewItems } from '../lib/use-focus-new-items';
import { ErrorMessage, Loading } from './query-status';
import { RelativeTime } from './relative-time';
import { ShowMore } from './show-more';

const PAGE_SIZE = 10;

const ContributorCreditsDoc = graphql(`
  query ContributorCredits($id: ID!, $role: String!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Contributor {
        id
        credits(role: $role, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            role
            rawLine
            aside
            revision
            revisionUrl
            item {
              id
              kind
              title
              createdAt
              body
            }
          }
        }
      }
    }
  }
`);

type Credit = Extract<
  NonNullable<ContributorCreditsQuery['node']>,
  { __typename: 'Contributor' }
>['credits']['nodes'][number];

function selectCredits(data: ContributorCreditsQuery) {
  return data.node?.__typename === 'Contributor' ? data.node.credits : null;
}

/**
 * One role's credits as the old contributor pages had them: each change with its revision,
 * date, the line that credited it and the aside; the whole message on demand. Addresses in
 * lines and messages are hidden as on those pages.
 */
export function RoleCredits({
  personId,
  project,
  role,
  count,
}: {
  personId: string;
  project: string;
  role: string;
  /** Distinct changes credited in the role, from the contributor's counts. */
  count: number;
}) {
  const { first, nodes, hasMore, loadingMore, moreError, loadMore } = usePagedQuery({
    document: ContributorCreditsDoc,
    variables: { id: personId, role, first: PAGE_SIZE },
    select: selectCredits,
  });
  const table = useRef<HTMLTableElement>(null);
  // Each credit is a group of rows: the credit, then its message.
  useFocusNewItems(table, nodes.length, (element, index) => element.tBodies.item(index)?.rows[0]);
  const headingId = `role-${role}`;
  const total = (first.status === 'success' && selectCredits(first.data)?.totalCount) || count;
  const withRevisions = nodes.some((credit) => credit.revision);
  return (
    <section aria-labelledby={headingId} className="role-credits">
      <h3 id={headingId}>
        {roleTitle(role)} <span className="heading-count">{count}</span>
      </h3>
      {first.status === 'loading' && <Loading what={`Loading the ${countRole(role, count)}…`} />}
      {first.status === 'error' && <ErrorMessage error={first.error} retry={first.retry} />}
      {nodes.length > 0 && (
        <div className="table-scroll">
          <table className="data-table credits-table stack" ref={table}>
            <caption className="visually-hidden">
              {roleTitle(role)}: the changes and the lines that credited them, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                {withRevisions && <th scope="col">Revision</th>}
                <th scope="col">Date</th>
                <th scope="col">Credited by</th>
              </tr>
            </thead>
            {nodes.map((credit, index) => (
              <CreditRows
                // A change may credit a person twice in a role, under two of their names.
                key={`${credit.item.id}-${index}`}
                credit={credit}
                project={project}
                withRevisions={withRevisions}
              />
            ))}
          </table>
        </div>
      )}
      <ShowMore
        hasMore={hasMore}
        loading={loadingMore}
        error={moreError}
        loadMore={loadMore}
        label={`Show more ${roleTitle(role).toLowerCase()} (${nodes.length} of ${total})`}
        describedBy={headingId}
      />
    </section>
  );
}

/**
 * A credit, and under it the change's message on demand, across the whole table: messages are
 * laid out for a line of 72 characters, which one column could not hold.
 */
function CreditRows({
  credit,
  project,
  withRevisions,
}: {
  credit: Credit;
  project: string;
  withRevisions: boolean;
}) {
  const { item } = credit;
  return (
    <tbody className="credit">
      <tr tabIndex={-1}>
        <th scope="row" className="credit-change">
          <Link to={itemHref(project, item.id)}>{item.title}</Link>
        </th>
        {withRevisions && (
          <td data-label="Revision">
            {credit.revision &&
              (credit.revisionUrl ? (
                <a href={credit.revisionUrl} className="external">
                  {credit.revision}
                </a>
              ) : (
                <code>{credit.revision}</code>
              ))}
          </td>
        )}
        <td data-label="Date">
          <RelativeTime value={item.createdAt} />
        </td>
        <td className="credit-line">
          {credit.rawLine ? (
            <code className="raw-line">{obfuscateEmails(credit.rawLine)}</code>
          ) : (
            <span className="muted">{describeImpliedCredit(credit.role)}</span>
          )}
          {credit.aside && <span className="aside">{credit.aside}</span>}
        </td>
      </tr>
      {item.body && (
        <tr className="credit-message-row">
          <td colSpan={withRevisions ? 4 : 3}>
            <details className="item-body credit-message">
              <summary>
                {item.kind === 'CHANGE' ? 'Message' : 'Description'}
                <span className="visually-hidden"> of “{item.title}”</span>
              </summary>
              <div className="item-body-text monospace">{obfuscateEmails(item.body)}</div>
            </details>
          </td>
        </tr>
      )}
    </tbody>
  );
}
