import type { GithubLabel, GithubUser } from './objects';

// Fields that issues and pull requests share, read the same way for both.

export function labelNames(labels: GithubLabel[]): string[] {
  return labels.map((label) => label.name);
}

/** GitHub label names are unique regardless of case, so they are compared that way. */
export function hasLabel(labels: GithubLabel[], wanted: string | null | undefined): boolean {
  if (!wanted) {
    return false;
  }
  const key = wanted.toLowerCase();
  return labels.some((label) => label.name.toLowerCase() === key);
}

/** The first assignee; older payloads carry only the single `assignee` field. */
export function ownerLogin(fields: {
  assignee?: GithubUser | null | undefined;
  assignees?: GithubUser[] | null | undefined;
}): string | undefined {
  return fields.assignees?.[0]?.login ?? fields.assignee?.login ?? undefined;
}

export function optionalDate(value: string | null | undefined): string | undefined {
  return value ? new Date(value).toISOString() : undefined;
}
