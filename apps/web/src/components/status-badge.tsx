import type { ItemStatus, Priority } from '../generated/graphql';

const STATUS: Record<ItemStatus, { label: string; title: string }> = {
  OPEN: { label: 'Open', title: 'Open: nobody has claimed it yet' },
  WIP: { label: 'WIP', title: 'Work in progress: someone has claimed or started it' },
  DONE: { label: 'Done', title: 'Done' },
  CLOSED: { label: 'Closed', title: 'Closed' },
};

/** The status as a word first; its colour only repeats it. */
export function StatusBadge({ status }: { status: ItemStatus }) {
  const { label, title } = STATUS[status];
  return (
    <span className={`badge badge-${status.toLowerCase()}`} title={title}>
      {label}
    </span>
  );
}

const PRIORITY: Record<Priority, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span className={`priority priority-${priority.toLowerCase()}`}>
      {PRIORITY[priority]} priority
    </span>
  );
}
