import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessPeak {
  pid: number;
  /** 0 for the process the sampler was given, 1 for its children, and so on. */
  depth: number;
  /** The executable's short name, as the kernel reports it (`node`, `git`). */
  name: string;
  /** The kernel's high-water mark of the resident set (VmHWM), in KiB. */
  peakKb: number;
}

interface Status {
  name: string;
  hwmKb: number;
  rssKb: number;
}

/**
 * Samples a process and its descendants from /proc. VmHWM is kept by the kernel, so a sample
 * taken at any time sees the highest resident set so far; only growth in the last interval
 * before a process exits can be missed (the rusage reading from /usr/bin/time covers that for
 * the command itself). The sum of VmRSS over the tree is sampled, so it is a lower bound.
 */
export class ProcessTreeSampler {
  private readonly peaks = new Map<number, ProcessPeak>();
  private treePeak = 0;

  constructor(private readonly rootPid: number) {}

  sample(): void {
    let sum = 0;
    for (const [pid, depth] of this.tree()) {
      const status = readStatus(pid);
      if (!status) {
        continue;
      }
      sum += status.rssKb;
      const seen = this.peaks.get(pid);
      if (!seen || status.hwmKb > seen.peakKb) {
        this.peaks.set(pid, { pid, depth, name: status.name, peakKb: status.hwmKb });
      }
    }
    this.treePeak = Math.max(this.treePeak, sum);
  }

  /** Every process seen, largest first. */
  processes(): ProcessPeak[] {
    return [...this.peaks.values()].sort((a, b) => b.peakKb - a.peakKb);
  }

  /** The largest sampled sum of resident sets of the whole tree at one moment, in KiB. */
  treePeakKb(): number {
    return this.treePeak;
  }

  /** Every process of the tree with its depth below the root. */
  private tree(): [number, number][] {
    const out: [number, number][] = [];
    const queue: [number, number][] = [[this.rootPid, 0]];
    for (let next = queue.shift(); next; next = queue.shift()) {
      out.push(next);
      const depth = next[1] + 1;
      queue.push(...children(next[0]).map((pid): [number, number] => [pid, depth]));
    }
    return out;
  }
}

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  // A child belongs to the thread that forked it: libuv spawns from its main thread, git from
  // its only one, but read every thread's list to be safe.
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) {
        out.push(...text.split(/\s+/).map(Number));
      }
    } catch {
      // The thread or the process ended between the two reads.
    }
  }
  return out;
}

function readStatus(pid: number): Status | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text);
    return match?.[1]?.trim();
  };
  const hwm = field('VmHWM');
  const rss = field('VmRSS');
  // A zombie (exited, not yet reaped) has released its memory and has no Vm lines.
  if (hwm === undefined || rss === undefined) {
    return undefined;
  }
  return {
    name: field('Name') ?? '?',
    hwmKb: Number.parseInt(hwm, 10),
    rssKb: Number.parseInt(rss, 10),
  };
}

/** Whether this system exposes what the sampler reads (Linux with /proc). */
export function canSampleProcesses(): boolean {
  try {
    readFileSync(`/proc/${process.pid}/status`, 'utf8');
    readdirSync(`/proc/${process.pid}/task`);
    return true;
  } catch {
    return false;
  }
}
