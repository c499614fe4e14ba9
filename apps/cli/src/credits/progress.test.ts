import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProgress } from './progress';

function terminal(tty: boolean): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    { isTTY: tty, columns: 100 },
  );
  return { stream, text: () => chunks.join('') };
}

describe('startProgress', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'progress-test-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=A', '-c', 'user.email=a@example.org', ...args], {
        cwd: dir,
      });
    git('init', '--quiet');
    for (let i = 0; i < 3; i++) {
      writeFileSync(join(dir, 'f'), String(i));
      git('add', 'f');
      git('commit', '--quiet', '-m', `c${i}`);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = (stream: Writable, enabled = true) =>
    startProgress({ stream, enabled, dir, head: 'HEAD', since: undefined, until: undefined });

  it('draws a bar on a terminal, with the total from git', async () => {
    const { stream, text } = terminal(true);
    const progress = start(stream);
    for (let i = 0; i < 50 && !text().includes('/3 commits'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    progress.tick();
    progress.stop();
    expect(text()).toContain('/3 commits');
  });

  it('stays silent when standard error is no terminal or the bar is off', async () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const { stream, text } = terminal(tty);
      const progress = start(stream, enabled);
      progress.tick();
      await new Promise((resolve) => setTimeout(resolve, 100));
      progress.stop();
      expect(text()).toBe('');
    }
  });
});
