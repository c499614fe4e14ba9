import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { ActivityFigure } from '../components/activity-figure';
import { Breadcrumb } from '../components/breadcrumb';
import { Loading, PageError } from '../components/query-status';
import { RoleCredits } from '../components/role-credits';
import { graphql } from '../generated';
import type { PersonPageQuery } from '../generated/graphql';
import { useQuery } from '../graphql/use-query';
import { contributorsHref, personHref, projectHref } from '../lib/paths';
import { formatScore } from '../lib/ranks';
import { describeRoles } from '../lib/roles';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

const PersonPageDoc = graphql(`
  query PersonPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Contributor {
        id
        name
        score
        items
        roles {
          role
          count
          weight
        }
        usernames
        githubLogins
        emails
        activity {
          month
          items
          people
        }
        project {
          id
          slug
          name
        }
      }
    }
  }
`);

type Person = Extract<NonNullable<PersonPageQuery['node']>, { __typename: 'Contributor' }>;

/** One contributor: who they are, their activity, and every credit, role by role. */
export function PersonPage() {
  const params = useParams();
  const slug = params.project ?? '';
  const id = params.personId ?? '';
  const result = useQuery(PersonPageDoc, { id });
  const node = result.status === 'success' ? result.data.node : undefined;
  const person = node?.__typename === 'Contributor' ? node : undefined;
  usePageTitle(
    ...(person
      ? [person.name, 'Contributors', person.project.name]
      : [result.status === 'error' ? 'Error' : null]),
  );

  if (result.status === 'loading') {
    return <Loading what="Loading the contributor…" />;
  }
  if (result.status === 'error') {
    return <PageError error={result.error} retry={result.retry} />;
  }
  if (!person) {
    return (
      <NotFoundPage
        title="Contributor not found"
        message="No contributor has this address. Identities may have been merged or split since the link was made."
        back={{ href: contributorsHref(slug), label: 'See the contributors' }}
      />
    );
  }
  if (person.project.slug !== slug) {
    return <Navigate to={personHref(person.project.slug, person.id)} replace />;
  }
  return <PersonDetails person={person} />;
}

function PersonDetails({ person }: { person: Person }) {
  const project = person.project;
  const credited = person.roles.filter((r) => r.count > 0);
  const facts: [string, ReactNode][] = [
    ['Score', formatScore(person.score)],
    ['Credited changes', person.items],
  ];
  if (person.usernames.length > 0) {
    facts.push(['Usernames', person.usernames.join(', ')]);
  }
  if (person.githubLogins.length > 0) {
    facts.push([
      'GitHub',
      <span key="github" className="inline-list">
        {person.githubLogins.map((login) => (
          <a key={login} href={`https://github.com/${encodeURIComponent(login)}`}>
            {login}
          </a>
        ))}
      </span>,
    ]);
  }
  if (person.emails.length > 0) {
    facts.push([
      person.emails.length === 1 ? 'E-mail' : 'E-mails',
      <span key="emails" className="inline-list emails">
        {person.emails.map((email) => (
          <span key={email}>{email}</span>
        ))}
      </span>,
    ]);
  }
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
          { label: 'Contributors', href: contributorsHref(project.slug) },
        ]}
        current={person.name}
      />
      <header className="page-header">
        <h1>{person.name}</h1>
        <p className="lead">{describeRoles(credited)}</p>
      </header>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {person.activity.length > 0 && (
        <section aria-labelledby="activity-title">
          <h2 id="activity-title">Activity</h2>
          <ActivityFigure
            points={person.activity}
            withPeople={false}
            title={`${person.name}’s credited changes by month`}
          />
        </section>
      )}
      <section aria-labelledby="credits-title">
        <h2 id="credits-title">Credits</h2>
        {credited.length === 0 ? (
          <p className="empty">No credits.</p>
        ) : (
          credited.map((r) => (
            <RoleCredits
              key={r.role}
              personId={person.id}
              project={project.slug}
              role={r.role}
              count={r.count}
            />
          ))
        )}
      </section>
    </>
  );
}
