import { parseArgs } from 'node:util';

export type CreditsFormat = 'json' | 'table' | 'html';

export interface CreditsOptions {
  dir: string;
  format: CreditsFormat;
  /** Output folder of `--format html`. */
  out: string | undefined;
  mailmap: string | undefined;
  committers: string | undefined;
  roles: string | undefined;
  /** A JSON list of merges (as written by `--merges`) not to make again. */
  undo: string | undefined;
  /** Where to write the list of identity merges, for review. */
  merges: string | undefined;
  since: string | undefined;
  until: string | undefined;
  paths: string[];
  revisionUrl: string | undefined;
  progress: boolean;
}

export type ParsedCreditsArgs =
  | { kind: 'run'; options: CreditsOptions }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

/** The placeholder `--revision-url` replaces with a revision number (`1234` for r1234). */
export const REVISION_PLACEHOLDER = '{revision}';

export const CREDITS_USAGE = `usage: moduleboard credits <git-dir> [options]

Credits the contributors named in the commit messages of <git-dir> (a clone or a bare
repository; the history of its HEAD): Subversion fields (Patch by:, Review by: …), git
trailers (Reviewed-by:, Co-authored-by: …) and each commit's author. The repository's own
.mailmap and COMMITTERS files (at HEAD) are read when present. Merge commits are counted but
credit their author nothing.

options:
  --format json|table|html  output (default json, on standard output)
  --out DIR                 folder for --format html: index.html and a page per contributor
  --mailmap FILE            a .mailmap file to apply as well
  --committers FILE         a COMMITTERS file (username  Real Name <email>) to apply as well
  --roles FILE              JSON: {"roles": {"name": weight}, "fields": {"Requested by": "suggested"},
                            "ignored": ["Backport by"]} on top of the default roles
  --since DATE, --until DATE  only commits in this range (as git log takes them)
  --path GLOB               only commits touching a matching path (repeatable)
  --revision-url PATTERN    link Subversion revisions in HTML, e.g.
                            https://svn.example.org/r{revision} ({revision} is the number)
  --merges FILE             write every merge of identities (with its reason) as JSON
  --undo FILE               JSON list of merges not to make, entries as written by --merges
  --no-progress             no progress bar on a terminal
  -h, --help                this help
`;

const FORMATS: readonly CreditsFormat[] = ['json', 'table', 'html'];

/** Reads the command line; every mistake becomes a usage error naming what was wrong. */
export function parseCreditsArgs(args: string[]): ParsedCreditsArgs {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(args);
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return { kind: 'help' };
  }
  if (positionals.length !== 1) {
    return {
      kind: 'usage-error',
      message:
        positionals.length === 0
          ? 'credits needs the <git-dir> to read'
          : `credits reads one <git-dir>, got ${positionals.length}: ${positionals.join(' ')}`,
    };
  }
  const format = (values.format ?? 'json') as CreditsFormat;
  if (!FORMATS.includes(format)) {
    return {
      kind: 'usage-error',
      message: `--format must be json, table or html, not "${values.format}"`,
    };
  }
  if (format === 'html' && !values.out) {
    return { kind: 'usage-error', message: '--format html needs --out DIR' };
  }
  if (format !== 'html' && values.out !== undefined) {
    return { kind: 'usage-error', message: '--out is for --format html' };
  }
  const revisionUrl = values['revision-url'];
  if (revisionUrl !== undefined && !revisionUrl.includes(REVISION_PLACEHOLDER)) {
    return {
      kind: 'usage-error',
      message: `--revision-url must contain ${REVISION_PLACEHOLDER}, e.g. https://svn.example.org/r${REVISION_PLACEHOLDER}`,
    };
  }
  for (const name of [
    'since',
    'until',
    'mailmap',
    'committers',
    'roles',
    'undo',
    'merges',
  ] as const) {
    if (values[name] !== undefined && values[name].trim() === '') {
      return { kind: 'usage-error', message: `--${name} needs a value` };
    }
  }
  const paths = values.path ?? [];
  if (paths.some((p) => p.trim() === '')) {
    return { kind: 'usage-error', message: '--path needs a glob, e.g. "subversion/libsvn_wc/**"' };
  }
  return {
    kind: 'run',
    options: {
      dir: positionals[0] ?? '',
      format,
      out: values.out,
      mailmap: values.mailmap,
      committers: values.committers,
      roles: values.roles,
      undo: values.undo,
      merges: values.merges,
      since: values.since,
      until: values.until,
      paths,
      revisionUrl,
      progress: !values['no-progress'],
    },
  };
}

function parseWithNode(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      mailmap: { type: 'string' },
      committers: { type: 'string' },
      roles: { type: 'string' },
      undo: { type: 'string' },
      merges: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      path: { type: 'string', multiple: true },
      'revision-url': { type: 'string' },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
