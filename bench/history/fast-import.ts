import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { FileChange } from './file-tree';
import type { Signature, SyntheticCommit } from './synthetic-history';

const FLUSH_AT = 1 << 20;

/**
 * Feeds commits to `git fast-import` through its standard input. Text is gathered into ~1 MB
 * writes and every write waits for the pipe to drain, so the generator never runs ahead of git
 * and memory stays flat whatever the number of commits.
 */
export async function fastImport(options: {
  gitDir: string;
  branch: string;
  commits: Iterable<SyntheticCommit>;
  onProgress?: (done: number) => void;
}): Promise<void> {
  const child = spawn('git', ['--git-dir', options.gitDir, 'fast-import', '--quiet', '--done'], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8192);
  });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ref = `refs/heads/${options.branch}`;
  let pending: string[] = [];
  let pendingBytes = 0;
  let done = 0;
  try {
    for (const commit of options.commits) {
      const text = commitCommand(ref, commit);
      pending.push(text);
      pendingBytes += text.length;
      done++;
      if (pendingBytes >= FLUSH_AT) {
        await write(child.stdin, pending.join(''));
        pending = [];
        pendingBytes = 0;
        options.onProgress?.(done);
      }
    }
    pending.push('done\n');
    await write(child.stdin, pending.join(''));
    child.stdin.end();
  } catch (error) {
    child.kill();
    throw error;
  }
  const code = await exit;
  if (code !== 0) {
    throw new Error(`git fast-import failed (exit ${code}): ${stderr.trim()}`);
  }
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text, 'utf8')) {
    // once() rejects on 'error' too: a fast-import that died shows up here as EPIPE.
    await once(stream, 'drain');
  }
}

function commitCommand(ref: string, commit: SyntheticCommit): string {
  const parts = [
    `commit ${ref}\n`,
    `author ${signature(commit.author)}\n`,
    `committer ${signature(commit.committer)}\n`,
    data(commit.message),
  ];
  for (const change of commit.changes) {
    parts.push(fileCommand(change));
  }
  parts.push('\n');
  return parts.join('');
}

function fileCommand(change: FileChange): string {
  if (change.op === 'D') {
    return `D ${change.path}\n`;
  }
  if (change.op === 'R') {
    // The source path is quoted: folder names such as "Core and Builtins" hold spaces.
    return `R ${quote(change.from)} ${change.path}\n`;
  }
  return `M 100644 inline ${change.path}\n${data(change.content)}`;
}

function signature(s: Signature): string {
  return `${s.name} <${s.email}> ${s.time} ${s.zone}`;
}

/** fast-import counts bytes, not characters: names and messages hold non-ASCII text. */
function data(text: string): string {
  return `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
}

function quote(path: string): string {
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
