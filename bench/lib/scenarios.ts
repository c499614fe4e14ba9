import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, gitLog, printable } from './commands';
import type { BenchServer } from './database';
import { runOnce, type Sample } from './measure';
import { fromRepo, repoRoot, workDir } from './paths';

export interface HistoryRef {
  dir: string;
  commits: number;
}

/** Extra flags for the Node process of the command measured (a profiler's, say). */
export interface NodeFlags {
  nodeFlags?: string[] | undefined;
}

export interface Scenario {
  /** What the table and the docs print: the exact command, from the repository root. */
  command: string;
  /** An untimed step run before each timed run, printed with it. */
  setup?: string | undefined;
  /** Why it was not run, when it could not be. */
  skipped?: string | undefined;
  /** Untimed, once before the first sample: warms caches and checks the output. */
  prepare?: (() => Promise<void>) | undefined;
  /** One timed run. */
  sample(): Promise<Sample>;
}

/** Node and tsx starting our CLI and printing its usage: the floor of every CLI run. */
export function startupScenario(): Scenario {
  const command = cli(['--help']);
  return {
    command: printable(command),
    // The first start of a changed tree compiles it into tsx's cache; later ones do not.
    prepare: async () => {
      await runOnce(command);
    },
    sample: () => runOnce(command),
  };
}

export function gitLogScenario(history: HistoryRef, nameStatus: boolean): Scenario {
  const command = gitLog(history.dir, { nameStatus });
  return { command: printable(command), sample: () => runOnce(command) };
}

/** (b): `credits --format json`, after one untimed run whose output is checked. */
export function creditsScenario(history: HistoryRef, flags: NodeFlags = {}): Scenario {
  const command = cli(['credits', fromRepo(history.dir), '--format', 'json'], flags);
  const available = existsSync(join(repoRoot, 'apps/cli/src/commands/credits.ts'));
  return {
    command: printable(command),
    skipped: available ? undefined : 'apps/cli/src/commands/credits.ts does not exist yet',
    async prepare() {
      // Also warms tsx's compile cache, as the first git log warmed the page cache.
      const output = join(workDir(), `credits-${history.commits}.json`);
      await runOnce({ ...command, stdout: output });
      checkCredits(output, history.commits);
    },
    sample: () => runOnce(command),
  };
}

function checkCredits(path: string, commits: number): void {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    commits?: unknown;
    creditedCommits?: unknown;
  };
  if (report.commits !== commits || typeof report.creditedCommits !== 'number') {
    throw new Error(
      `credits read ${String(report.commits)} commits (expected ${commits}); see ${fromRepo(path)}`,
    );
  }
}

const DATABASE = 'moduleboard_bench';

/**
 * (c): a first full sync into PostgreSQL. Each run gets a fresh database and an untimed
 * `import` of a projects file pointing at the history; then `sync` is timed and what it stored
 * is counted.
 */
export function syncScenario(
  history: HistoryRef,
  server: BenchServer,
  flags: NodeFlags = {},
): Scenario {
  const env = { DATABASE_URL: server.urlFor(DATABASE) };
  return {
    command: printable(cli(['sync'], { env, ...flags })),
    setup: `a new database, then ${printable(cli(['import', fromRepo(projectsPath(history))], { env }))}`,
    async sample() {
      const db = await server.create(DATABASE);
      try {
        const env = { DATABASE_URL: db.url };
        await runOnce(cli(['import', fromRepo(writeProjectsFile(history))], { env }));
        const sample = await runOnce(cli(['sync'], { env, ...flags }));
        // DOC items of the modules' doc globs come on top of one CHANGE per commit.
        const changes = await db.count(`select count(*) as n from items where kind = 'CHANGE'`);
        if (changes !== history.commits) {
          throw new Error(`sync stored ${changes} changes for ${history.commits} commits`);
        }
        return sample;
      } finally {
        await db.drop();
      }
    },
  };
}

/** One project whose git source is the history, with modules routed by path globs. */
function projectsPath(history: HistoryRef): string {
  return join(workDir(), `projects-${history.commits}.yaml`);
}

function writeProjectsFile(history: HistoryRef): string {
  const path = projectsPath(history);
  writeFileSync(
    path,
    `# Written by bench/run.ts for the sync benchmark.
projects:
  - slug: bench
    name: Synthetic history (${history.commits} commits)
    sources:
      - { kind: git, name: history, path: ${JSON.stringify(history.dir.split('/').pop())} }
    modules:
      - slug: lib
        paths: ["Lib/**"]
        modules:
          - { slug: asyncio, paths: ["Lib/asyncio/**", "Lib/test/test_asyncio/**"],
              docs: ["Doc/library/asyncio*.rst"] }
          - { slug: email, paths: ["Lib/email/**", "Lib/test/test_email/**"] }
      - { slug: c-api, paths: ["Modules/**", "Objects/**", "Python/**", "Include/**"] }
      - { slug: docs, paths: ["Doc/**"] }
      - slug: subversion
        paths: ["subversion/**"]
        modules:
          - { slug: wc, paths: ["subversion/libsvn_wc/**", "subversion/tests/libsvn_wc/**"] }
          - { slug: fs, paths: ["subversion/libsvn_fs*/**"] }
          - { slug: ra, paths: ["subversion/libsvn_ra*/**"] }
`,
  );
  return path;
}
