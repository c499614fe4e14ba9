import type { ReactNode } from 'react';
import { formatFullDate, formatShortDate } from '../lib/format-date';
import type { PageItem } from './item-page-types';

/** Who and when, and for a commit which one. */
export function ItemFacts({ item }: { item: PageItem }) {
  const change = item.change;
  const created = new Date(item.createdAt);
  const updated = new Date(item.updatedAt);
  const rows: [string, ReactNode][] = [];
  if (item.author) {
    rows.push(['Author', item.author]);
  }
  if (change?.committer && change.committer !== item.author) {
    rows.push(['Committer', change.committer]);
  }
  if (item.owner) {
    rows.push(['Owner', item.owner]);
  }
  rows.push([
    item.kind === 'CHANGE' ? 'Date' : 'Opened',
    <DateFact key="created" value={item.createdAt} />,
  ]);
  if (Math.abs(updated.getTime() - created.getTime()) > 60_000) {
    rows.push(['Updated', <DateFact key="updated" value={item.updatedAt} />]);
  }
  if (change?.sha) {
    rows.push([
      'Commit',
      <code key="sha" className="sha" title={change.sha}>
        {change.shortSha}
      </code>,
    ]);
  }
  if (change?.revision) {
    rows.push(['Revision', <code key="revision">{change.revision}</code>]);
  }
  if (change && change.parents.length > 1) {
    rows.push([
      'Parents',
      <span key="parents" className="parents">
        {change.parents.map((parent) => (
          <code key={parent} title={parent}>
            {parent.slice(0, 10)}
          </code>
        ))}
      </span>,
    ]);
  }
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const MONTH = 30 * 24 * 60 * 60 * 1000;

/** The full date, and how long ago while that still says more than the date. */
function DateFact({ value }: { value: string }) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  const recent = Math.abs(Date.now() - date.getTime()) < MONTH;
  return (
    <>
      <time dateTime={date.toISOString()}>{formatFullDate(date)}</time>
      {recent && <span className="muted"> ({formatShortDate(date)})</span>}
    </>
  );
}
