import { RoadmapBuilder } from './build-roadmap';
import { readMarkdownOutline } from './markdown-outline';
import type { Outline } from './outline';
import { readRstOutline } from './rst-outline';
import type { Roadmap, RoadmapFormat } from './types';

/**
 * Pages longer than this are read up to here: a roadmap is a page, not a data set (the two
 * seed pages hold 3 KB each; this is room for thousands of tasks, read in well under a second).
 */
export const MAX_PAGE_LENGTH = 262_144;

export interface ParseRoadmapOptions {
  /** Defaults to the file name's extension (`.rst`, `.md`), then to what the text looks like. */
  format?: RoadmapFormat | undefined;
  fileName?: string | undefined;
}

/**
 * Reads a roadmap page, in Markdown (the python.org style: `- (high) Task - open (owner)`) or
 * reStructuredText (the IPython style: release sections, items ending in `(done)`). Never
 * throws: what cannot be read is listed in `problems` with its line and the reason, and the
 * rest is read.
 */
export function parseRoadmap(text: string, options: ParseRoadmapOptions = {}): Roadmap {
  const page = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const kept = page.slice(0, MAX_PAGE_LENGTH);
  const format = options.format ?? formatOf(options.fileName, kept);
  let outline: Outline;
  try {
    outline = format === 'rst' ? readRstOutline(kept) : readMarkdownOutline(kept);
  } catch (error) {
    // A reader bug must not lose the page: say so, read nothing.
    const reason = error instanceof Error ? error.message : String(error);
    outline = {
      blocks: [],
      problems: [{ line: 1, reason: `the page could not be read: ${reason}` }],
    };
  }
  const builder = new RoadmapBuilder();
  for (const problem of outline.problems) {
    builder.problem(problem.line, problem.reason);
  }
  if (page.length > kept.length) {
    const line = kept.split('\n').length;
    builder.problem(
      line,
      `the page is longer than ${MAX_PAGE_LENGTH.toLocaleString('en-US')} characters: the rest was not read`,
    );
  }
  return builder.read(outline.blocks);
}

/** The format a page is in, from its file name or else from its look. */
export function formatOf(fileName: string | undefined, text: string): RoadmapFormat {
  if (fileName && /\.(?:rst|rest)$/i.test(fileName)) {
    return 'rst';
  }
  if (fileName && /\.(?:md|markdown|mdown)$/i.test(fileName)) {
    return 'markdown';
  }
  // An underlined title, or a directive, is reStructuredText; ATX headings are Markdown.
  const rst = /^\S.*\n([=\-~^"'`#*+])\1{2,}\s*$/m.test(text) || /^\.\. [\w|_-]+/m.test(text);
  const markdown = /^#{1,6}\s/m.test(text) || /^```/m.test(text);
  return rst && !markdown ? 'rst' : 'markdown';
}
