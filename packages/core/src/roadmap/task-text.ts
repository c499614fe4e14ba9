import { escapeLineStart } from './outline';
import type { RoadmapLink, TaskPriority, TaskStatus } from './types';
import { priorityOfWord, statusOfWord } from './vocabulary';

export const MAX_TITLE = 500;
export const MAX_OWNER = 200;

export interface TaskText {
  title: string;
  /** What followed the first sentence of a long item. */
  body?: string | undefined;
  priority?: TaskPriority | undefined;
  status?: TaskStatus | undefined;
  owner?: string | undefined;
  links: RoadmapLink[];
  /** Why parts of the text were read otherwise than they look. */
  problems: string[];
}

const LINK = /\[([^\]]*)\]\(\s*([^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+"[^"]*")?\s*\)/g;
// A priority starts a title: "(high) - open" is a task titled "(high)".
const PRIORITY = /^\((\w+)\)\s+(?!-(?:\s|$))(?=\S)/;
// "… - open (techtonik)": the python.org page's way.
const DASH_STATUS = /(?:^|\s+)-\s+([A-Za-z][A-Za-z' ]*?)\s*(?:\(([^()]*)\))?\s*$/;
// "… (done)." : IPython's way.
const PAREN_STATUS = /\s*\(([A-Za-z][A-Za-z' ]*)\)\s*\.?\s*$/;

/**
 * Reads the text of one item: `(priority) Title - status (owner)` or `Title (status).`, either
 * part optional. A word that names no status stays in the title; links become their text, their
 * targets listed apart.
 */
export function readTaskText(raw: string, legend: ReadonlyMap<string, TaskStatus>): TaskText {
  const problems: string[] = [];
  let text = raw.replace(/\s+/g, ' ').trim();
  let priority: TaskPriority | undefined;
  const lead = PRIORITY.exec(text);
  if (lead?.[1]) {
    priority = priorityOfWord(lead[1]);
    if (priority) {
      text = text.slice(lead[0].length);
    } else {
      problems.push(`"(${lead[1]})" is not a priority (high, medium or low): kept in the title`);
    }
  }
  const tail = readStatus(text, legend);
  const { first, rest } = splitSentence(tail.title);
  const links: RoadmapLink[] = [];
  const title = normalTitle(
    first.replace(LINK, (_, label: string, url: string) => {
      links.push({ text: label, url });
      return label;
    }),
  );
  return { ...tail, ...cap(title, tail.owner, problems), body: rest, priority, links, problems };
}

/**
 * A long item written as prose ("The controller stores … dictionaries. Under heavy usage, …")
 * is titled by its first sentence; the rest becomes its body.
 */
function splitSentence(text: string): { first: string; rest?: string } {
  if (text.length <= 100) {
    return { first: text };
  }
  const stop = /[.!?]\s+(?=[A-Z`*_[])/.exec(text);
  if (!stop || stop.index < 10) {
    return { first: text };
  }
  return { first: text.slice(0, stop.index + 1), rest: text.slice(stop.index + stop[0].length) };
}

function readStatus(
  text: string,
  legend: ReadonlyMap<string, TaskStatus>,
): { title: string; status?: TaskStatus; owner?: string } {
  const dash = DASH_STATUS.exec(text);
  const dashStatus = dash?.[1] ? statusOfWord(dash[1], legend) : undefined;
  if (dash && dashStatus) {
    const owner = dash[2]?.trim();
    return {
      title: text.slice(0, dash.index).trim(),
      status: dashStatus,
      owner: owner || undefined,
    };
  }
  const paren = PAREN_STATUS.exec(text);
  const parenStatus = paren?.[1] ? statusOfWord(paren[1], legend) : undefined;
  if (paren && parenStatus) {
    return { title: text.slice(0, paren.index).trim(), status: parenStatus };
  }
  return { title: text };
}

/** A title as roadmaps keep it: without closing full stops, escaped where a line starts. */
export function normalTitle(text: string): string {
  return escapeLineStart(trimTitle(text));
}

/** Closing full stops go ("Magics." is the task "Magics"); an ellipsis stays. */
function trimTitle(title: string): string {
  let trimmed = title.trim();
  while (/[^.]\.$/.test(trimmed)) {
    trimmed = trimmed.slice(0, -1).trimEnd();
  }
  return trimmed;
}

function cap(title: string, owner: string | undefined, problems: string[]) {
  if (title === '') {
    problems.push('an item with no title: not read, nor what it holds');
  }
  if (title.length > MAX_TITLE) {
    problems.push(`a title longer than ${MAX_TITLE} characters: cut`);
  }
  if (owner !== undefined && owner.length > MAX_OWNER) {
    problems.push(`an owner longer than ${MAX_OWNER} characters: cut`);
  }
  return {
    title: title.slice(0, MAX_TITLE),
    owner: owner?.slice(0, MAX_OWNER),
  };
}
