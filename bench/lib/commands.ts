import type { CommandSpec } from './measure';
import { fromRepo, repoRoot } from './paths';

/**
 * The baseline's format: hash, author, date and the raw message, which is what the credits
 * command needs from git and no more.
 */
export const GIT_LOG_FORMAT = '--format=%H%n%an <%ae>%n%aI%n%B';

/** git log over the whole history of HEAD, output discarded: the floor for (b) and (c). */
export function gitLog(gitDir: string, options: { nameStatus: boolean }): CommandSpec {
  const argv = ['git', '-C', fromRepo(gitDir), '-c', 'core.quotepath=off', 'log', GIT_LOG_FORMAT];
  if (options.nameStatus) {
    argv.push('--name-status');
  }
  return { argv, cwd: repoRoot };
}

/**
 * Our CLI exactly as `pnpm moduleboard` runs it (tsx loading the TypeScript sources), minus
 * pnpm's own start-up, which is not ours to measure: `node --import tsx apps/cli/src/main.ts`.
 */
export function cli(
  args: string[],
  options: { env?: Record<string, string> | undefined; nodeFlags?: string[] | undefined } = {},
): CommandSpec {
  return {
    // Extra flags after tsx, so that a probe written in TypeScript can be preloaded too.
    argv: [
      process.execPath,
      '--import',
      'tsx',
      ...(options.nodeFlags ?? []),
      'apps/cli/src/main.ts',
      ...args,
    ],
    cwd: repoRoot,
    env: options.env,
  };
}

/** The command line as a person would type it from the repository root. */
export function printable(command: CommandSpec, redirect = '> /dev/null'): string {
  const env = Object.entries(command.env ?? {}).map(([k, v]) => `${k}=${v} `);
  const argv = command.argv.map((arg, i) =>
    i === 0 && arg === process.execPath ? 'node' : shellQuote(arg),
  );
  return `${env.join('')}${argv.join(' ')}${redirect ? ` ${redirect}` : ''}`;
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
