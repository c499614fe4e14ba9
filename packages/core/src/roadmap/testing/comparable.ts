import type { Roadmap, RoadmapTask } from '../types';

/** A roadmap without what depends on where things stand in one page (lines, problems). */
export function comparable(roadmap: Roadmap) {
  const task = (t: RoadmapTask): Omit<RoadmapTask, 'line' | 'tasks'> & { tasks: unknown[] } => {
    const { line: _line, tasks, ...rest } = t;
    return { ...rest, tasks: tasks.map(task) };
  };
  const { problems: _problems, tasks, ...rest } = roadmap;
  return { ...rest, tasks: tasks.map(task) };
}
