import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ProcessPeak, ProcessTreeSampler } from './proc-tree';

export interface CommandSpec {
  argv: string[];
  cwd: string;
  /** Added to the bench's own environment. */
  env?: Record<string, string> | undefined;
  /** Where standard output goes; /dev/null unless given (a file, to check the output). */
  stdout?: string | undefined;
}

export interface Sample {
  seconds: number;
  /** User + system CPU of the command and the children it waited for (GNU time only). */
  cpuSeconds: number | undefined;
  /**
   * Peak resident set of the command's own process, in KiB: node for our CLI, git for git log.
   * The processes it starts (the git our CLI runs) are listed in `processes`.
   */
  peakKb: number;
  /** Largest sampled sum of resident sets of the whole tree (node + git) at one moment. */
  treePeakKb: number;
  processes: ProcessPeak[];
}

export interface Measurement {
  runs: Sample[];
  /** Median of the runs' wall times. */
  seconds: number;
  cpuSeconds: number | undefined;
  /** Median of the runs' peaks. */
  peakKb: number;
  treePeakKb: number;
  /** The median peak of each kind of process (by name). */
  processes: { name: string; peakKb: number }[];
}

const POLL_MS = 25;
const GNU_TIME = '/usr/bin/time';

/**
 * How the peak is read: GNU time's `%M` (the kernel's rusage maximum resident set, exact) when
 * /usr/bin/time exists and the command's own process was the largest of its tree; otherwise the
 * highest VmHWM sampled from /proc every 25 ms. The /proc sampler runs in any case, for the
 * per-process breakdown. CPU time (`%U` + `%S`, the command and its children) is GNU time's.
 */
export const peakSource = existsSync(GNU_TIME)
  ? 'GNU time %M, or /proc VmHWM when a child was larger'
  : '/proc VmHWM sampled every 25 ms';

/** Runs a command once; stdout goes to /dev/null (or a file); a non-zero exit throws. */
export async function runOnce(command: CommandSpec): Promise<Sample> {
  const timeFile = join(tmpdir(), `moduleboard-bench-time-${process.pid}-${Date.now()}`);
  const argv = existsSync(GNU_TIME)
    ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...command.argv]
    : command.argv;
  const [file, ...args] = argv;
  if (!file) {
    throw new Error('empty command');
  }
  const out = openSync(command.stdout ?? '/dev/null', 'w');
  let stderr = '';
  const started = performance.now();
  const child = spawn(file, args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env },
    stdio: ['ignore', out, 'pipe'],
  });
  const sampler = child.pid === undefined ? undefined : new ProcessTreeSampler(child.pid);
  const timer = setInterval(() => sampler?.sample(), POLL_MS);
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-16_384);
  });
  let code: number | null;
  try {
    code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
  } finally {
    clearInterval(timer);
    closeSync(out);
  }
  const seconds = (performance.now() - started) / 1000;
  const timed = readTimeFile(timeFile);
  if (code !== 0) {
    throw new Error(`exit ${code}: ${command.argv.join(' ')}\n${stderr.trim()}`);
  }
  // The wrapper itself is not part of the command: the command is the process it started.
  const depth = timed ? 1 : 0;
  const processes = (sampler?.processes() ?? []).filter((p) => p.depth >= depth);
  const own = processes.find((p) => p.depth === depth);
  // %M is the largest of the command and the children it waited for: it is the command's own
  // figure (and exact) only when no child was larger, as a git mapping a large pack can be.
  const largestIsOwn = own !== undefined && processes[0] === own;
  return {
    seconds,
    cpuSeconds: timed?.cpuSeconds,
    peakKb: largestIsOwn || !own ? Math.max(timed?.peakKb ?? 0, own?.peakKb ?? 0) : own.peakKb,
    treePeakKb: sampler?.treePeakKb() ?? 0,
    processes,
  };
}

/** The medians of a measurement's runs, each figure on its own. */
export function summarize(samples: Sample[]): Measurement {
  if (samples.length === 0) {
    throw new Error('no samples to summarize');
  }
  const names = new Set(samples.flatMap((s) => s.processes.map((p) => p.name)));
  const peakOf = (s: Sample, name: string) =>
    Math.max(0, ...s.processes.filter((p) => p.name === name).map((p) => p.peakKb));
  const cpu = samples.flatMap((s) => (s.cpuSeconds === undefined ? [] : [s.cpuSeconds]));
  return {
    runs: samples,
    seconds: median(samples.map((s) => s.seconds)),
    cpuSeconds: cpu.length === samples.length ? median(cpu) : undefined,
    peakKb: median(samples.map((s) => s.peakKb)),
    treePeakKb: median(samples.map((s) => s.treePeakKb)),
    processes: [...names]
      .map((name) => ({ name, peakKb: median(samples.map((s) => peakOf(s, name))) }))
      .sort((a, b) => b.peakKb - a.peakKb),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) {
    return Number.NaN;
  }
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function readTimeFile(path: string): { peakKb: number; cpuSeconds: number } | undefined {
  if (!existsSync(path)) {
    return undefined;
  }
  try {
    // GNU time writes "Command exited with non-zero status N" above the figures on failure.
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const [peak, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
    if (peak === undefined || user === undefined || system === undefined) {
      return undefined;
    }
    return Number.isFinite(peak + user + system)
      ? { peakKb: peak, cpuSeconds: user + system }
      : undefined;
  } finally {
    rmSync(path, { force: true });
  }
}
