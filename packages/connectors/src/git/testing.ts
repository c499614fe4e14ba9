import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FakeCommit {
  message: string;
  /** Files to write (path → content); null deletes the file. */
  files?: Record<string, string | null>;
  author?: { name: string; email: string };
  /** ISO date for both author and committer. */
  date?: string;
}

export interface TestRepo {
  dir: string;
  commit(commit: FakeCommit): string;
  /**
   * A commit whose message is these exact bytes (NUL bytes, invalid UTF-8…), written as a raw
   * object since git's porcelain refuses such messages. It changes no file.
   */
  rawCommit(message: Buffer): string;
  git(...args: string[]): string;
  remove(): void;
}

/** A real git repository in a temporary folder, built commit by commit with git itself. */
export function createTestRepo(options: { branch?: string } = {}): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'moduleboard-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
    }).trim();
  git('init', '-q', '-b', options.branch ?? 'main');
  git('config', 'user.name', 'Test Author');
  git('config', 'user.email', 'author@example.org');
  git('config', 'commit.gpgsign', 'false');
  let tick = 0;
  return {
    dir,
    git,
    commit(commit) {
      for (const [path, content] of Object.entries(
        commit.files ?? { [`file-${tick}.txt`]: `${tick}` },
      )) {
        const full = join(dir, path);
        if (content === null) {
          rmSync(full, { force: true });
        } else {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, content);
        }
      }
      git('add', '-A');
      tick++;
      const date = commit.date ?? new Date(Date.UTC(2024, 0, 1, 0, tick)).toISOString();
      const author = commit.author ?? { name: 'Test Author', email: 'author@example.org' };
      execFileSync('git', ['-C', dir, 'commit', '-q', '--allow-empty', '-F', '-'], {
        input: commit.message,
        env: {
          ...process.env,
          HOME: dir,
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
      });
      return git('rev-parse', 'HEAD');
    },
    rawCommit(message) {
      const head = git('rev-parse', 'HEAD');
      const tree = git('rev-parse', 'HEAD^{tree}');
      tick++;
      const when = 1_704_067_200 + tick * 60;
      const header = [
        `tree ${tree}`,
        `parent ${head}`,
        `author Raw Author <raw@example.org> ${when} +0000`,
        `committer Raw Author <raw@example.org> ${when} +0000`,
        '',
        '',
      ].join('\n');
      const sha = execFileSync(
        'git',
        ['-C', dir, 'hash-object', '-t', 'commit', '-w', '--literally', '--stdin'],
        { input: Buffer.concat([Buffer.from(header), message]) },
      )
        .toString()
        .trim();
      git('update-ref', 'HEAD', sha);
      return sha;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
