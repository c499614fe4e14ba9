/** A task's state, as the roadmap's legend names it (IPython's "started" is `wip`). */
export type TaskStatus = 'open' | 'wip' | 'done' | 'closed';
export type TaskPriority = 'high' | 'medium' | 'low';

export interface RoadmapLink {
  text: string;
  url: string;
}

export interface RoadmapTask {
  /**
   * Stable across re-imports: from the title (and the parent task's key), not from the status,
   * owner, priority or place, so a task that changes any of those is the same task.
   */
  key: string;
  /** Inline Markdown, links written as their text (their targets are in `links`). */
  title: string;
  status: TaskStatus;
  priority?: TaskPriority | undefined;
  owner?: string | undefined;
  /** The milestone's title. */
  milestone?: string | undefined;
  /** The area's title. */
  area?: string | undefined;
  links: RoadmapLink[];
  /** Paragraphs written under the task, in Markdown, separated by blank lines. */
  body?: string | undefined;
  tasks: RoadmapTask[];
  /** Where the task starts in the page (1-based). */
  line: number;
}

export interface RoadmapMilestone {
  /** "0.11" for a section "Release 0.11". */
  title: string;
  /** YYYY-MM-DD */
  due?: string | undefined;
  description?: string | undefined;
}

export interface RoadmapArea {
  title: string;
  description?: string | undefined;
}

export interface LegendEntry {
  /** The word the page uses. */
  word: string;
  status: TaskStatus;
  description?: string | undefined;
}

/** A line the reader could not read as it stands, and why. */
export interface RoadmapProblem {
  line: number;
  reason: string;
}

export interface Roadmap {
  title?: string | undefined;
  description?: string | undefined;
  legend: LegendEntry[];
  milestones: RoadmapMilestone[];
  areas: RoadmapArea[];
  tasks: RoadmapTask[];
  problems: RoadmapProblem[];
}

export type RoadmapFormat = 'markdown' | 'rst';
