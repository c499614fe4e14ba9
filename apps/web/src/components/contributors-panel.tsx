import { useRef } from 'react';
import { Link } from 'react-router';
import { graphql } from '../generated';
import type { ContributorsQuery } from '../generated/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { useQuery } from '../graphql/use-query';
import {
  type CreditFilters,
  creditFilterVariables,
  describeCreditFilters,
} from '../lib/credit-filters';
import { personHref } from '../lib/paths';
import { describeRanking, formatScore, rankByScore } from '../lib/ranks';
import { describeRoles } from '../lib/roles';
import { useFocusNewItems } from '../lib/use-focus-new-items';
import { useFocusWhenLost } from '../lib/use-focus-when-lost';
import { ActivityFigure } from './activity-figure';
import { CreditFiltersForm } from './credit-filters-form';
import { ErrorMessage, Loading } from './query-status';
import { ShowMore } from './show-more';

const PAGE_SIZE = 25;

const ContributorsDoc = graphql(`
  query Contributors(
    $project: String!
    $module: String
    $role: String
    $since: DateTime
    $until: DateTime
    $first: Int!
    $after: String
  ) {
    contributors(
      project: $project
      module: $module
      role: $role
      since: $since
      until: $until
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        score
        roles {
          role
          count
        }
        usernames
      }
    }
  }
`);

const CreditActivityDoc = graphql(`
  query CreditActivity(
    $project: String!
    $module: String!
    $inModule: Boolean!
    $since: DateTime
    $until: DateTime
  ) {
    project(slug: $project) {
      id
      creditActivity(since: $since, until: $until) @skip(if: $inModule) {
        month
        items
        people
      }
      module(path: $module) @include(if: $inModule) {
        id
        creditActivity(since: $since, until: $until) {
          month
          items
          people
        }
      }
    }
  }
`);

function selectContributors(data: ContributorsQuery) {
  return data.contributors;
}

/**
 * The people credited in a project or one of its modules, ranked, with their activity over
 * time; the filters live in the address (`href` builds it).
 */
export function ContributorsPanel({
  project,
  modulePath,
  filters,
  href,
  headingLevel,
}: {
  project: string;
  /** 3 inside a module's view, whose own heading is a 2. */
  headingLevel: 2 | 3;
  /** The module whose changes count; the whole project without it. */
  modulePath?: string;
  filters: CreditFilters;
  href: (filters: CreditFilters) => string;
}) {
  const range = creditFilterVariables(filters);
  const { first, nodes, hasMore, loadingMore, moreError, loadMore } = usePagedQuery({
    document: ContributorsDoc,
    variables: { project, module: modulePath ?? null, ...range, first: PAGE_SIZE },
    select: selectContributors,
  });
  const activity = useQuery(CreditActivityDoc, {
    project,
    module: modulePath ?? '',
    inModule: modulePath !== undefined,
    since: range.since,
    until: range.until,
  });
  const body = useRef<HTMLTableSectionElement>(null);
  useFocusNewItems(body, nodes.length);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const applied = `${filters.role}\n${filters.since}\n${filters.until}`;
  useFocusWhenLost(statusLine, applied, first.status !== 'loading');

  const filter = describeCreditFilters(filters);
  const total = first.status === 'success' ? first.data.contributors.totalCount : 0;
  const ranks = rankByScore(nodes.map((c) => c.score));
  const points =
    activity.status === 'success'
      ? (activity.data.project?.module?.creditActivity ??
        activity.data.project?.creditActivity ??
        [])
      : [];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <>
      <CreditFiltersForm filters={filters} href={href} />
      <section aria-labelledby="activity-title">
        <Heading id="activity-title" className="visually-hidden">
          Activity
        </Heading>
        {activity.status === 'loading' && <Loading what="Loading the activity…" />}
        {activity.status === 'error' && (
          <ErrorMessage
            error={activity.error}
            retry={activity.retry}
            title="The activity could not be loaded"
          />
        )}
        {activity.status === 'success' && points.length > 0 && (
          <ActivityFigure
            points={points}
            withPeople
            // The activity counts every role: a role filter narrows the ranking only.
            title={filters.role ? 'Activity by month, all roles' : 'Activity by month'}
          />
        )}
      </section>
      <section aria-labelledby="ranking-title">
        <Heading id="ranking-title">Ranking</Heading>
        <p
          className={total === 0 && first.status === 'success' ? 'empty' : 'muted'}
          role="status"
          ref={statusLine}
          tabIndex={-1}
        >
          {first.status === 'loading' && 'Loading the contributors…'}
          {first.status === 'success' && describeRanking({ shown: nodes.length, total, filter })}
        </p>
        {first.status === 'error' && <ErrorMessage error={first.error} retry={first.retry} />}
        {nodes.length > 0 && (
          <>
            <div className="table-scroll">
              <table className="data-table contributors-table stack">
                <caption className="visually-hidden">
                  Contributors ranked by score{filter ? `, ${filter}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">
                      Rank
                    </th>
                    <th scope="col">Contributor</th>
                    <th scope="col" className="numeric">
                      Score
                    </th>
                    <th scope="col">Credits</th>
                    <th scope="col">Usernames</th>
                  </tr>
                </thead>
                <tbody ref={body}>
                  {nodes.map((contributor, index) => (
                    <tr key={contributor.id} tabIndex={-1}>
                      <td className="numeric rank" data-label="Rank">
                        {ranks[index]}
                      </td>
                      <th scope="row" className="contributor-name">
                        <Link to={personHref(project, contributor.id)}>{contributor.name}</Link>
                      </th>
                      <td className="numeric" data-label="Score">
                        {formatScore(contributor.score)}
                      </td>
                      <td className="role-counts">{describeRoles(contributor.roles)}</td>
                      <td
                        className={
                          contributor.usernames.length > 0
                            ? 'usernames'
                            : 'usernames usernames-none'
                        }
                      >
                        {contributor.usernames.length > 0 ? (
                          <>
                            <span className="visually-hidden">Usernames: </span>
                            {contributor.usernames.join(', ')}
                          </>
                        ) : (
                          <span className="muted" title="No username">
                            —
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ShowMore
              hasMore={hasMore}
              loading={loadingMore}
              error={moreError}
              loadMore={loadMore}
              label={`Show more (${nodes.length} of ${total})`}
              describedBy="ranking-title"
            />
          </>
        )}
      </section>
    </>
  );
}
