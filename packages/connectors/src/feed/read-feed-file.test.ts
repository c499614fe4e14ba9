import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../types';
import { readFeedFile } from './read-feed-file';
import { fixture } from './test-server';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feed-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readFeedFile', () => {
  it('reads a file and stamps it; the same stamp reads nothing', async () => {
    const path = join(dir, 'feed.xml');
    await writeFile(path, fixture('rdf.xml'));
    const first = await readFeedFile(path, null);
    expect(first.status).toBe('read');
    if (first.status !== 'read') {
      return;
    }
    expect(first.text).toBe(fixture('rdf.xml').toString('utf8'));
    expect(first.stamp.size).toBe(fixture('rdf.xml').length);
    expect(await readFeedFile(path, first.stamp)).toEqual({ status: 'not-modified' });
  });

  it('reads the file again once it changed', async () => {
    const path = join(dir, 'feed.xml');
    await writeFile(path, 'one');
    const first = await readFeedFile(path, null);
    await writeFile(path, 'two');
    // Same size: only the mtime tells, so make sure it moved.
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    const second = await readFeedFile(path, first.status === 'read' ? first.stamp : null);
    expect(second).toMatchObject({ status: 'read', text: 'two' });
  });

  it('decodes the encoding the XML declaration names', async () => {
    const path = join(dir, 'archive.rss');
    await writeFile(path, fixture('mail-archive-latin1.rss'));
    expect(await readFeedFile(path, null)).toMatchObject({ text: expect.stringContaining('Café') });
  });

  it('refuses a file over the size cap', async () => {
    const path = join(dir, 'big.xml');
    await writeFile(path, Buffer.alloc(2048, 'x'));
    await expect(readFeedFile(path, null, { maxBytes: 1024 })).rejects.toMatchObject({
      message: `${path} is larger than 1 KiB`,
      retryable: false,
    });
  });

  it.each([
    ['missing.xml', 'does not exist'],
    ['', 'is not a file'],
  ])('reports %j in words', async (name, words) => {
    const path = join(dir, name);
    const error = await readFeedFile(path, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ message: `${path} ${words}`, retryable: false });
  });
});
