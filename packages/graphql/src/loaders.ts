import {
  type ChangeFileRow,
  filesOfItems,
  type ItemModuleLink,
  type ItemRow,
  itemsByIds,
  type MilestoneRow,
  type ModuleRow,
  milestonesByIds,
  moduleLinksOfItems,
  modulesByIds,
  modulesByProjectIds,
  type ProjectRow,
  projectsByIds,
} from '@moduleboard/core';
import type { Db } from '@moduleboard/db';
import DataLoader from 'dataloader';

function byId<T extends { id: number }>(load: (ids: readonly number[]) => Promise<T[]>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id));
  });
}

function grouped<T>(load: (keys: readonly number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const row of await load(keys)) {
      const key = keyOf(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Per-request batching: each loader issues one `= any(...)` query per tick, whatever the fan-out. */
export function createLoaders(db: Db) {
  return {
    project: byId<ProjectRow>((ids) => projectsByIds(db, ids)),
    module: byId<ModuleRow>((ids) => modulesByIds(db, ids)),
    item: byId<ItemRow>((ids) => itemsByIds(db, ids)),
    milestone: byId<MilestoneRow>((ids) => milestonesByIds(db, ids)),
    modulesOfProject: grouped<ModuleRow>(
      (ids) => modulesByProjectIds(db, ids),
      (m) => m.projectId,
    ),
    linksOfItem: grouped<ItemModuleLink>(
      (ids) => moduleLinksOfItems(db, ids),
      (l) => l.itemId,
    ),
    filesOfItem: grouped<ChangeFileRow>(
      (ids) => filesOfItems(db, ids),
      (f) => f.itemId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
