import type { SyncBatch } from '../types';
import type { GithubCursor } from './cursor';
import { normalizeRelease } from './normalize-release';
import { GithubRelease } from './objects';
import { repoPath, type SyncContext } from './sync-context';
import { walkList } from './walk-list';

export async function* syncReleases(
  context: SyncContext,
  cursor: GithubCursor,
): AsyncGenerator<SyncBatch<GithubCursor>> {
  const pages = walkList(context, {
    path: repoPath(context, '/releases'),
    schema: GithubRelease,
    validators: cursor.releases,
  });
  for await (const page of pages) {
    yield {
      items: page.items.filter((release) => !release.draft).map(normalizeRelease),
      cursor: { ...cursor, releases: page.finalValidators ?? {} },
    };
  }
}
