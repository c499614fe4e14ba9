import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, ensureHistory } from './history/generate';
import { formatShares, summarizeCpuProfile } from './lib/cpu-profile';
import { connectBenchServer } from './lib/database';
import { formatHeapProfile, formatMemoryUsage, summarizeHeapProfile } from './lib/heap-profile';
import { fromRepo, positiveInteger, workDir } from './lib/paths';
import { creditsScenario, type Scenario, syncScenario } from './lib/scenarios';

/**
 * `tsx profile.ts --only b,c --commits N [--heap]`: runs credits (b) and the sync (c) once under
 * Node's CPU profiler (and with --heap, V8's sampling heap profiler read at the moment the most
 * memory was live) and prints where the time and the memory went, by package, by our files and
 * by function. Profiles slow the run down; use `run.ts` for the figures and this for the reasons.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      commits: { type: 'string', default: '200000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      only: { type: 'string', default: 'b,c' },
      heap: { type: 'boolean', default: false },
      top: { type: 'string', default: '15' },
    },
  });
  const commits = positiveInteger(values.commits, '--commits');
  const count = positiveInteger(values.top, '--top');
  const history = await ensureHistory({
    commits,
    seed: positiveInteger(values.seed, '--seed'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  for (const id of values.only.split(',').map((s) => s.trim())) {
    const dir = join(workDir(), 'profiles', `${id}-${commits}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const nodeFlags = ['--cpu-prof', `--cpu-prof-dir=${fromRepo(dir)}`];
    if (values.heap) {
      nodeFlags.push('--import', './bench/probes/heap-peak.ts');
      process.env.BENCH_PROBE_DIR = dir;
    }
    let scenario: Scenario;
    if (id === 'b') {
      scenario = creditsScenario(history, { nodeFlags });
    } else if (id === 'c') {
      scenario = syncScenario(history, await connectBenchServer(), { nodeFlags });
    } else {
      throw new Error(`--only takes b and c (got "${id}")`);
    }
    const sample = await scenario.sample();
    process.stdout.write(
      `\n== (${id}) ${scenario.command}\n   ${sample.seconds.toFixed(2)} s under the profiler, peak ${(sample.peakKb / 1024).toFixed(0)} MB; profiles in ${fromRepo(dir)}\n\n`,
    );
    const cpu = largest(dir, '.cpuprofile');
    if (cpu) {
      const s = summarizeCpuProfile(cpu);
      process.stdout.write(
        [
          formatShares('self time by place', s.selfByPlace, s.totalMs, count),
          formatShares('time with our file on the stack', s.inclusiveByFile, s.totalMs, count),
          formatShares(
            'time with our function on the stack',
            s.inclusiveByFunction,
            s.totalMs,
            count,
          ),
          formatShares('self time by function', s.selfByFunction, s.totalMs, count),
        ].join('\n\n'),
      );
      process.stdout.write('\n');
    }
    const heap = values.heap ? largest(dir, '.heapprofile') : undefined;
    if (heap) {
      process.stdout.write(`\n${formatHeapProfile(summarizeHeapProfile(heap), count)}\n`);
    }
    const usage = join(dir, 'memory-at-peak.json');
    if (values.heap && existsSync(usage)) {
      process.stdout.write(`\n${formatMemoryUsage(readFileSync(usage, 'utf8'))}\n`);
    }
  }
}

/** The main thread's profile: tsx's loader thread writes a small one of its own. */
function largest(dir: string, suffix: string): string | undefined {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

main().catch((error: unknown) => {
  process.stderr.write(`profile: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
