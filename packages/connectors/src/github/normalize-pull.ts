import type {
  ItemStatus,
  NormalizedComment,
  NormalizedCredit,
  NormalizedFile,
  NormalizedItem,
} from '../types';
import { labelNames, optionalDate, ownerLogin } from './issue-fields';
import { creditPerson, normalizePerson } from './normalize-person';
import type {
  GithubIssue,
  GithubPull,
  GithubPullCommit,
  GithubPullFile,
  GithubReview,
} from './objects';

/** What a full sync fetches beside a pull request; a webhook knows some of it at most. */
export interface PullDetails {
  files?: GithubPullFile[] | undefined;
  commits?: GithubPullCommit[] | undefined;
  reviews?: GithubReview[] | undefined;
  comments?: NormalizedComment[] | undefined;
}

export function pullExternalId(pullNumber: number): string {
  return `pull:${pullNumber}`;
}

/** The issues API lists pull requests too, with their merge time under `pull_request`. */
export function pullFromIssue(issue: GithubIssue): GithubPull {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    user: issue.user,
    labels: issue.labels,
    assignee: issue.assignee,
    assignees: issue.assignees,
    milestone: issue.milestone,
    html_url: issue.html_url,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: issue.pull_request?.merged_at,
    draft: issue.draft,
  };
}

export function pullStatus(pull: Pick<GithubPull, 'state' | 'merged_at'>): ItemStatus {
  if (pull.merged_at) {
    return 'DONE';
  }
  return pull.state === 'open' ? 'OPEN' : 'CLOSED';
}

const changeLetters: Record<GithubPullFile['status'], NormalizedFile['change']> = {
  added: 'A',
  removed: 'D',
  modified: 'M',
  renamed: 'R',
  copied: 'C',
  changed: 'T',
  unchanged: 'M',
};

export function normalizePullFile(file: GithubPullFile): NormalizedFile {
  return {
    path: file.filename,
    change: changeLetters[file.status],
    oldPath: file.previous_filename,
    additions: file.additions,
    deletions: file.deletions,
  };
}

/**
 * Everyone who submitted a review, once each. A pending review is a draft nobody else has seen,
 * and an author commenting on their own pull request is not reviewing it.
 */
function reviewCredits(
  reviews: GithubReview[],
  authorLogin: string | undefined,
): NormalizedCredit[] {
  const credits: NormalizedCredit[] = [];
  const seen = new Set<string>();
  for (const review of reviews) {
    const person = normalizePerson(review.user);
    const login = review.user?.login;
    if (!person || !login || login === authorLogin || review.state.toUpperCase() === 'PENDING') {
      continue;
    }
    if (!seen.has(login)) {
      seen.add(login);
      credits.push({ role: 'review', person, rawLine: '' });
    }
  }
  return credits;
}

export function normalizePull(pull: GithubPull, details: PullDetails = {}): NormalizedItem {
  const author = normalizePerson(pull.user);
  return {
    externalId: pullExternalId(pull.number),
    kind: 'CHANGE',
    title: pull.title,
    url: pull.html_url,
    author,
    body: pull.body ?? '',
    bodyFormat: 'text',
    status: pullStatus(pull),
    owner: ownerLogin(pull),
    milestone: pull.milestone?.title,
    labels: labelNames(pull.labels),
    createdAt: new Date(pull.created_at),
    updatedAt: new Date(pull.updated_at),
    data: {
      type: 'pull',
      number: pull.number,
      state: pull.state,
      draft: pull.draft,
      mergedAt: optionalDate(pull.merged_at),
      closedAt: optionalDate(pull.closed_at),
    },
    files: details.files?.map(normalizePullFile),
    linkedChanges: details.commits?.map((commit) => commit.sha),
    credits: [
      ...creditPerson('patch', author),
      ...reviewCredits(details.reviews ?? [], pull.user?.login),
    ],
    comments: details.comments,
  };
}
