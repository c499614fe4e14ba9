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

type Contributor = ContributorsQuery['contributors']['nodes'][number];

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
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <CreditFiltersForm filters={filters} href={href} />
      <section aria-labelledby="activity-title">
        <Heading id="activity-title" className="visually-hidden">
          Activity
        </Heading>
        <CreditActivity
          project={project}
          modulePath={modulePath}
          since={range.since}
          until={range.until}
          // The activity counts every role: a role filter narrows the ranking only.
          title={filters.role ? 'Activity by month, all roles' : 'Activity by month'}
        />
      </section>
      <section aria-labelledby="ranking-title">
        <Heading id="ranking-title">Ranking</Heading>
        <Ranking project={project} modulePath={modulePath} filters={filters} />
      </section>
    </>
  );
}

function CreditActivity({
  project,
  modulePath,
  since,
  until,
  title,
}: {
  project: string;
  modulePath: string | undefined;
  since: string | null;
  until: string | null;
  title: string;
}) {
  const activity = useQuery(CreditActivityDoc, {
    project,
    module: modulePath ?? '',
    inModule: modulePath !== undefined,
    since,
    until,
  });
  if (activity.status === 'loading') {
    return <Loading what="Loading the activity…" />;
  }
  if (activity.status === 'error') {
    return (
      <ErrorMessage
        error={activity.error}
        retry={activity.retry}
        title="The activity could not be loaded"
      />
    );
  }
  const scope = activity.data.project;
  const points = scope?.module?.creditActivity ?? scope?.creditActivity ?? [];
  return points.length > 0 ? <ActivityFigure points={points} withPeople title={title} /> : null;
}

/** The ranking itself: one line saying what it shows, then the table, a page at a time. */
function Ranking({
  project,
  modulePath,
  filters,
}: {
  project: string;
  modulePath: string | undefined;
  filters: CreditFilters;
}) {
  const range = creditFilterVariables(filters);
  const { first, nodes, hasMore, loadingMore, moreError, loadMore } = usePagedQuery({
    document: ContributorsDoc,
    variables: { project, module: modulePath ?? null, ...range, first: PAGE_SIZE },
    select: selectContributors,
  });
  const statusLine = useRef<HTMLParagraphElement>(null);
  const applied = `${filters.role}\n${filters.since}\n${filters.until}`;
  useFocusWhenLost(statusLine, applied, first.status !== 'loading');
  const filter = describeCreditFilters(filters);
  const total = first.status === 'success' ? first.data.contributors.totalCount : 0;
  return (
    <>
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
          <RankingTable project={project} contributors={nodes} filter={filter} />
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
    </>
  );
}

function RankingTable({
  project,
  contributors,
  filter,
}: {
  project: string;
  contributors: readonly Contributor[];
  filter: string;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  useFocusNewItems(body, contributors.length);
  const ranks = rankByScore(contributors.map((c) => c.score));
  return (
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
          {contributors.map((contributor, index) => (
            <ContributorRow
              key={contributor.id}
              project={project}
              contributor={contributor}
              rank={ranks[index]}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ContributorRow({
  project,
  contributor,
  rank,
}: {
  project: string;
  contributor: Contributor;
  rank: number | undefined;
}) {
  const named = contributor.usernames.length > 0;
  return (
    <tr tabIndex={-1}>
      <td className="numeric rank" data-label="Rank">
        {rank}
      </td>
      <th scope="row" className="contributor-name">
        <Link to={personHref(project, contributor.id)}>{contributor.name}</Link>
      </th>
      <td className="numeric" data-label="Score">
        {formatScore(contributor.score)}
      </td>
      <td className="role-counts">{describeRoles(contributor.roles)}</td>
      <td className={named ? 'usernames' : 'usernames usernames-none'}>
        {named ? (
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
  );
}
