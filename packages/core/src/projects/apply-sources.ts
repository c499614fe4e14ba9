import { isAbsolute, resolve } from 'node:path';
import {
  durationSeconds,
  NATIVE_SOURCE,
  type ProjectSpec,
  type SourceSpec,
  sourceName,
} from '@moduleboard/config';
import { type Db, schema } from '@moduleboard/db';
import { and, eq, inArray } from 'drizzle-orm';
import { sameJson } from '../shared/same-json';
import type { ChangeCounts } from './apply-modules';

const DEFAULT_INTERVAL: Record<SourceSpec['kind'], number> = {
  git: 15 * 60,
  github: 15 * 60,
  feed: 30 * 60,
};

interface DesiredSource {
  name: string;
  kind: SourceSpec['kind'] | 'native';
  config: Record<string, unknown>;
  intervalSeconds: number;
}

/**
 * What a source reads, and what its entries become: when it changes, the old cursor means
 * nothing any more (an unchanged feed would otherwise never be read under the new settings).
 */
function origin(kind: string, config: Record<string, unknown>): string {
  return JSON.stringify([
    kind,
    config.path,
    config.branch,
    config.repo,
    config.url,
    config.file,
    config.itemKind,
    config.useCaseLabel,
  ]);
}

function desiredSource(spec: SourceSpec, baseDir: string): DesiredSource {
  const local = (path: string) => (isAbsolute(path) ? path : resolve(baseDir, path));
  const intervalSeconds = spec.every ? durationSeconds(spec.every) : DEFAULT_INTERVAL[spec.kind];
  switch (spec.kind) {
    case 'git':
      return {
        name: sourceName(spec),
        kind: 'git',
        intervalSeconds,
        config: {
          path: local(spec.path),
          branch: spec.branch ?? null,
          upstream: spec.upstream ?? null,
          commitUrl: spec.commitUrl ?? null,
          fileUrl: spec.fileUrl ?? null,
          mailmap: spec.mailmap ?? '.mailmap',
          committers: spec.committers ?? 'COMMITTERS',
        },
      };
    case 'github':
      return {
        name: sourceName(spec),
        kind: 'github',
        intervalSeconds,
        config: { repo: spec.repo, useCaseLabel: spec.useCaseLabel ?? null },
      };
    case 'feed':
      return {
        name: sourceName(spec),
        kind: 'feed',
        intervalSeconds,
        config: {
          url: spec.url ?? null,
          file: spec.file ? local(spec.file) : null,
          itemKind: spec.itemKind,
          modules: spec.modules,
        },
      };
  }
}

/**
 * Makes the project's sources equal to the file's (plus the native source every project has).
 * A source whose origin changed starts again without a cursor. Says whether a feed's modules
 * changed, which re-routes its items.
 */
export async function applySources(
  db: Db,
  input: { projectId: number; project: ProjectSpec; baseDir: string; now: Date },
): Promise<ChangeCounts & { nativeSourceId: number; routingChanged: boolean }> {
  const wanted: DesiredSource[] = [
    ...input.project.sources.map((s) => desiredSource(s, input.baseDir)),
    { name: NATIVE_SOURCE, kind: 'native', config: {}, intervalSeconds: 0 },
  ];
  const existing = new Map(
    (
      await db.select().from(schema.sources).where(eq(schema.sources.projectId, input.projectId))
    ).map((s) => [s.name, s]),
  );
  const counts = { created: 0, updated: 0, deleted: 0, nativeSourceId: 0, routingChanged: false };
  for (const want of wanted) {
    const have = existing.get(want.name);
    let id: number;
    if (!have) {
      const [row] = await db
        .insert(schema.sources)
        .values({
          projectId: input.projectId,
          ...want,
          nextRunAt: want.kind === 'native' ? null : input.now,
        })
        .returning({ id: schema.sources.id });
      id = row?.id ?? 0;
      if (want.kind !== 'native') {
        counts.created++;
      }
    } else {
      id = have.id;
      const sameConfig = sameJson(have.config, want.config);
      if (!sameConfig || have.kind !== want.kind || have.intervalSeconds !== want.intervalSeconds) {
        const moved = origin(have.kind, have.config) !== origin(want.kind, want.config);
        if (!sameJson(have.config.modules, want.config.modules)) {
          counts.routingChanged = true;
        }
        await db
          .update(schema.sources)
          .set({
            kind: want.kind,
            config: want.config,
            intervalSeconds: want.intervalSeconds,
            updatedAt: input.now,
            ...(moved ? { cursor: null, lastError: null, nextRunAt: input.now } : {}),
          })
          .where(eq(schema.sources.id, have.id));
        counts.updated++;
      }
    }
    if (want.kind === 'native') {
      counts.nativeSourceId = id;
    }
  }
  const names = new Set(wanted.map((w) => w.name));
  const gone = [...existing.values()].filter((s) => !names.has(s.name)).map((s) => s.id);
  if (gone.length > 0) {
    await db
      .delete(schema.sources)
      .where(and(eq(schema.sources.projectId, input.projectId), inArray(schema.sources.id, gone)));
    counts.deleted = gone.length;
  }
  return counts;
}
