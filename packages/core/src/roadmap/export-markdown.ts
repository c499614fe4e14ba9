import { readTaskText } from './task-text';
import type { Roadmap, RoadmapTask, TaskStatus } from './types';

/**
 * Writes a roadmap as a Markdown page in the python.org style: the title, the legend, then a
 * section per release (`## Release 0.11`, with `### Area` inside it for its tasks that have an
 * area) and per area, each task as `- (priority) Title - status (owner)` with its sub-tasks
 * nested under it and its body as an indented paragraph. A sub-task shares its task's status
 * unless it says otherwise. Reading the page back gives the same roadmap.
 */
export function exportRoadmapMarkdown(roadmap: Roadmap): string {
  const words = new Map<TaskStatus, string>();
  for (const entry of roadmap.legend) {
    if (!words.has(entry.status)) {
      words.set(entry.status, entry.word);
    }
  }
  const legend = new Map([...words].map(([status, word]) => [word.toLowerCase(), status]));
  const out: string[] = [];
  const push = (...parts: string[]) => out.push(...parts, '');
  if (roadmap.title) {
    push(heading(1, roadmap.title));
  }
  const tasks = (milestone?: string, area?: string) =>
    roadmap.tasks
      .filter((t) => t.milestone === milestone && t.area === area)
      .flatMap((t) => taskLines(t, { words, legend, indent: '' }));
  section(push, roadmap.description, tasks(undefined, undefined));
  if (roadmap.legend.length > 0) {
    push(
      '### Legend',
      '',
      ...roadmap.legend.map((e) => `- **${e.word}**: ${e.description ?? ''}`.trimEnd()),
    );
  }
  for (const milestone of roadmap.milestones) {
    push(heading(2, `Release ${milestone.title}${milestone.due ? ` (due ${milestone.due})` : ''}`));
    section(push, milestone.description, tasks(milestone.title, undefined));
    const areas = new Set(
      roadmap.tasks.filter((t) => t.milestone === milestone.title && t.area).map((t) => t.area),
    );
    for (const area of areas) {
      push(heading(3, area ?? ''));
      section(push, undefined, tasks(milestone.title, area));
    }
  }
  for (const area of roadmap.areas) {
    push(heading(2, area.title));
    section(push, area.description, tasks(undefined, area.title));
  }
  return `${out.join('\n').replace(/^\n+/, '').trimEnd()}\n`;
}

/** A heading line; a title ending in "#" gets a closing sequence so that it keeps it. */
function heading(level: number, text: string): string {
  const marks = '#'.repeat(level);
  return text.endsWith('#') ? `${marks} ${text} ${marks}` : `${marks} ${text}`;
}

/**
 * A section's text, then its tasks; or the other way round when the text ends with a colon,
 * which would make it the lead-in of a checklist of those tasks.
 */
function section(
  push: (...parts: string[]) => void,
  description: string | undefined,
  lines: string[],
) {
  const leadsIn = description?.endsWith(':') && lines.length > 0;
  if (description && !leadsIn) {
    push(description);
  }
  if (lines.length > 0) {
    push(...lines);
  }
  if (description && leadsIn) {
    push(description);
  }
}

interface Style {
  words: ReadonlyMap<TaskStatus, string>;
  legend: ReadonlyMap<string, TaskStatus>;
  indent: string;
  /** The status a sub-task shares with its task when it names none. */
  inherited?: TaskStatus;
}

function taskLines(task: RoadmapTask, style: Style): string[] {
  const { indent } = style;
  const title = withLinks(task);
  const priority = task.priority ? `(${task.priority}) ` : '';
  // A title that itself ends like a status would be read as one: then the status is written.
  const looksMarked = readTaskText(title, style.legend).status !== undefined;
  const status =
    task.status !== style.inherited || task.owner || looksMarked
      ? ` - ${style.words.get(task.status) ?? task.status}${task.owner ? ` (${task.owner})` : ''}`
      : '';
  const lines = [`${indent}- ${priority}${title}${status}`];
  const inner = `${indent}  `;
  for (const child of task.tasks) {
    lines.push(...taskLines(child, { ...style, indent: inner, inherited: task.status }));
  }
  if (task.body) {
    lines.push('', ...task.body.split('\n').map((line) => (line ? `${inner}${line}` : '')), '');
  }
  return lines;
}

/** The title with its links written back where their text stands (or after it). */
function withLinks(task: RoadmapTask): string {
  let title = task.title;
  let from = 0;
  for (const link of task.links) {
    const markup = `[${link.text}](${link.url})`;
    const at = link.text === '' ? -1 : title.indexOf(link.text, from);
    if (at === -1) {
      title = `${title} ${markup}`;
      from = title.length;
    } else {
      title = `${title.slice(0, at)}${markup}${title.slice(at + link.text.length)}`;
      from = at + markup.length;
    }
  }
  return title;
}
