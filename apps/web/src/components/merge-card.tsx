import { Link } from 'react-router';
import { graphql } from '../generated';
import type { MergeFieldsFragment } from '../generated/graphql';
import { describeMergeReason } from '../lib/merges';
import { personHref } from '../lib/paths';
import { RelativeTime } from './relative-time';

export const MergeFields = graphql(`
  fragment MergeFields on IdentityMerge {
    id
    reason
    detail
    undone
    undoneAt
    identity {
      ...IdentityFields
    }
    otherIdentity {
      ...IdentityFields
    }
  }
`);

export const IdentityFields = graphql(`
  fragment IdentityFields on Identity {
    name
    email
    username
    githubLogin
    url
    contributor {
      id
      name
    }
  }
`);

type Identity = MergeFieldsFragment['identity'];

/** What an identity is called, by the first of its names it has. */
export function identityLabel(identity: Identity): string {
  return (
    identity.name ??
    identity.username ??
    identity.email ??
    identity.githubLogin ??
    identity.url ??
    'An unnamed identity'
  );
}

/** The names of the two identities a merge joined: "Jane Roe and J. Roe". */
export function mergeLabel(merge: MergeFieldsFragment): string {
  return `${identityLabel(merge.identity)} and ${identityLabel(merge.otherIdentity)}`;
}

/**
 * One merge for review: the two identities and the contributor each now belongs to, why they
 * were merged, and the button that undoes or redoes it.
 */
export function MergeCard({
  merge,
  project,
  busy,
  errors,
  onToggle,
}: {
  merge: MergeFieldsFragment;
  project: string;
  busy: boolean;
  errors: readonly string[];
  onToggle: () => void;
}) {
  const headingId = `merge-${merge.id}`;
  const label = mergeLabel(merge);
  return (
    <article className={merge.undone ? 'merge merge-undone' : 'merge'} aria-labelledby={headingId}>
      <div className="merge-head">
        <h3 id={headingId}>{label}</h3>
        {merge.undone ? (
          <span className="badge badge-closed">
            Undone
            {merge.undoneAt && (
              <>
                {' '}
                <RelativeTime value={merge.undoneAt} />
              </>
            )}
          </span>
        ) : (
          <span className="badge badge-open">Active</span>
        )}
      </div>
      <p className="merge-reason">
        <strong>{describeMergeReason(merge.reason)}</strong>
        {merge.detail && (
          <>
            {': '}
            <code className="merge-detail">{merge.detail}</code>
          </>
        )}
      </p>
      <div className="merge-identities">
        <IdentityCard identity={merge.identity} project={project} />
        <IdentityCard identity={merge.otherIdentity} project={project} />
      </div>
      {errors.length > 0 && (
        <div className="error" role="alert">
          <p className="error-title">The merge could not be {merge.undone ? 'redone' : 'undone'}</p>
          <ul className="error-messages">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button" onClick={onToggle} aria-busy={busy}>
        {busy ? 'Saving…' : merge.undone ? 'Redo' : 'Undo'}
        <span className="visually-hidden"> the merge of {label}</span>
      </button>
    </article>
  );
}

function IdentityCard({ identity, project }: { identity: Identity; project: string }) {
  const rows: [string, string][] = [];
  if (identity.email) {
    rows.push(['E-mail', identity.email]);
  }
  if (identity.username) {
    rows.push(['Username', identity.username]);
  }
  if (identity.githubLogin) {
    rows.push(['GitHub', identity.githubLogin]);
  }
  if (identity.url) {
    rows.push(['Web', identity.url]);
  }
  return (
    <div className="identity">
      <p className="identity-name">{identity.name ?? <span className="muted">No name</span>}</p>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>Contributor</dt>
          <dd>
            {identity.contributor ? (
              <Link to={personHref(project, identity.contributor.id)}>
                {identity.contributor.name}
              </Link>
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
