import { type ProjectSpec, ProjectsFileError, parseProjectsFile } from '@moduleboard/config';
import { parseCreditConfig } from '@moduleboard/contribulyzer';
import { type Db, schema, transaction } from '@moduleboard/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../access/can';
import { loadMilestoneIds } from '../items/store-milestones';
import { loadProjectModules, toRoutable } from '../modules/load-modules';
import { rerouteProject } from '../routing/reroute-project';
import { Router } from '../routing/router';
import { actorLabel, type Ctx } from '../shared/context';
import { ValidationError } from '../shared/errors';
import { sameJson } from '../shared/same-json';
import { applyMilestones } from './apply-milestones';
import { applyModules, type ChangeCounts } from './apply-modules';
import { applySources } from './apply-sources';
import { applyTasks } from './apply-tasks';

export const ImportProjectsInput = z.object({
  /** The text of the projects file. */
  text: z.string().max(5 * 1024 * 1024, 'a projects file is at most 5 MiB'),
  /** How to name the file in error messages. */
  file: z.string().min(1),
  /** Relative git paths and feed files are resolved against this folder. */
  baseDir: z.string().min(1),
});
export type ImportProjectsInput = z.infer<typeof ImportProjectsInput>;

export interface ProjectImportReport {
  slug: string;
  created: boolean;
  updated: boolean;
  modules: ChangeCounts;
  sources: ChangeCounts;
  milestones: ChangeCounts;
  tasks: ChangeCounts;
  rerouted: boolean;
}

/**
 * Creates or updates the projects a file declares, all or nothing in one transaction. The file
 * is authoritative for each project it names (modules, sources, declared milestones and tasks
 * it no longer lists are removed); projects it does not name are left alone. Importing the same
 * file twice changes nothing; changing a module's rules re-routes the items already stored.
 */
export async function importProjects({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ImportProjectsInput;
}): Promise<ProjectImportReport[]> {
  const { text, file, baseDir } = ImportProjectsInput.parse(input);
  assertCan(ctx.actor, 'projects.import');
  let parsed: { projects: ProjectSpec[] };
  try {
    parsed = parseProjectsFile(text, file);
  } catch (error) {
    if (error instanceof ProjectsFileError) {
      throw new ValidationError(
        `${file} has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}:\n${error.message}`,
        error.problems.map((p) => ({
          field: `${p.file}:${p.line}:${p.column} ${p.field}`.trim(),
          message: p.message,
        })),
      );
    }
    throw error;
  }
  checkCreditSettings(parsed.projects);
  const now = ctx.now();
  return transaction(ctx.db, async (tx) => {
    const reports: ProjectImportReport[] = [];
    for (const project of parsed.projects) {
      reports.push(await importProject(tx, { project, baseDir, now, ctx }));
    }
    return reports;
  });
}

/** What zod cannot see in a project's crediting rules: a field crediting an unknown role. */
function checkCreditSettings(projects: ProjectSpec[]): void {
  const details = projects.flatMap((project, i) => {
    if (!project.credits) {
      return [];
    }
    const { revisionUrl: _, ...rules } = project.credits;
    const result = parseCreditConfig(rules);
    return result.ok
      ? []
      : result.errors.map((message) => ({ field: `projects[${i}].credits`, message }));
  });
  if (details.length > 0) {
    throw new ValidationError(
      `the crediting rules are wrong: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`,
      details,
    );
  }
}

async function importProject(
  db: Db,
  input: { project: ProjectSpec; baseDir: string; now: Date; ctx: Ctx },
): Promise<ProjectImportReport> {
  const { project, now } = input;
  const values = {
    name: project.name,
    homepage: project.homepage ?? null,
    description: project.description ?? null,
    settings: project.credits ? { credits: project.credits } : {},
  };
  const [have] = await db
    .select()
    .from(schema.projects)
    .where(eq(schema.projects.slug, project.slug));
  let projectId: number;
  let created = false;
  let updated = false;
  if (!have) {
    const [row] = await db
      .insert(schema.projects)
      .values({ slug: project.slug, ...values })
      .returning({ id: schema.projects.id });
    projectId = row?.id ?? 0;
    created = true;
  } else {
    projectId = have.id;
    if (
      have.name !== values.name ||
      have.homepage !== values.homepage ||
      have.description !== values.description ||
      !sameJson(have.settings, values.settings)
    ) {
      await db
        .update(schema.projects)
        .set({ ...values, updatedAt: now })
        .where(eq(schema.projects.id, projectId));
      updated = true;
    }
  }
  const modules = await applyModules(db, projectId, project);
  const sources = await applySources(db, { projectId, project, baseDir: input.baseDir, now });
  const milestones = await applyMilestones(db, projectId, project);
  const router = new Router(toRoutable(await loadProjectModules(db, projectId)));
  const tasks = await applyTasks(db, {
    projectId,
    sourceId: sources.nativeSourceId,
    project,
    router,
    milestones: await loadMilestoneIds(db, projectId),
    actor: actorLabel(input.ctx.actor),
    now,
  });
  const rerouted = !created && (modules.rulesChanged || sources.routingChanged);
  if (rerouted) {
    await rerouteProject(db, projectId, router);
  }
  return {
    slug: project.slug,
    created,
    updated,
    modules: { created: modules.created, updated: modules.updated, deleted: modules.deleted },
    sources: { created: sources.created, updated: sources.updated, deleted: sources.deleted },
    milestones,
    tasks,
    rerouted,
  };
}
