import type { NormalizedComment } from '../types';
import { normalizePerson } from './normalize-person';
import type { GithubComment } from './objects';

export function normalizeComment(comment: GithubComment): NormalizedComment {
  return {
    externalId: String(comment.id),
    author: normalizePerson(comment.user),
    body: comment.body ?? '',
    url: comment.html_url,
    createdAt: new Date(comment.created_at),
  };
}
