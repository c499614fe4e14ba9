import { graphql } from '../generated';
import type { ItemFieldsFragment } from '../generated/graphql';
import { bodyBeyondTitle } from '../lib/item-body';
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

/** One item in a kind's list: what it is, where it stands, who and when. */
export function ItemRow({ item }: { item: ItemFieldsFragment }) {
  const isChange = item.kind === 'CHANGE';
  const body =
    item.body && item.bodyFormat !== 'html' ? bodyBeyondTitle(item.body, item.title) : item.body;
  return (
    <article className="item">
      <h3 className="item-title">{item.url ? <a href={item.url}>{item.title}</a> : item.title}</h3>
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
        {item.author && <span className="byline">by {item.author}</span>}
        <RelativeTime value={item.createdAt} />
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
