import type { SourceSpec, TaskSpec } from './projects-file';

/** The source every project has for items written in Moduleboard (tasks, pages, use cases). */
export const NATIVE_SOURCE = 'native';

/** The name a source is known by inside its project: given, or derived from where it reads. */
export function sourceName(source: SourceSpec): string {
  if (source.name) {
    return source.name;
  }
  switch (source.kind) {
    case 'git':
      return `git:${source.path}${source.branch ? `#${source.branch}` : ''}`;
    case 'github':
      return `github:${source.repo}`;
    case 'feed':
      return `feed:${source.url ?? source.file}`;
  }
}

/** A task's stable id: given, or derived from its title so re-imports update it in place. */
export function taskId(task: TaskSpec): string {
  return (
    task.id ??
    task.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
  );
}
