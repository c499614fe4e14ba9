import type { SyncBatch } from '../types';
import type { GithubCursor } from './cursor';
import { normalizeMilestone } from './normalize-milestone';
import { GithubMilestone } from './objects';
import { repoPath, type SyncContext } from './sync-context';
import { walkList } from './walk-list';

export async function* syncMilestones(
  context: SyncContext,
  cursor: GithubCursor,
): AsyncGenerator<SyncBatch<GithubCursor>> {
  const pages = walkList(context, {
    path: repoPath(context, '/milestones'),
    schema: GithubMilestone,
    query: { state: 'all' },
    validators: cursor.milestones,
  });
  for await (const page of pages) {
    yield {
      items: [],
      milestones: page.items.map(normalizeMilestone),
      cursor: { ...cursor, milestones: page.finalValidators ?? {} },
    };
  }
}
