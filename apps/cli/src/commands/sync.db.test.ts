import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTestRepo } from '@moduleboard/connectors/git/testing';
import { uniqueName } from '@moduleboard/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const main = join(root, 'apps/cli/src/main.ts');
const run = promisify(execFile);

// The database the suite runs on: the server when there is one, else an embedded one of its own.
const dataDir = mkdtempSync(join(tmpdir(), 'moduleboard-cli-'));
const { DATABASE_URL: _unused, ...inherited } = process.env;
const env = {
  ...inherited,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'error',
  ...(process.env.MODULEBOARD_TEST_DB === 'postgres'
    ? { DATABASE_URL: process.env.TEST_DATABASE_URL }
    : {}),
};

async function moduleboard(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: root,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Each command is a process of its own that opens the embedded database: seconds apiece.
describe('moduleboard import and sync', { timeout: 120_000 }, () => {
  it('syncs a repository, reports what it skipped, and changes nothing when run again', async () => {
    const repo = createTestRepo();
    repo.commit({
      message: 'Parse dates\n\nPatch by: Ada <ada@example.org>\nTasted by: Bob\n',
      files: { 'src/date.ts': 'x' },
    });
    repo.commit({ message: 'Fix a typo', files: { 'README.md': 'y' } });
    const slug = uniqueName('cli');
    const file = join(dataDir, `${slug}.yaml`);
    writeFileSync(
      file,
      `projects:\n  - slug: ${slug}\n    name: CLI\n    modules:\n      - path: src\n        name: Sources\n        paths: ['src/**']\n    sources:\n      - { kind: git, name: repo, path: ${repo.dir} }\n`,
    );
    expect(await moduleboard('import', file)).toMatchObject({ code: 0 });

    const first = await moduleboard('sync', '--project', slug);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^${slug}/repo: 2 new, 0 updated, 0 unchanged`));
    expect(first.stdout).toContain('skipped: unrecognised field "Tasted by" (1)');

    const again = await moduleboard('sync', '--project', slug);
    expect(again.stdout).toMatch(new RegExp(`^${slug}/repo: 0 new, 0 updated, 0 unchanged`));
    expect(again.stdout).not.toContain('skipped');
    repo.remove();
  });

  it('refuses a sync of a project that does not exist, naming it', async () => {
    const result = await moduleboard('sync', '--project', 'no-such-project');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no-such-project');
  });
});
