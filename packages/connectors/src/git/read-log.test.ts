import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../types';
import type { GitCommit } from './log-format';
import { readGitLogChunks } from './read-log';
import { streamGitBytes } from './run-git';
import { createTestRepo, type TestRepo } from './testing';

let repo: TestRepo;

beforeAll(() => {
  repo = createTestRepo();
  for (let i = 0; i < 40; i++) {
    repo.commit({
      message: `Change ${i}: café\n\n${'A line of body text.\n'.repeat(i * 20)}Patch by: someone ${i}\n`,
      files: { [`dir-${i % 3}/file-${i}.txt`]: `${i}` },
      author: { name: i % 2 ? 'Zoë Ång' : 'Bo', email: `author${i % 5}@example.org` },
    });
  }
  repo.rawCommit(Buffer.from([0x42, 0x61, 0x64, 0x20, 0xff, 0xc3, 0x0a, 0x00, 0x0a]));
});

afterAll(() => {
  repo.remove();
});

async function all(options: Parameters<typeof readGitLogChunks>[0]): Promise<GitCommit[]> {
  const out: GitCommit[] = [];
  for await (const chunk of readGitLogChunks(options)) {
    out.push(...chunk);
  }
  return out;
}

async function bytes(via: 'pipe' | 'paced' | 'spool'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of streamGitBytes({ dir: repo.dir, args: ['log', '-p'], via })) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

describe('streamGitBytes', () => {
  it('gives the same bytes through a pipe, a paced pipe and a spool file', async () => {
    const piped = await bytes('pipe');
    expect(piped.length).toBeGreaterThan(10_000);
    expect(await bytes('paced')).toEqual(piped);
    expect(await bytes('spool')).toEqual(piped);
  });

  it.each(['pipe', 'paced', 'spool'] as const)('reports git failing (%s)', async (via) => {
    const read = async () => {
      for await (const _ of streamGitBytes({ dir: repo.dir, args: ['log', 'no-such-rev'], via })) {
        // nothing to read
      }
    };
    await expect(read()).rejects.toBeInstanceOf(SourceError);
  });

  it('stops git when the reader stops early', async () => {
    const args = ['log', '-p', '--reverse'];
    for await (const chunk of streamGitBytes({ dir: repo.dir, args, via: 'spool' })) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
  });
});

describe('readGitLogChunks', () => {
  it('reads the same commits when git runs ahead through a spool file', async () => {
    const piped = await all({ dir: repo.dir, withFiles: true });
    expect(piped).toHaveLength(41);
    expect(await all({ dir: repo.dir, withFiles: true, readAhead: true })).toEqual(piped);
  });

  it('leaves out the committer and the dates when asked, and only them', async () => {
    const full = await all({ dir: repo.dir });
    const lean = await all({
      dir: repo.dir,
      readAhead: true,
      fields: { committer: false, authorDate: false },
    });
    expect(lean).toEqual(
      full.map((c) => ({
        ...c,
        authorDate: '',
        committerName: '',
        committerEmail: '',
        committerDate: '',
      })),
    );
    // The message git holds as bytes that are not UTF-8 is decoded with replacement characters.
    expect(lean[0]?.message).toBe('Bad \uFFFD\uFFFD\n');
    expect(lean[1]?.authorName).toBe('Zoë Ång');
    expect(lean[2]?.authorName).toBe('Bo');
  });
});
