import { spawn } from 'node:child_process';
import { close, closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { SourceError } from '../types';

export interface RunGitOptions {
  dir: string;
  args: string[];
  signal?: AbortSignal | undefined;
}

export interface StreamGitBytesOptions extends RunGitOptions {
  /**
   * How git's output reaches the reader. `pipe` (the default): through a pipe, git waiting while
   * the reader is busy. `paced`: a pipe read in batches (see `readPaced`). `spool`: for a long
   * output read by a busy reader (a log credited as it streams): git writes to a temporary file
   * that is deleted at once and read as it grows (see `readSpool`); `paced` where such a file
   * cannot be made.
   */
  via?: 'pipe' | 'paced' | 'spool' | undefined;
}

/**
 * Streams the standard output of one git command as UTF-8 text, chunk by chunk, with
 * backpressure (git waits while the consumer is busy). A non-zero exit becomes a SourceError
 * carrying git's own words; stopping early kills git.
 */
export async function* streamGit(options: RunGitOptions): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for await (const chunk of streamGitBytes(options)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) {
      yield text;
    }
  }
  const tail = decoder.decode();
  if (tail) {
    yield tail;
  }
}

/** The same stream as raw bytes, for readers that decode only the parts they need. */
export async function* streamGitBytes(options: StreamGitBytesOptions): AsyncGenerator<Buffer> {
  const spool = options.via === 'spool' ? openSpool() : undefined;
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn('git', ['-C', options.dir, '-c', 'core.quotepath=off', ...options.args], {
      stdio: ['ignore', spool === undefined ? 'pipe' : spool.write, 'pipe'],
      signal: options.signal,
      // GIT_FLUSH=0: git would otherwise flush a pipe after every commit of a log, and the
      // reader would wake up for each of them.
      env: { GIT_FLUSH: '0', ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
  } finally {
    // git holds its own copy of the descriptor.
    if (spool !== undefined) {
      closeSync(spool.write);
    }
  }
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (stderr.length < 8192) {
      stderr += chunk;
    }
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  // Awaited below once stdout ends; when reading stops early (an abort) nobody awaits it.
  exit.catch(() => undefined);
  let finished = false;
  try {
    let chunks: AsyncIterable<Buffer>;
    if (spool !== undefined) {
      chunks = readSpool(spool.read, () => exited);
    } else if (child.stdout === null) {
      throw new Error('git was started without a pipe for its output');
    } else {
      chunks =
        options.via === undefined || options.via === 'pipe'
          ? child.stdout
          : readPaced(child.stdout);
    }
    for await (const chunk of chunks) {
      yield chunk;
    }
    const code = await exit.catch((error: unknown) => {
      throw gitFailure(options.dir, error instanceof Error ? error.message : String(error));
    });
    finished = true;
    if (code !== 0) {
      throw gitFailure(options.dir, stderr);
    }
  } finally {
    if (!finished && child.exitCode === null) {
      child.kill();
    }
    if (spool !== undefined) {
      // Closing frees the file's pages, which takes a while for a long log: off this thread.
      close(spool.read, () => undefined);
    }
  }
}

/**
 * A temporary file for git's output, deleted at once: it lives only as long as the two
 * descriptors open on it (git's and the reader's), so nothing is left behind even when the
 * process is killed. Undefined where that cannot be done (a full or read-only temporary
 * directory, a system that will not delete an open file): the caller uses a pipe then.
 */
function openSpool(): { write: number; read: number } | undefined {
  let dir: string | undefined;
  const opened: number[] = [];
  try {
    dir = mkdtempSync(join(tmpdir(), 'moduleboard-git-'));
    const path = join(dir, 'output');
    opened.push(openSync(path, 'wx'));
    opened.push(openSync(path, 'r'));
    unlinkSync(path);
    rmdirSync(dir);
    const [write, read] = opened;
    return write === undefined || read === undefined ? undefined : { write, read };
  } catch {
    for (const fd of opened) {
      closeSync(fd);
    }
    return undefined;
  }
}

// A file read as git writes it: each read takes all git wrote since the last one, in pieces of
// up to SPOOL_PIECE; a reader that has caught up looks again after SPOOL_WAIT_MS. A quarter of
// a megabyte: the commits parsed from a piece then die young, where pieces of a megabyte (some
// 2,500 commits at once) outlived the young generation and swelled the heap by 40 MB at random.
const SPOOL_PIECE = 1 << 18;
const SPOOL_MIN_READ = 64 << 10;
const SPOOL_WAIT_MS = 1;

/**
 * Reads git's output from the spool file as it grows, until git has exited and all it wrote is
 * read. git never waits for the reader (a file takes whatever it writes, at the speed of memory),
 * and the reader takes large pieces at its own pace instead of a small one per write. Each piece
 * is a fresh part of a buffer, never written again: a reader may keep it.
 */
export async function* readSpool(fd: number, exited: () => boolean): AsyncGenerator<Buffer> {
  let buffer = Buffer.allocUnsafeSlow(SPOOL_PIECE);
  let used = 0;
  let position = 0;
  for (;;) {
    if (buffer.length - used < SPOOL_MIN_READ) {
      buffer = Buffer.allocUnsafeSlow(SPOOL_PIECE);
      used = 0;
    }
    // Asked before reading: whatever git wrote before it exited is then read below.
    const done = exited();
    const read = readSync(fd, buffer, used, buffer.length - used, position);
    if (read > 0) {
      const piece = buffer.subarray(used, used + read);
      used += read;
      position += read;
      yield piece;
      continue;
    }
    if (done) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, SPOOL_WAIT_MS));
  }
}

// git writes through a 4 KiB stdio buffer. A reader that waits on the pipe is woken for every one
// of those writes, and on a virtual machine each wake-up costs git (the writer) dearly: measured
// here, a log read eagerly took a third longer than the same log written to a file. A reader
// that has caught up instead stops watching the pipe for a moment; the socket's buffer (about
// 200 KiB) holds several milliseconds of git's output, so git is never held up by the pause.
const PAUSE_MS = 1;
// How far git may run ahead of a busy consumer: a few milliseconds of its output.
const MAX_QUEUED_BYTES = 1 << 20;

/**
 * The chunks of a readable stream, read in batches: when the consumer has taken everything read
 * so far, reading pauses for `PAUSE_MS` before it resumes. Buffers at most about
 * `MAX_QUEUED_BYTES` ahead of the consumer.
 */
export async function* readPaced(stream: Readable): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let head = 0;
  let queued = 0;
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const onData = (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued > MAX_QUEUED_BYTES) {
      stream.pause();
    }
    notify();
  };
  const onEnd = () => {
    ended = true;
    notify();
  };
  const onError = (error: Error) => {
    failure = error;
    notify();
  };
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('error', onError);
  try {
    for (;;) {
      if (head < queue.length) {
        const chunk = queue[head] as Buffer;
        queue[head] = EMPTY;
        head += 1;
        queued -= chunk.length;
        if (head === queue.length) {
          queue.length = 0;
          head = 0;
        }
        if (stream.isPaused() && queued <= MAX_QUEUED_BYTES / 2 && !ended) {
          stream.resume();
        }
        yield chunk;
        continue;
      }
      if (failure !== undefined) {
        throw failure;
      }
      if (ended) {
        return;
      }
      // Let the event loop read what git wrote while the consumer was busy: only when that is
      // nothing has the consumer caught up.
      await new Promise((resolve) => setImmediate(resolve));
      if (head < queue.length || ended || failure !== undefined) {
        continue;
      }
      stream.pause();
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      stream.resume();
      if (queue.length === 0 && !ended && failure === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  } finally {
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('error', onError);
    // Whatever is left unread must not stop git from finishing (or being killed).
    stream.resume();
  }
}

const EMPTY = Buffer.alloc(0);

/** Runs a short git command and returns its trimmed output. */
export async function runGit(options: RunGitOptions): Promise<string> {
  let out = '';
  for await (const chunk of streamGit(options)) {
    out += chunk;
  }
  return out.trim();
}

function gitFailure(dir: string, stderr: string): SourceError {
  const text = stderr.trim();
  if (/not a git repository/i.test(text)) {
    return new SourceError(`${dir} is not a git repository`, { retryable: false });
  }
  if (/ENOENT|cannot change to|No such file/i.test(text)) {
    return new SourceError(`${dir} does not exist or git is not installed`, { retryable: false });
  }
  const revision = /unknown revision[^']*'([^']+)'|bad revision '([^']+)'/i.exec(text);
  if (revision) {
    const name = revision[1] ?? revision[2];
    return new SourceError(`branch or revision "${name}" does not exist in ${dir}`, {
      retryable: false,
    });
  }
  const first = text.split('\n').find((l) => l.trim() !== '') ?? 'git failed without a message';
  return new SourceError(`git failed in ${dir}: ${first.replace(/^fatal:\s*/, '')}`, {
    retryable: false,
  });
}
