import { SourceError } from '../types';

export interface RepoName {
  owner: string;
  name: string;
  /** `owner/name` as configured. */
  fullName: string;
}

// GitHub's own limits: owners are alphanumerics and single hyphens, names add `.` and `_`.
const repoPattern = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

export function parseRepoName(repo: string): RepoName {
  const match = repoPattern.exec(repo.trim());
  const owner = match?.[1];
  const name = match?.[2];
  if (!owner || !name || name === '.' || name === '..') {
    throw new SourceError(`GitHub source: repo must look like "owner/name", got "${repo}"`, {
      retryable: false,
    });
  }
  return { owner, name, fullName: `${owner}/${name}` };
}
