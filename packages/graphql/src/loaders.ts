import {
  type ChangeFileRow,
  type ContributorStats,
  contributorStats,
  countSourceItems,
  creditWeights,
  filesOfItems,
  findNumberedItems,
  type IdentityRow,
  type ItemModuleLink,
  type ItemRow,
  identitiesByIds,
  identitiesOfPeople,
  itemsByIds,
  type MergeRow,
  type MilestoneRow,
  type ModuleRow,
  mergesByIds,
  milestonesByIds,
  moduleLinksOfItems,
  modulesByIds,
  modulesByProjectIds,
  type PersonRow,
  type ProjectRow,
  peopleByIds,
  projectsByIds,
  type SourceRow,
  sourcesByIds,
  sourcesOfProjects,
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
    source: byId<SourceRow>((ids) => sourcesByIds(db, ids)),
    person: byId<PersonRow>((ids) => peopleByIds(db, ids)),
    merge: byId<MergeRow>((ids) => mergesByIds(db, ids)),
    identity: byId<IdentityRow>((ids) => identitiesByIds(db, ids)),
    identitiesOfPerson: grouped<IdentityRow>(
      (ids) => identitiesOfPeople(db, ids),
      (i) => i.personId ?? 0,
    ),
    /** Project-wide standing of people fetched by id (not through a ranked list). */
    contributor: new DataLoader<number, ContributorStats | undefined>((ids) =>
      loadContributors(db, ids),
    ),
    sourcesOfProject: grouped<SourceRow>(
      (ids) => sourcesOfProjects(db, ids),
      (s) => s.projectId,
    ),
    itemCountOfSource: new DataLoader<number, number>(async (ids) => {
      const counts = new Map((await countSourceItems(db, ids)).map((c) => [c.sourceId, c.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** GitHub issues and pull requests by "projectId:number". */
    numberedItem: new DataLoader<string, number | undefined>((keys) => loadNumberedItems(db, keys)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Groups keys by the number before them: `[[project, [ids…]]…]`. */
function byProject<T>(entries: readonly (readonly [number, T])[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const [projectId, value] of entries) {
    groups.set(projectId, [...(groups.get(projectId) ?? []), value]);
  }
  return groups;
}

/** Each person's standing in their project, scored with the project's own weights. */
async function loadContributors(
  db: Db,
  ids: readonly number[],
): Promise<(ContributorStats | undefined)[]> {
  const people = await peopleByIds(db, ids);
  const stats = new Map<number, ContributorStats>();
  for (const [projectId, personIds] of byProject(people.map((p) => [p.projectId, p.id] as const))) {
    const [project] = await projectsByIds(db, [projectId]);
    const weights = project ? creditWeights(project) : new Map<string, number>();
    for (const s of await contributorStats(db, { projectId, personIds, weights })) {
      stats.set(s.personId, s);
    }
  }
  const found = new Map(people.map((p) => [p.id, stats.get(p.id) ?? noCredits(p)]));
  return ids.map((id) => found.get(id));
}

/** The standing of a person none of whose identities is credited yet. */
function noCredits(person: PersonRow): ContributorStats {
  return {
    personId: person.id,
    projectId: person.projectId,
    name: person.name,
    score: 0,
    roles: {},
    items: 0,
  };
}

/** Item ids of GitHub issues and pull requests, by "projectId:number" keys. */
async function loadNumberedItems(db: Db, keys: readonly string[]): Promise<(number | undefined)[]> {
  const parsed = keys.map((key) => {
    const [project = 0, number = 0] = key.split(':').map(Number);
    return [project, number] as const;
  });
  const found = new Map<string, number>();
  for (const [projectId, numbers] of byProject(parsed)) {
    for (const [number, id] of await findNumberedItems(db, { projectId, numbers })) {
      found.set(`${projectId}:${number}`, id);
    }
  }
  return keys.map((key) => found.get(key));
}
