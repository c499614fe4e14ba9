import { Command, CommanderError } from '@commander-js/extra-typings';
import { HELP, isHelp, usageMessage } from '../cli-help';

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

const DESCRIPTION = [
  'Credits the contributors named in the commit messages of <git-dir> (a clone or a bare',
  'repository; the history of its HEAD): Subversion fields (Patch by:, Review by: …), git',
  "trailers (Reviewed-by:, Co-authored-by: …) and each commit's author. The repository's own",
  '.mailmap and COMMITTERS files (at HEAD) are read when present. Merge commits are counted',
  'but credit their author nothing. No database is needed.',
].join(' ');

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The `credits` command line: its arguments and options, and the help made from them. */
export function creditsCommandSpec() {
  return new Command('credits')
    .summary('credit the contributors named in commit messages (no database needed)')
    .description(DESCRIPTION)
    .usage('<git-dir> [options]')
    .argument('[git-dir...]', 'a clone or a bare repository')
    .option('-f, --format <format>', 'json, table or html (default json, on standard output)')
    .option('-o, --out <dir>', 'folder for --format html: index.html and a page per contributor')
    .option('--mailmap <file>', 'a .mailmap file to apply as well')
    .option('--committers <file>', 'a COMMITTERS file (username  Real Name <email>) to apply too')
    .option(
      '--roles <file>',
      'JSON: {"roles": {"name": weight}, "fields": {"Requested by": "suggested"}, "ignored": ["Backport by"]} on top of the default roles',
    )
    .option('--since <date>', 'only commits after this date (as git log takes it)')
    .option('--until <date>', 'only commits before this date')
    .option('--path <glob>', 'only commits touching a matching path (repeatable)', collect)
    .option(
      '--revision-url <pattern>',
      `link Subversion revisions in HTML, e.g. https://svn.example.org/r${REVISION_PLACEHOLDER}`,
    )
    .option('--merges <file>', 'write every merge of identities (with its reason) as JSON')
    .option('--undo <file>', 'JSON list of merges not to make, entries as written by --merges')
    .option('--no-progress', 'no progress bar on a terminal')
    .helpOption('-h, --help', 'this help')
    .configureHelp(HELP);
}

export const CREDITS_USAGE = creditsCommandSpec().helpInformation();

/** Reads the command line; every mistake becomes a usage error naming what was wrong. */
export function parseCreditsArgs(args: string[]): ParsedCreditsArgs {
  const command = creditsCommandSpec()
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  try {
    command.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return isHelp(error)
        ? { kind: 'help' }
        : { kind: 'usage-error', message: usageMessage(error) };
    }
    throw error;
  }
  const [dirs] = command.processedArgs;
  const problem = findProblem(dirs, command.opts());
  if (problem) {
    return { kind: 'usage-error', message: problem };
  }
  const values = command.opts();
  return {
    kind: 'run',
    options: {
      dir: dirs[0] ?? '',
      format: formatOf(values.format),
      out: values.out,
      mailmap: values.mailmap,
      committers: values.committers,
      roles: values.roles,
      undo: values.undo,
      merges: values.merges,
      since: values.since,
      until: values.until,
      paths: values.path ?? [],
      revisionUrl: values.revisionUrl,
      progress: values.progress,
    },
  };
}

type Values = ReturnType<ReturnType<typeof creditsCommandSpec>['opts']>;

const FORMATS: readonly string[] = ['json', 'table', 'html'];

function formatOf(value: string | undefined): CreditsFormat {
  return value === 'table' || value === 'html' ? value : 'json';
}

/** What the options say that cannot be: a missing or second directory, a value out of place. */
function findProblem(dirs: string[], values: Values): string | undefined {
  if (dirs.length !== 1) {
    return dirs.length === 0
      ? 'credits needs the <git-dir> to read'
      : `credits reads one <git-dir>, got ${dirs.length}: ${dirs.join(' ')}`;
  }
  const format = values.format ?? 'json';
  if (!FORMATS.includes(format)) {
    return `--format must be json, table or html, not "${values.format}"`;
  }
  if (format === 'html' && !values.out) {
    return '--format html needs --out DIR';
  }
  if (format !== 'html' && values.out !== undefined) {
    return '--out is for --format html';
  }
  if (values.revisionUrl !== undefined && !values.revisionUrl.includes(REVISION_PLACEHOLDER)) {
    return `--revision-url must contain ${REVISION_PLACEHOLDER}, e.g. https://svn.example.org/r${REVISION_PLACEHOLDER}`;
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
      return `--${name} needs a value`;
    }
  }
  if ((values.path ?? []).some((p) => p.trim() === '')) {
    return '--path needs a glob, e.g. "subversion/libsvn_wc/**"';
  }
  return undefined;
}
