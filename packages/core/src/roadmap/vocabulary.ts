import type { TaskPriority, TaskStatus } from './types';

// The words roadmaps use for a task's state, beyond the four names themselves.
const STATUS_WORDS: Record<string, TaskStatus> = {
  open: 'open',
  todo: 'open',
  new: 'open',
  planned: 'open',
  'not started': 'open',
  wip: 'wip',
  started: 'wip',
  'in progress': 'wip',
  ongoing: 'wip',
  doing: 'wip',
  done: 'done',
  finished: 'done',
  complete: 'done',
  completed: 'done',
  fixed: 'done',
  closed: 'closed',
  cancelled: 'closed',
  canceled: 'closed',
  dropped: 'closed',
  rejected: 'closed',
  wontfix: 'closed',
  "won't fix": 'closed',
};

export const STATUS_NAMES = ['open', 'wip', 'done', 'closed'] as const;
export const PRIORITIES: readonly TaskPriority[] = ['high', 'medium', 'low'];

/** The status a word names, in the page's legend first, then in the usual words. */
export function statusOfWord(
  word: string,
  legend: ReadonlyMap<string, TaskStatus>,
): TaskStatus | undefined {
  const key = word.trim().toLowerCase();
  return legend.get(key) ?? STATUS_WORDS[key];
}

export function priorityOfWord(word: string): TaskPriority | undefined {
  const key = word.trim().toLowerCase();
  return PRIORITIES.find((p) => p === key);
}

/**
 * The state a checklist's lead-in gives its items: "Parts … that have been turned into
 * components:" lists what is done, "Parts … that need to be turned into components:" what is
 * not. Anything else reads as open.
 */
export function statusOfLeadIn(text: string): TaskStatus {
  if (/\b(?:ha(?:ve|s) been|are done|is done|finished|completed)\b/i.test(text)) {
    return 'done';
  }
  if (/\b(?:in progress|under way|started|being)\b/i.test(text)) {
    return 'wip';
  }
  return 'open';
}
