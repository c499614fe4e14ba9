import { Link } from 'react-router';
import { graphql } from '../generated';
import type { ItemFieldsFragment } from '../generated/graphql';
import { bodyBeyondTitle } from '../lib/item-body';
import { itemHref, linkHost } from '../lib/paths';
import { ItemBody } from './item-body';
import { RelativeTime } from './relative-time';
import { PriorityBadge, StatusBadge } from './status-badge';

export const ItemFields = graphql(`
  fragment ItemFields on Item {
    id
    kind
    title
    url
    status
    priority
    owner
    author
    externalId
    labels
    area
    createdAt
    body
    bodyFormat
    milestone {
      id
      title
    }
  }
`);

// Changes from git carry their commit's sha; pull requests carry ids of their own.
const COMMIT_SHA = /^[0-9a-f]{7,64}$/;

/** One item in a list: what it is, where it stands, who and when; its title opens its page. */
export function ItemRow({
  item,
  project,
  authorHref,
}: {
  item: ItemFieldsFragment;
  project: string;
  /** Where the author's name leads (the log filtered by them), when it leads anywhere. */
  authorHref?: (author: string) => string;
}) {
  const isChange = item.kind === 'CHANGE';
  const body =
    item.body && item.bodyFormat !== 'html' ? bodyBeyondTitle(item.body, item.title) : item.body;
  return (
    <article className="item">
      <h3 className="item-title">
        <Link to={itemHref(project, item.id)}>{item.title}</Link>
      </h3>
      <div className="item-meta">
        <StatusBadge status={item.status} />
        {item.priority && <PriorityBadge priority={item.priority} />}
        {item.milestone && <span className="chip">Milestone {item.milestone.title}</span>}
        {item.area && <span className="chip">{item.area}</span>}
        {item.labels.map((label) => (
          <span key={label} className="chip chip-label">
            {label}
          </span>
        ))}
        {isChange && COMMIT_SHA.test(item.externalId) && (
          <code className="sha">{item.externalId.slice(0, 10)}</code>
        )}
        {item.owner && <span className="byline">owner: {item.owner}</span>}
        {item.author && (
          <span className="byline">
            by{' '}
            {authorHref ? (
              <Link to={authorHref(item.author)} title={`Only the changes by ${item.author}`}>
                {item.author}
              </Link>
            ) : (
              item.author
            )}
          </span>
        )}
        <RelativeTime value={item.createdAt} />
        {item.url && (
          <a href={item.url} className="external">
            {linkHost(item.url)}
          </a>
        )}
      </div>
      {body && (
        <ItemBody
          body={body}
          format={item.bodyFormat}
          label={isChange ? 'Message' : 'Description'}
          monospace={isChange}
        />
      )}
    </article>
  );
}
