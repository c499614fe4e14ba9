import type { ModuleSpec, ProjectSpec } from '@moduleboard/config';
import { type Db, schema } from '@moduleboard/db';
import { eq, inArray } from 'drizzle-orm';
import { loadProjectModules, type ModuleRow } from '../modules/load-modules';
import { sameJson } from '../shared/same-json';

export interface ChangeCounts {
  created: number;
  updated: number;
  deleted: number;
}

interface DesiredModule {
  path: string;
  parentPath: string | undefined;
  slug: string;
  name: string;
  description: string | null;
  position: number;
  paths: string[];
  docs: string[];
  labels: string[];
  keywords: string[];
  owners: string[];
}

/** The module tree of a project file entry, flattened parents-first in file order. */
export function flattenModules(project: ProjectSpec): DesiredModule[] {
  const out: DesiredModule[] = [];
  const walk = (modules: ModuleSpec[], parent: string | undefined) => {
    for (const m of modules) {
      const path = m.path ?? (parent ? `${parent}/${m.slug}` : (m.slug as string));
      const slash = path.lastIndexOf('/');
      const slug = slash < 0 ? path : path.slice(slash + 1);
      out.push({
        path,
        parentPath: slash < 0 ? undefined : path.slice(0, slash),
        slug,
        name: m.name ?? slug,
        description: m.description ?? null,
        position: out.length,
        paths: m.paths,
        docs: m.docs,
        labels: m.labels,
        keywords: m.keywords,
        owners: m.owners,
      });
      walk(m.modules, path);
    }
  };
  walk(project.modules, undefined);
  return out;
}

const RULES = ['paths', 'docs', 'labels', 'keywords'] as const;
const FIELDS = ['slug', 'name', 'description', 'position', 'owners', ...RULES] as const;

/**
 * Makes the stored tree equal to the file's: inserts, updates only what differs, deletes what
 * the file no longer declares. Says whether any routing rule changed.
 */
export async function applyModules(
  db: Db,
  projectId: number,
  project: ProjectSpec,
): Promise<ChangeCounts & { rulesChanged: boolean }> {
  const existing = new Map((await loadProjectModules(db, projectId)).map((m) => [m.path, m]));
  const ids = new Map<string, number>();
  const counts = { created: 0, updated: 0, deleted: 0, rulesChanged: false };
  for (const want of flattenModules(project)) {
    const parentId = want.parentPath === undefined ? null : (ids.get(want.parentPath) ?? null);
    const { parentPath: _parent, ...values } = want;
    const have = existing.get(want.path);
    if (!have) {
      const [row] = await db
        .insert(schema.modules)
        .values({ ...values, projectId, parentId })
        .returning({ id: schema.modules.id });
      ids.set(want.path, row?.id ?? 0);
      counts.created++;
      counts.rulesChanged = true;
      continue;
    }
    ids.set(want.path, have.id);
    if (have.parentId === parentId && FIELDS.every((f) => sameJson(have[f], want[f]))) {
      continue;
    }
    if (RULES.some((f) => !sameJson(have[f], want[f]))) {
      counts.rulesChanged = true;
    }
    await db
      .update(schema.modules)
      .set({ ...values, parentId, updatedAt: new Date() })
      .where(eq(schema.modules.id, have.id));
    counts.updated++;
  }
  const gone = [...existing.values()].filter((m: ModuleRow) => !ids.has(m.path)).map((m) => m.id);
  if (gone.length > 0) {
    await db.delete(schema.modules).where(inArray(schema.modules.id, gone));
    counts.deleted = gone.length;
    counts.rulesChanged = true;
  }
  return counts;
}
