import { NATIVE_SOURCE, sourceName, taskId } from './project-names';
import type { ModuleSpec, ProjectSpec, ProjectsFile } from './projects-file';
import type { Path } from './yaml-location';

export interface ReferenceProblem {
  path: Path;
  message: string;
}

/**
 * What zod cannot see in a projects file: duplicate slugs, module paths naming a parent not
 * declared before them, and modules, milestones or tasks named but not declared.
 */
export function checkReferences(file: ProjectsFile): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const slugs = new Set<string>();
  file.projects.forEach((project, p) => {
    const at: Path = ['projects', p];
    if (slugs.has(project.slug)) {
      problems.push({ path: [...at, 'slug'], message: `duplicate project slug "${project.slug}"` });
    }
    slugs.add(project.slug);
    const declared = checkModules(project.modules, [...at, 'modules'], problems);
    checkSources(project, { at, declared, problems });
    checkTasks(project, { at, declared, problems });
  });
  return problems;
}

interface ProjectCheck {
  at: Path;
  /** The full paths of the project's modules. */
  declared: ReadonlySet<string>;
  problems: ReferenceProblem[];
}

/** Walks a module tree; returns the full path of every module declared in it. */
function checkModules(
  modules: ModuleSpec[],
  base: Path,
  problems: ReferenceProblem[],
): Set<string> {
  const declared = new Set<string>();
  const walk = (list: ModuleSpec[], parent: string | undefined, where: Path) => {
    list.forEach((m, i) => {
      const here: Path = [...where, i];
      const path = m.path ?? (parent ? `${parent}/${m.slug}` : (m.slug ?? ''));
      if (m.path !== undefined) {
        const problem = parentProblem(m.path, parent, declared);
        if (problem) {
          problems.push({ path: [...here, 'path'], message: problem });
        }
      }
      if (declared.has(path)) {
        problems.push({
          path: [...here, m.path !== undefined ? 'path' : 'slug'],
          message: `duplicate module "${path}"`,
        });
      }
      declared.add(path);
      walk(m.modules, path, [...here, 'modules']);
    });
  };
  walk(modules, undefined, base);
  return declared;
}

/** What is wrong with a module given by its full path, under `parent` (if nested). */
function parentProblem(
  path: string,
  parent: string | undefined,
  declared: ReadonlySet<string>,
): string | undefined {
  const parentPath = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : undefined;
  if (parent !== undefined && parentPath !== parent) {
    return `"${path}" is nested under "${parent}" but names another parent`;
  }
  if (parentPath !== undefined && !declared.has(parentPath)) {
    return `"${path}" names no parent: module "${parentPath}" is not declared before it`;
  }
  return undefined;
}

function checkSources(project: ProjectSpec, { at, declared, problems }: ProjectCheck): void {
  const names = new Set<string>();
  project.sources.forEach((source, s) => {
    const name = sourceName(source);
    if (name === NATIVE_SOURCE) {
      problems.push({
        path: [...at, 'sources', s, 'name'],
        message: `"${NATIVE_SOURCE}" is reserved for items written in Moduleboard itself`,
      });
    }
    if (names.has(name)) {
      problems.push({ path: [...at, 'sources', s], message: `duplicate source "${name}"` });
    }
    names.add(name);
    if (source.kind === 'feed') {
      source.modules.forEach((target, t) => {
        if (!declared.has(target)) {
          problems.push({
            path: [...at, 'sources', s, 'modules', t],
            message: `no module "${target}" in project "${project.slug}"`,
          });
        }
      });
    }
  });
}

function checkTasks(project: ProjectSpec, { at, declared, problems }: ProjectCheck): void {
  const milestones = new Set(project.milestones.map((m) => m.title));
  const ids = new Set<string>();
  project.tasks.forEach((task, t) => {
    if (!declared.has(task.module)) {
      problems.push({
        path: [...at, 'tasks', t, 'module'],
        message: `no module "${task.module}" in project "${project.slug}"`,
      });
    }
    if (task.milestone !== undefined && !milestones.has(task.milestone)) {
      problems.push({
        path: [...at, 'tasks', t, 'milestone'],
        message: `no milestone "${task.milestone}" in project "${project.slug}"`,
      });
    }
    const id = taskId(task);
    if (ids.has(id)) {
      problems.push({ path: [...at, 'tasks', t], message: `duplicate task "${id}"` });
    }
    ids.add(id);
  });
}
