import type { ItemStatus, NormalizedComment, NormalizedItem } from '../types';
import { hasLabel, labelNames, optionalDate, ownerLogin } from './issue-fields';
import { creditPerson, normalizePerson } from './normalize-person';
import type { GithubIssue } from './objects';

export interface IssueOptions {
  /** Issues carrying this label are USE_CASE items rather than BUG items. */
  useCaseLabel?: string | null | undefined;
  /** The issue's comments when they were fetched; left undefined they are not known. */
  comments?: NormalizedComment[] | undefined;
}

export function issueExternalId(issueNumber: number): string {
  return `issue:${issueNumber}`;
}

/**
 * An issue closed as "not planned" or as a duplicate was dropped; one closed as completed, or
 * closed before GitHub recorded reasons (GitHub shows those as completed too), was done.
 */
export function issueStatus(issue: Pick<GithubIssue, 'state' | 'state_reason'>): ItemStatus {
  if (issue.state === 'open') {
    return 'OPEN';
  }
  return issue.state_reason === 'not_planned' || issue.state_reason === 'duplicate'
    ? 'CLOSED'
    : 'DONE';
}

export function normalizeIssue(issue: GithubIssue, options: IssueOptions = {}): NormalizedItem {
  const author = normalizePerson(issue.user);
  return {
    externalId: issueExternalId(issue.number),
    kind: hasLabel(issue.labels, options.useCaseLabel) ? 'USE_CASE' : 'BUG',
    title: issue.title,
    url: issue.html_url,
    author,
    body: issue.body ?? '',
    bodyFormat: 'text',
    status: issueStatus(issue),
    owner: ownerLogin(issue),
    milestone: issue.milestone?.title,
    labels: labelNames(issue.labels),
    createdAt: new Date(issue.created_at),
    updatedAt: new Date(issue.updated_at),
    data: {
      type: 'issue',
      number: issue.number,
      state: issue.state,
      stateReason: issue.state_reason ?? undefined,
      closedAt: optionalDate(issue.closed_at),
      commentCount: issue.comments,
    },
    credits: creditPerson('found', author),
    comments: options.comments,
  };
}
