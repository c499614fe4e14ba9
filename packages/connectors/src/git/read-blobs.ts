import { spawn } from 'node:child_process';
import { SourceError } from '../types';

export interface Blob {
  /** What was asked for, e.g. "HEAD:docs/intro.md". */
  spec: string;
  /** The file's text (UTF-8, invalid bytes replaced), or null when there is no such file. */
  text: string | null;
  /** Its size in bytes, even when the text was not kept for being too large. */
  size: number;
}

/**
 * Reads many files of a revision through one `git cat-file --batch`: each answer states its
 * exact size, so contents are split without guessing, whatever bytes they hold.
 */
export async function* readBlobs(
  dir: string,
  specs: string[],
  options: { maxBytes?: number; signal?: AbortSignal } = {},
): AsyncGenerator<Blob> {
  if (specs.length === 0) {
    return;
  }
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const child = spawn('git', ['-C', dir, 'cat-file', '--batch'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    signal: options.signal,
  });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  exit.catch(() => undefined);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  // Paths with a newline cannot be asked for on a line; they are answered as missing.
  child.stdin.end(specs.map((s) => (s.includes('\n') ? 'missing-object\n' : `${s}\n`)).join(''));
  const decoder = new TextDecoder('utf-8');
  let buffer: Buffer = Buffer.alloc(0);
  let index = 0;
  let pending: { size: number } | undefined;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!pending) {
        const nl = buffer.indexOf(10);
        if (nl < 0) {
          break;
        }
        const header = buffer.subarray(0, nl).toString('utf8');
        buffer = buffer.subarray(nl + 1);
        const spec = specs[index] ?? '';
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          index++;
          yield { spec, text: null, size: 0 };
          continue;
        }
        const size = Number(header.split(' ')[2]);
        pending = { size };
      }
      if (buffer.length < pending.size + 1) {
        break;
      }
      const spec = specs[index++] ?? '';
      const body = buffer.subarray(0, pending.size);
      yield {
        spec,
        text: pending.size <= maxBytes ? decoder.decode(body) : null,
        size: pending.size,
      };
      buffer = buffer.subarray(pending.size + 1);
      pending = undefined;
    }
  }
  const code = await exit;
  if (code !== 0) {
    throw new SourceError(`git cat-file failed in ${dir}: ${stderr.trim() || `exit ${code}`}`, {
      retryable: false,
    });
  }
}
