import type { NormalizedItem } from '../types';
import { normalizePerson } from './normalize-person';
import type { GithubRelease } from './objects';

export function releaseExternalId(releaseId: number): string {
  return `release:${releaseId}`;
}

/** A published release as a CHANGE item; drafts are not releases yet and are never passed here. */
export function normalizeRelease(release: GithubRelease): NormalizedItem {
  const publishedAt = new Date(release.published_at ?? release.created_at);
  return {
    externalId: releaseExternalId(release.id),
    kind: 'CHANGE',
    title: release.name || release.tag_name,
    url: release.html_url,
    author: normalizePerson(release.author),
    body: release.body ?? '',
    bodyFormat: 'text',
    status: 'DONE',
    createdAt: new Date(release.created_at),
    // Releases carry no update time; publication is the last change GitHub reports.
    updatedAt: publishedAt,
    data: {
      type: 'release',
      tag: release.tag_name,
      name: release.name ?? undefined,
      prerelease: release.prerelease,
      targetCommitish: release.target_commitish,
      publishedAt: publishedAt.toISOString(),
    },
  };
}
