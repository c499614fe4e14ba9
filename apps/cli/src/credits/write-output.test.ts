import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeChunks } from './write-output';

describe('writeChunks', () => {
  it('waits for a slow reader', async () => {
    const seen: string[] = [];
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _encoding, done) {
        seen.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    await writeChunks(slow, ['aaaa', 'bbbb', 'cccc']);
    await new Promise((resolve) => slow.end(resolve));
    expect(seen).toEqual(['aaaa', 'bbbb', 'cccc']);
  });

  it('stops quietly when the reader has gone', async () => {
    const gone = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    await expect(writeChunks(gone, ['a', 'b', 'c'])).resolves.toBeUndefined();
  });
});
