import { spawn } from 'node:child_process';
import { SourceError } from '../types';

export interface RunGitOptions {
  dir: string;
  args: string[];
  signal?: AbortSignal | undefined;
}

/**
 * Streams the standard output of one git command as UTF-8 text, chunk by chunk, with
 * backpressure (git waits while the consumer is busy). A non-zero exit becomes a SourceError
 * carrying git's own words; stopping early kills git.
 */
export async function* streamGit(options: RunGitOptions): AsyncGenerator<string> {
  const child = spawn('git', ['-C', options.dir, '-c', 'core.quotepath=off', ...options.args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    signal: options.signal,
    // GIT_FLUSH=0: git would otherwise flush a pipe after every commit of a log, and the reader
    // would wake up for each of them.
    env: { GIT_FLUSH: '0', ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 8192) {
      stderr += chunk;
    }
  });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  // Awaited below once stdout ends; when reading stops early (an abort) nobody awaits it.
  exit.catch(() => undefined);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let finished = false;
  try {
    for await (const chunk of child.stdout) {
      const text = decoder.decode(chunk as Buffer, { stream: true });
      if (text) {
        yield text;
      }
    }
    const tail = decoder.decode();
    if (tail) {
      yield tail;
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
  }
}

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
