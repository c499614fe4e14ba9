import type { NormalizedCredit, PersonRef } from '../types';
import type { GithubUser } from './objects';

/** A GitHub account as a person reference; null (a deleted "ghost" account) gives undefined. */
export function normalizePerson(user: GithubUser | null | undefined): PersonRef | undefined {
  if (!user) {
    return undefined;
  }
  return {
    githubLogin: user.login,
    name: user.name ?? undefined,
    url: user.html_url,
  };
}

/** A credit implied by GitHub's own records (no message line names it, so `rawLine` is empty). */
export function creditPerson(role: string, person: PersonRef | undefined): NormalizedCredit[] {
  return person ? [{ role, person, rawLine: '' }] : [];
}
