import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromRepo, isMain, positiveInteger, workDir } from '../lib/paths';
import { fastImport } from './fast-import';
import { syntheticHistory } from './synthetic-history';

/** Bump when the generator's output changes, so that stale repositories are rebuilt. */
const GENERATOR_VERSION = 1;
const BRANCH = 'main';
const MARKER = 'moduleboard-bench.json';
export const DEFAULT_SEED = 1;

export interface History {
  /** The bare repository. */
  dir: string;
  commits: number;
  seed: number;
  head: string;
  /** Seconds spent generating; 0 when an existing repository was reused. */
  seconds: number;
}

interface Marker {
  version: number;
  commits: number;
  seed: number;
  head: string;
}

/**
 * The synthetic repository for `commits` and `seed` under bench/.work, generated when missing
 * (or made by an older generator) and reused otherwise. It is built in a temporary folder and
 * renamed at the end, so an interrupted run never leaves a half-written history to be reused.
 */
export async function ensureHistory(options: {
  commits: number;
  seed?: number | undefined;
  log?: ((line: string) => void) | undefined;
}): Promise<History> {
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = join(workDir(), `history-${options.commits}`);
  const existing = readMarker(dir);
  if (
    existing?.version === GENERATOR_VERSION &&
    existing.commits === options.commits &&
    existing.seed === seed
  ) {
    return { dir, commits: options.commits, seed, head: existing.head, seconds: 0 };
  }
  const started = performance.now();
  const temporary = `${dir}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  git(['init', '--quiet', '--bare', `--initial-branch=${BRANCH}`, temporary]);
  let last = 0;
  await fastImport({
    gitDir: temporary,
    branch: BRANCH,
    commits: syntheticHistory({ commits: options.commits, seed }),
    onProgress: (done) => {
      if (done - last >= 20_000) {
        last = done;
        options.log?.(`  generated ${done.toLocaleString('en')} commits`);
      }
    },
  });
  const head = git(['--git-dir', temporary, 'rev-parse', `refs/heads/${BRANCH}`]);
  const marker: Marker = { version: GENERATOR_VERSION, commits: options.commits, seed, head };
  writeFileSync(join(temporary, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(temporary, dir);
  return {
    dir,
    commits: options.commits,
    seed,
    head,
    seconds: (performance.now() - started) / 1000,
  };
}

function readMarker(dir: string): Marker | undefined {
  const path = join(dir, MARKER);
  if (!existsSync(path)) {
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

/** Prints `count` sample messages with their authors and files, to see what is generated. */
function printSample(options: { count: number; commits: number; seed: number }): void {
  for (const commit of syntheticHistory(options)) {
    if (commit.index > 0 && commit.index % Math.floor(options.commits / options.count) === 0) {
      const files = commit.changes.map((c) => `${c.op} ${c.path}`).join('\n');
      process.stdout.write(
        `--- #${commit.index} ${commit.author.name} <${commit.author.email}>\n${commit.message}${files}\n\n`,
      );
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      commits: { type: 'string', default: '200000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      sample: { type: 'string' },
    },
  });
  const commits = positiveInteger(values.commits, '--commits');
  const seed = positiveInteger(values.seed, '--seed');
  if (values.sample !== undefined) {
    printSample({ count: positiveInteger(values.sample, '--sample'), commits, seed });
    return;
  }
  const history = await ensureHistory({
    commits,
    seed,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const how = history.seconds > 0 ? `generated in ${history.seconds.toFixed(1)} s` : 'reused';
  process.stdout.write(`${fromRepo(history.dir)} (${commits} commits, seed ${seed}, ${how})\n`);
}

if (isMain(import.meta.url)) {
  await main();
}
