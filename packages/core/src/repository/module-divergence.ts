import type { Divergence, DivergentCommit } from '@moduleboard/connectors/git';
import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import type { Router } from '../routing/router';

export type { DivergentCommit };

export interface ModuleDivergence {
  sourceId: number;
  upstream: string;
  computedAt: Date;
  error: string | null;
  /** Over the whole repository. */
  totalAhead: number;
  totalBehind: number;
  /** The commits of either side that touch the module (or its descendants). */
  commits: DivergentCommit[];
}

/**
 * Fork divergence as a module sees it: per git source with an upstream, the commits ahead and
 * behind that touch the module's paths, from what the last sync computed.
 */
export async function moduleDivergence(
  db: Db,
  input: { projectId: number; moduleIds: ReadonlySet<number>; router: Router },
): Promise<ModuleDivergence[]> {
  const rows = await queryRows<{ id: number | string; divergence: Divergence | null }>(
    db,
    sql`select id, state->'divergence' as divergence from sources
        where project_id = ${input.projectId} and kind = 'git' and state ? 'divergence'
        order by id`,
  );
  return rows.flatMap(({ id, divergence }) => {
    if (!divergence) {
      return [];
    }
    const touches = (commit: DivergentCommit) =>
      commit.paths.some((path) =>
        input.router.forPath(path).some((link) => input.moduleIds.has(link.moduleId)),
      );
    return [
      {
        sourceId: Number(id),
        upstream: divergence.upstream,
        computedAt: new Date(divergence.computedAt),
        error: divergence.error ?? null,
        totalAhead: divergence.ahead,
        totalBehind: divergence.behind,
        commits: divergence.commits.filter(touches),
      },
    ];
  });
}
