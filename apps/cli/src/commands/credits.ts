import { writeFile } from 'node:fs/promises';
import { resolveRevision, runGit } from '@moduleboard/connectors/git';
import { SourceError } from '@moduleboard/connectors/types';
import { type Collected, collectCredits, openCommitLog } from '../credits/collect';
import { loadCreditSources } from '../credits/credit-sources';
import type { CreditsResult } from '../credits/credits-result';
import type { MessageSpool } from '../credits/message-spool';
import { CREDITS_USAGE, type CreditsOptions, parseCreditsArgs } from '../credits/options';
import { createPathFilter } from '../credits/path-filter';
import { type Progress, startProgress } from '../credits/progress';
import { renderJson } from '../credits/render-json';
import { renderTable } from '../credits/render-table';
import { UsageError } from '../credits/usage-error';
import { writeChunks } from '../credits/write-output';

/** Where the command writes; tests pass their own streams. */
export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const PREFIX = 'moduleboard credits';

/**
 * `moduleboard credits <git-dir>`: credits the contributors of a history without any database.
 * Exit codes: 0 done, 1 the repository cannot be read, 2 bad usage (options or files they name).
 */
export async function creditsCommand(
  args: string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const parsed = parseCreditsArgs(args);
  if (parsed.kind === 'help') {
    io.stdout.write(CREDITS_USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr.write(`${PREFIX}: ${parsed.message}\n\n${CREDITS_USAGE}`);
    return 2;
  }
  try {
    return await run(parsed.options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${PREFIX}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof SourceError) {
      io.stderr.write(`${PREFIX}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function run(options: CreditsOptions, io: CommandIo): Promise<number> {
  const started = performance.now();
  const head = await resolveHead(options.dir);
  const touches = await createPathFilter(options.paths);
  // git starts on the history while the repository's .mailmap and COMMITTERS are read.
  const log = openCommitLog({
    options,
    head,
    withFiles: touches !== undefined,
    withDates: options.format === 'html',
  });
  let spool: MessageSpool | undefined;
  let progress: Progress | undefined;
  try {
    // The pages' modules load only for them: JSON and the table start without their weight.
    if (options.format === 'html') {
      spool = new (await import('../credits/message-spool')).MessageSpool();
    }
    const sources = await loadCreditSources(options, head);
    progress = startProgress({
      stream: io.stderr,
      enabled: options.progress,
      dir: options.dir,
      head,
      since: options.since,
      until: options.until,
    });
    const collected = await collectCredits({ log, sources, touches, progress, spool });
    const read = performance.now();
    progress.stop();
    const result = resolveContributors({ options, head, collected });
    if (options.merges !== undefined) {
      await writeMerges(options.merges, result);
    }
    await writeResult({ options, io, result, spool });
    const merges = result.contributors.reduce((n, c) => n + c.person.merges.length, 0);
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    const lines = [
      `${PREFIX}: ${result.commits} commits (${result.creditedCommits} with credit lines), ` +
        `${result.contributors.length} contributors, ${merges} identity merges` +
        `${result.blocked.length > 0 ? ` (${result.blocked.length} undone)` : ''}, ` +
        `${seconds(performance.now() - started)} s (${seconds(read - started)} s reading the history)`,
      ...sources.notes.map((note) => `  ${note}`),
      ...collected.report.summary(),
    ];
    if (options.format === 'html') {
      lines.push(`  pages written to ${options.out}/index.html`);
    }
    io.stderr.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    progress?.stop();
    await log.close();
    spool?.close();
  }
}

/** Folds the tally's identities into people, with the project's files and undone merges. */
function resolveContributors(input: {
  options: CreditsOptions;
  head: string;
  collected: Collected;
}): CreditsResult {
  const { tally, resolver } = input.collected;
  const { people, blocked } = resolver.resolve();
  return {
    repository: input.options.dir,
    head: input.head,
    commits: tally.commits,
    creditedCommits: tally.creditedCommits,
    contributors: tally.contributors(people),
    blocked,
  };
}

async function writeResult(input: {
  options: CreditsOptions;
  io: CommandIo;
  result: CreditsResult;
  spool: MessageSpool | undefined;
}): Promise<void> {
  const { options, io, result, spool } = input;
  if (options.format === 'table') {
    await writeChunks(io.stdout, renderTable(result));
  } else if (options.format === 'json') {
    await writeChunks(io.stdout, renderJson(result));
  } else if (spool !== undefined && options.out !== undefined) {
    const out = options.out;
    const { writeHtmlSite } = await import('../credits/render-html');
    try {
      writeHtmlSite({ out, result, spool, revisionUrl: options.revisionUrl });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) {
        throw error;
      }
      throw new UsageError(`cannot write the pages to --out ${out}: ${(error as Error).message}`);
    }
  }
}

/** The commit HEAD names, or a SourceError saying why there is none. */
async function resolveHead(dir: string): Promise<string> {
  try {
    return await resolveRevision(dir, 'HEAD');
  } catch (error) {
    if (!(error instanceof SourceError)) {
      throw error;
    }
    const isRepository = await runGit({ dir, args: ['rev-parse', '--git-dir'] }).then(
      () => true,
      () => false,
    );
    if (isRepository) {
      throw new SourceError(`${dir} has no commits yet (its HEAD names no commit)`, {
        retryable: false,
        cause: error,
      });
    }
    throw error;
  }
}

/** The merge list for review; entries copied into an `--undo` file are not made again. */
async function writeMerges(path: string, result: CreditsResult): Promise<void> {
  const merges = [
    ...result.contributors.flatMap((c) =>
      c.person.merges.map((m) => ({ ...m, person: c.id, name: c.name })),
    ),
    ...result.blocked.map((m) => ({ ...m, undone: true })),
  ];
  try {
    await writeFile(path, `${JSON.stringify(merges, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write --merges ${path}: ${(error as Error).message}`);
  }
}
