import { boundKey, KeySet, slug } from './keys';
import type { Block, ListItem } from './outline';
import { normalTitle, readTaskText } from './task-text';
import type { Roadmap, RoadmapTask, TaskStatus } from './types';
import { STATUS_NAMES, statusOfLeadIn, statusOfWord } from './vocabulary';

const MILESTONE =
  /^(?:(?:release|milestone|version)\s+(\S.*?)|(v?\d+(?:\.\d+)+))(?:\s*\((?:due\s+(\S+)|(\d{4}-\d\d-\d\d))\))?$/i;
const LEGEND_ENTRY = /^(?:\*\*([^*]+)\*\*|__([^_]+)__|([\w' ]+?))\s*(?::|\s-|–|—)\s*(.*)$/;

interface Place {
  milestone?: string | undefined;
  milestoneLevel?: number | undefined;
  area?: string | undefined;
  legend: boolean;
}

/** Reads an outline as a roadmap: the one interpretation both formats share. */
export class RoadmapBuilder {
  readonly roadmap: Roadmap = { legend: [], milestones: [], areas: [], tasks: [], problems: [] };
  private readonly legend = new Map<string, TaskStatus>();
  private place: Place = { legend: false };
  private readonly topKeys = new KeySet();
  private readonly firstLine = new Map<string, number>();
  private readonly placeOf = new Map<string, string>();
  // Whether a section or a list came already: the page's title can only come before.
  private started = false;

  read(blocks: Block[]): Roadmap {
    blocks.forEach((block, i) => {
      if (block.kind === 'heading') {
        this.heading(block, blocks, i);
        this.started = true;
      } else if (block.kind === 'list') {
        this.list(block.items, blocks[i - 1]);
        this.started = true;
      } else if (!this.isLeadIn(block, blocks[i + 1])) {
        this.describe(block.text);
      }
    });
    this.roadmap.problems.sort((a, b) => a.line - b.line);
    return this.roadmap;
  }

  problem(line: number, reason: string): void {
    this.roadmap.problems.push({ line, reason });
  }

  private heading(block: Block & { kind: 'heading' }, blocks: Block[], i: number): void {
    const { text, level, line } = block;
    const place = this.place;
    if (text === '') {
      this.problem(line, 'a heading with no title');
      return;
    }
    if (/^legend$/i.test(text)) {
      this.place = { legend: true };
    } else if (MILESTONE.test(text)) {
      this.milestone(text, level, line);
    } else if (!this.started && (level === 1 || nextHeadingLevel(blocks, i) > level)) {
      this.roadmap.title = text;
    } else if (isGroup(blocks, i)) {
      // "Major areas of work": a heading over sections, neither a release nor an area.
      this.place =
        level <= (place.milestoneLevel ?? 0)
          ? { legend: false }
          : { ...place, area: undefined, legend: false };
    } else {
      const inMilestone = place.milestoneLevel !== undefined && level > place.milestoneLevel;
      this.place = inMilestone
        ? { ...place, area: text, legend: false }
        : { area: text, legend: false };
      if (!this.roadmap.areas.some((a) => a.title === text)) {
        this.roadmap.areas.push({ title: text });
      }
    }
  }

  private milestone(text: string, level: number, line: number): void {
    const [, named, numbered, dueWord, dueDate] = MILESTONE.exec(text) ?? [];
    const due = dueWord ?? dueDate;
    const title = (named ?? numbered ?? text).trim();
    if (due !== undefined && !isDate(due)) {
      this.problem(line, `"${due}" is not a date (YYYY-MM-DD): the release has no due date`);
    }
    this.place = { milestone: title, milestoneLevel: level, legend: false };
    if (!this.roadmap.milestones.some((m) => m.title === title)) {
      this.roadmap.milestones.push({ title, ...(due && isDate(due) ? { due } : {}) });
    }
  }

  private isLeadIn(block: Block, next: Block | undefined): boolean {
    return (
      block.kind === 'paragraph' &&
      !this.place.legend &&
      next?.kind === 'list' &&
      block.text.endsWith(':')
    );
  }

  /** Text between headings: the description of the area, the release or the page. */
  private describe(text: string): void {
    const { area, milestone } = this.place;
    const target = area
      ? this.roadmap.areas.find((a) => a.title === area)
      : milestone
        ? this.roadmap.milestones.find((m) => m.title === milestone)
        : this.roadmap;
    if (target && text !== '') {
      target.description = target.description ? `${target.description}\n\n${text}` : text;
    }
  }

  private list(items: ListItem[], before: Block | undefined): void {
    if (this.place.legend) {
      for (const item of items) {
        this.legendEntry(item);
      }
      return;
    }
    const title = before ? leadInTitle(before) : undefined;
    if (!before || title === undefined) {
      for (const task of items.map((item) => this.task(item, 'open'))) {
        if (task) {
          this.addTopTask(task);
        }
      }
      return;
    }
    // A checklist: "Parts … that have been turned into components:" and its items.
    const status = statusOfLeadIn(title);
    const parent = this.taskFrom({ title, line: before.line, status });
    parent.tasks = items.map((item) => this.task(item, status)).filter((t) => t !== undefined);
    this.addTopTask(parent);
  }

  private legendEntry(item: ListItem): void {
    const match = LEGEND_ENTRY.exec(item.text);
    const word = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
    const status = word ? statusOfWord(word, new Map()) : undefined;
    if (!match || !word) {
      this.problem(item.line, 'not a legend entry ("**word**: what it means")');
    } else if (!status) {
      this.problem(
        item.line,
        `the legend's "${word}" names none of the statuses (${STATUS_NAMES.join(', ')})`,
      );
    } else {
      this.legend.set(word.toLowerCase(), status);
      const description = match[4]?.trim();
      this.roadmap.legend.push({ word, status, ...(description ? { description } : {}) });
    }
  }

  private task(item: ListItem, inherited: TaskStatus): RoadmapTask | undefined {
    const text = readTaskText(item.text, this.legend);
    for (const reason of text.problems) {
      this.problem(item.line, reason);
    }
    if (text.title === '') {
      return undefined;
    }
    const status = text.status ?? inherited;
    const paragraphs = text.body ? [text.body] : [];
    const tasks: RoadmapTask[] = [];
    for (const block of item.blocks) {
      if (block.kind === 'list') {
        tasks.push(
          ...block.items.map((child) => this.task(child, status)).filter((t) => t !== undefined),
        );
      } else if (block.kind !== 'heading') {
        paragraphs.push(block.text);
      }
    }
    const task = this.taskFrom({ ...text, line: item.line, status });
    task.body = paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
    task.tasks = tasks;
    return task;
  }

  private taskFrom(
    fields: Pick<RoadmapTask, 'title' | 'line' | 'status'> & Partial<RoadmapTask>,
  ): RoadmapTask {
    return {
      key: '',
      title: fields.title,
      status: fields.status,
      priority: fields.priority,
      owner: fields.owner,
      milestone: this.place.milestone,
      area: this.place.area,
      links: fields.links ?? [],
      tasks: [],
      line: fields.line,
    };
  }

  /** Keys from titles: a title seen before is told apart by its place, then by a number. */
  private addTopTask(task: RoadmapTask): void {
    const base = slug(task.title);
    const place = slug(task.area ?? task.milestone ?? 'roadmap');
    const elsewhere = this.topKeys.has(base) && this.placeOf.get(base) !== place;
    task.key = this.claim(this.topKeys, elsewhere ? `${place}/${base}` : base, task.line);
    this.placeOf.set(task.key, place);
    assignChildKeys(task, (set, key, line) => this.claim(set, key, line));
    this.roadmap.tasks.push(task);
  }

  private claim(keys: KeySet, key: string, line: number): string {
    if (keys.has(key)) {
      this.problem(
        line,
        `a task named like the one on line ${this.firstLine.get(key) ?? '?'} in the same place: told apart by a number`,
      );
    }
    const claimed = keys.claim(key);
    this.firstLine.set(claimed, line);
    return claimed;
  }
}

function assignChildKeys(
  parent: RoadmapTask,
  claim: (keys: KeySet, key: string, line: number) => string,
): void {
  const siblings = new KeySet();
  for (const child of parent.tasks) {
    child.key = claim(siblings, boundKey(`${parent.key}/${slug(child.title)}`), child.line);
    child.milestone = parent.milestone;
    child.area = parent.area;
    assignChildKeys(child, claim);
  }
}

/** The title a paragraph gives the list under it: its text, when it ends with a colon. */
function leadInTitle(block: Block): string | undefined {
  const title =
    block.kind === 'paragraph' && block.text.endsWith(':') ? block.text.slice(0, -1).trim() : '';
  return title === '' ? undefined : normalTitle(title);
}

function nextHeadingLevel(blocks: Block[], i: number): number {
  const next = blocks.slice(i + 1).find((b) => b.kind === 'heading');
  return next?.kind === 'heading' ? next.level : 0;
}

/** A heading over deeper headings with no list of its own before them. */
function isGroup(blocks: Block[], i: number): boolean {
  const heading = blocks[i];
  for (const block of blocks.slice(i + 1)) {
    if (block.kind === 'list') {
      return false;
    }
    if (block.kind === 'heading') {
      return heading?.kind === 'heading' && block.level > heading.level;
    }
  }
  return false;
}

function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return false;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text);
}
