import picomatch from 'picomatch';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { checkReferences } from './project-references';
import { firstLine, formatPath, offsetOf, type Path } from './yaml-location';

export { NATIVE_SOURCE, sourceName, taskId } from './project-names';

/** A mistake in a projects file, located by line and field so a person can fix it. */
export interface ProjectsFileProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

export class ProjectsFileError extends Error {
  readonly problems: ProjectsFileProblem[];
  constructor(problems: ProjectsFileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProjectsFileError';
    this.problems = problems;
  }
}

export function formatProblem(p: ProjectsFileProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PROJECT_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DURATION = /^(\d+)(s|m|h|d)$/;

const slug = z.string().regex(SLUG, 'must be letters, digits, ".", "_" or "-" (at most 64)');

/** A path glob as picomatch reads it, refused when it could never match a repository path. */
export const Glob = z
  .string()
  .min(1, 'must not be empty')
  .superRefine((glob, ctx) => {
    const problem = globProblem(glob);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `bad glob "${glob}": ${problem}` });
    }
  });

function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/')) {
    return 'repository paths are relative, drop the leading "/"';
  }
  if (glob.includes('\\')) {
    return 'use "/" between folders, and no backslash escapes';
  }
  if (glob.split('/').includes('..')) {
    return '".." cannot occur in a repository path';
  }
  try {
    picomatch.makeRe(glob, { strictBrackets: true, dot: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}

const Duration = z
  .string()
  .regex(DURATION, 'must be a duration such as 30s, 15m, 6h or 1d')
  .refine((value) => durationSeconds(value) >= 60, 'must be at least one minute');

export function durationSeconds(value: string): number {
  const match = DURATION.exec(value);
  if (!match) {
    return Number.NaN;
  }
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

const ItemKind = z.enum(['BUG', 'CHANGE', 'USE_CASE', 'DISCUSSION', 'DRAFT', 'DOC']);

const sourceBase = {
  name: z.string().min(1).max(100).optional(),
  every: Duration.optional(),
};

const linkPattern = (placeholder: string) =>
  z
    .string()
    .regex(/^https?:\/\//, 'must be an http(s) URL')
    .refine((p) => p.includes(placeholder), `must contain ${placeholder}`);

const GitSource = z.strictObject({
  kind: z.literal('git'),
  path: z.string().min(1),
  branch: z.string().min(1).optional(),
  upstream: z.string().min(1).optional(),
  /** Link of a commit, e.g. https://github.com/o/r/commit/{sha}. */
  commitUrl: linkPattern('{sha}').optional(),
  /** Link of a file, e.g. https://github.com/o/r/blob/{ref}/{path}. */
  fileUrl: linkPattern('{path}').optional(),
  /** Path in the repository of git's mailmap (merges identities); default .mailmap. */
  mailmap: z.string().min(1).optional(),
  /** Path in the repository of a COMMITTERS file (`username  Real Name <email>` lines); default COMMITTERS. */
  committers: z.string().min(1).optional(),
  ...sourceBase,
});

const GithubSource = z.strictObject({
  kind: z.literal('github'),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"'),
  useCaseLabel: z.string().min(1).optional(),
  ...sourceBase,
});

const FeedSource = z
  .strictObject({
    kind: z.literal('feed'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    file: z.string().min(1).optional(),
    itemKind: ItemKind.default('DISCUSSION'),
    modules: z.array(z.string().min(1)).default([]),
    ...sourceBase,
  })
  .refine((feed) => Boolean(feed.url) !== Boolean(feed.file), {
    message: 'a feed needs exactly one of "url" or "file"',
  });

export const SourceSpec = z.discriminatedUnion('kind', [GitSource, GithubSource, FeedSource]);
export type SourceSpec = z.infer<typeof SourceSpec>;

export interface ModuleSpec {
  slug?: string | undefined;
  path?: string | undefined;
  name?: string | undefined;
  description?: string | undefined;
  paths: string[];
  docs: string[];
  labels: string[];
  keywords: string[];
  owners: string[];
  modules: ModuleSpec[];
}

export const ModuleSpec: z.ZodType<ModuleSpec> = z.lazy(() =>
  z
    .strictObject({
      slug: slug.optional(),
      path: z
        .string()
        .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'must be slugs joined by "/"')
        .optional(),
      name: z.string().min(1).max(200).optional(),
      description: z.string().max(5000).optional(),
      paths: z.array(Glob).default([]),
      docs: z.array(Glob).default([]),
      labels: z.array(z.string().min(1)).default([]),
      keywords: z.array(z.string().min(1)).default([]),
      owners: z.array(z.string().min(1)).default([]),
      modules: z.array(ModuleSpec).default([]),
    })
    .refine((m) => Boolean(m.slug) !== Boolean(m.path), {
      message: 'a module needs exactly one of "slug" or "path"',
    }),
);

const TaskStatus = z.enum(['open', 'wip', 'done']);
const Priority = z.enum(['high', 'medium', 'low']);

export const MilestoneSpec = z.strictObject({
  title: z.string().min(1).max(200),
  due: z.iso.date({ error: 'must be a date such as 2027-03-31' }).optional(),
  state: z.enum(['open', 'closed']).default('open'),
  description: z.string().max(20000).optional(),
});
export type MilestoneSpec = z.infer<typeof MilestoneSpec>;

export const TaskSpec = z.strictObject({
  id: z.string().regex(SLUG, 'must be a slug').optional(),
  title: z.string().min(1).max(500),
  module: z.string().min(1),
  status: TaskStatus.default('open'),
  priority: Priority.optional(),
  owner: z.string().min(1).max(200).optional(),
  milestone: z.string().min(1).optional(),
  area: z.string().min(1).max(200).optional(),
  body: z.string().max(100_000).optional(),
});
export type TaskSpec = z.infer<typeof TaskSpec>;

const RoleName = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a lower-case role name');

/** How the contribulyzer reads this project's messages, beyond the default rules. */
export const CreditsSpec = z.strictObject({
  /** Extra roles, or other weights for the default ones. */
  roles: z.record(RoleName, z.number().min(0).max(100)).optional(),
  /** Extra fields: `{ "Requested by": suggested }`; a field may credit several roles. */
  fields: z
    .record(z.string().min(1).max(64), z.union([RoleName, z.array(RoleName).min(1)]))
    .optional(),
  /** Fields that credit nobody. */
  ignored: z.array(z.string().min(1).max(64)).optional(),
  /** Link of a Subversion revision, with {revision}. */
  revisionUrl: linkPattern('{revision}').optional(),
});
export type CreditsSpec = z.infer<typeof CreditsSpec>;

export const ProjectSpec = z.strictObject({
  slug: z.string().regex(PROJECT_SLUG, 'must be lower-case letters, digits or "-" (at most 64)'),
  name: z.string().min(1).max(200),
  homepage: z.url({ error: 'must be a URL' }).optional(),
  description: z.string().max(5000).optional(),
  credits: CreditsSpec.optional(),
  sources: z.array(SourceSpec).default([]),
  modules: z.array(ModuleSpec).default([]),
  milestones: z.array(MilestoneSpec).default([]),
  tasks: z.array(TaskSpec).default([]),
});
export type ProjectSpec = z.infer<typeof ProjectSpec>;

export const ProjectsFile = z.strictObject({ projects: z.array(ProjectSpec) });
export type ProjectsFile = z.infer<typeof ProjectsFile>;

/**
 * Parses and validates the text of a projects file. Every problem (YAML syntax, schema, and the
 * cross-references zod cannot see: duplicate slugs, parents, module names in feeds and tasks) is
 * reported at once, each with its line.
 */
export function parseProjectsFile(text: string, file: string): ProjectsFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problemAt = (offset: number, field: string, message: string): ProjectsFileProblem => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, field, message };
  };
  if (doc.errors.length > 0) {
    throw new ProjectsFileError(
      doc.errors.map((e) => problemAt(e.pos[0], '', `YAML syntax: ${firstLine(e.message)}`)),
    );
  }
  const locate = (path: Path, key?: string): ProjectsFileProblem => {
    const offset = offsetOf(doc.contents, path, key);
    return problemAt(offset, formatPath(key ? [...path, key] : path), '');
  };
  const result = ProjectsFile.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    throw new ProjectsFileError(
      result.error.issues.flatMap((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ ...locate(path, key), message: 'unknown key' }));
        }
        return [{ ...locate(path), message: issue.message }];
      }),
    );
  }
  const problems = checkReferences(result.data).map((p) => ({
    ...locate(p.path),
    message: p.message,
  }));
  if (problems.length > 0) {
    throw new ProjectsFileError(problems);
  }
  return result.data;
}

/** The full module paths a project declares, in file order. */
export function modulePaths(project: ProjectSpec): string[] {
  const paths: string[] = [];
  const walk = (modules: ModuleSpec[], parent: string | undefined) => {
    for (const m of modules) {
      const path = m.path ?? (parent ? `${parent}/${m.slug}` : (m.slug as string));
      paths.push(path);
      walk(m.modules, path);
    }
  };
  walk(project.modules, undefined);
  return paths;
}
