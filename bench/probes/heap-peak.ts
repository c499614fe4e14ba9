import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/**
 * Preloaded into a measured process (`--import ./bench/probes/heap-peak.ts`, after tsx) by
 * `profile.ts --heap`. Runs V8's sampling heap profiler from the start and, every five seconds,
 * reads what is live; the largest reading is written to BENCH_PROBE_DIR/heap-peak.heapprofile. A
 * profile written at exit shows what is still held at the end, which misses memory that a
 * process holds while it works and lets go of only when it finishes.
 */
const dir = process.env.BENCH_PROBE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 });
  let largest = 0;
  const read = () => {
    session.post('HeapProfiler.getSamplingProfile', (error, result) => {
      if (error) {
        return;
      }
      const live = totalSize(result.profile.head);
      if (live > largest) {
        largest = live;
        writeFileSync(join(dir, 'heap-peak.heapprofile'), JSON.stringify(result.profile));
      }
    });
  };
  // Each reading serializes the whole sampled heap through the inspector, which costs seconds on
  // a large heap: read every 5 s. unref: the probe must not keep the process alive.
  setInterval(read, 5000).unref();
  // What the resident set is made of when it peaks: V8's heap (live or garbage), or memory
  // outside it (buffers, code, the allocator's free lists).
  let peak: NodeJS.MemoryUsage | undefined;
  const usage = () => {
    const now = process.memoryUsage();
    if (!peak || now.rss > peak.rss) {
      peak = now;
    }
  };
  setInterval(usage, 100).unref();
  process.on('exit', () => {
    usage();
    writeFileSync(join(dir, 'memory-at-peak.json'), `${JSON.stringify(peak)}\n`);
  });
}

interface Node {
  selfSize: number;
  children: Node[];
}

function totalSize(node: Node): number {
  let sum = node.selfSize;
  for (const child of node.children) {
    sum += totalSize(child);
  }
  return sum;
}
