import { parseArgs } from 'node:util';
import { DEFAULT_SEED, ensureHistory, type History } from './history/generate';
import { growthCheck, peakCheck, ratioCheck, TARGETS } from './lib/checks';
import { gitLog } from './lib/commands';
import { type BenchServer, connectBenchServer } from './lib/database';
import { peakSource, runOnce, type Sample, summarize } from './lib/measure';
import { fromRepo, positiveInteger } from './lib/paths';
import {
  type Check,
  formatChecks,
  formatCommands,
  formatGrowth,
  formatTable,
  type GrowthPoint,
  type MeasurementId,
  mb,
  type Row,
  TAGS,
} from './lib/report';
import {
  creditsScenario,
  gitLogScenario,
  type Scenario,
  startupScenario,
  syncScenario,
} from './lib/scenarios';

interface Options {
  commits: number;
  runs: number;
  seed: number;
  only: Set<MeasurementId>;
  sizes: number[];
}

const ALIASES: Record<string, MeasurementId> = {
  a: 'a',
  a2: 'a2',
  "a'": 'a2',
  'a′': 'a2',
  b: 'b',
  c: 'c',
};

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      commits: { type: 'string', default: '200000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      only: { type: 'string', default: 'a,a2,b,c' },
      sizes: { type: 'string' },
    },
  });
  const commits = positiveInteger(values.commits, '--commits');
  // The start-up is always measured: it is cheap, and every CLI figure includes it.
  const only = new Set<MeasurementId>(['s']);
  for (const name of values.only.split(',').map((s) => s.trim())) {
    const id = ALIASES[name];
    if (!id) {
      throw new Error(`--only takes a, a2 (or a′), b and c, comma-separated (got "${name}")`);
    }
    only.add(id);
  }
  // By default the growth check also runs at a quarter and at half of the history.
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => positiveInteger(s.trim(), '--sizes'))
    : [Math.round(commits / 4), Math.round(commits / 2), commits];
  return {
    commits,
    runs: positiveInteger(values.runs, '--runs'),
    seed: positiveInteger(values.seed, '--seed'),
    only,
    sizes: [...new Set(sizes)].sort((x, y) => x - y),
  };
}

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function prepareHistory(commits: number, seed: number): Promise<History> {
  const h = await ensureHistory({ commits, seed, log: progress });
  const how = h.seconds > 0 ? `generated in ${h.seconds.toFixed(1)} s` : 'reused';
  print(
    `history: ${fromRepo(h.dir)} (${commits.toLocaleString('en')} commits, seed ${seed}, ${how})`,
  );
  // Read it all once, so that every timed run finds the pack in the page cache.
  await runOnce(gitLog(h.dir, { nameStatus: true }));
  return h;
}

const LABELS: Record<MeasurementId, string> = {
  s: 'start-up: node + tsx, `--help`',
  a: 'git log (hash, author, date, message)',
  a2: 'git log … --name-status',
  b: 'moduleboard credits --format json',
  c: 'moduleboard sync (first, PostgreSQL)',
};

function scenariosFor(
  h: History,
  server: BenchServer | undefined,
): Record<MeasurementId, Scenario | undefined> {
  return {
    s: startupScenario(),
    a: gitLogScenario(h, false),
    a2: gitLogScenario(h, true),
    b: creditsScenario(h),
    c: server ? syncScenario(h, server) : undefined,
  };
}

/**
 * Runs every chosen measurement once per round, `runs` rounds, so that a burst of load from
 * elsewhere on the machine hits a whole round rather than one measurement's every run.
 */
async function measureRounds(options: {
  scenarios: Record<MeasurementId, Scenario | undefined>;
  ids: MeasurementId[];
  runs: number;
}): Promise<Row[]> {
  const entries: { row: Row; scenario: Scenario; samples: Sample[] }[] = [];
  for (const id of options.ids) {
    const scenario = options.scenarios[id];
    if (scenario) {
      const row: Row = { id, label: LABELS[id], command: scenario.command, setup: scenario.setup };
      row.skipped = scenario.skipped;
      entries.push({ row, scenario, samples: [] });
    }
  }
  const attempt = async (entry: (typeof entries)[number], step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      // One broken command must not hide the other figures; its targets fail below.
      entry.row.error = error instanceof Error ? error.message : String(error);
      progress(`${TAGS[entry.row.id]} failed: ${entry.row.error}`);
    }
  };
  const live = () => entries.filter((e) => !e.row.skipped && !e.row.error);
  for (const entry of live()) {
    const { prepare } = entry.scenario;
    if (prepare) {
      progress(`preparing ${TAGS[entry.row.id]} (untimed)…`);
      await attempt(entry, prepare);
    }
  }
  for (let round = 1; round <= options.runs; round++) {
    for (const entry of live()) {
      await attempt(entry, async () => {
        const sample = await entry.scenario.sample();
        entry.samples.push(sample);
        progress(
          `round ${round}/${options.runs} ${TAGS[entry.row.id]}: ${sample.seconds.toFixed(2)} s, ${mb(sample.peakKb).toFixed(0)} MB`,
        );
      });
    }
  }
  for (const entry of live()) {
    entry.row.measurement = summarize(entry.samples);
  }
  return entries.map((e) => e.row);
}

/**
 * Peak RSS of (b) and (c) at each size, the median of as many runs as the main measurement:
 * with garbage collected late, a peak varies by a good part from one run to the next.
 */
async function measureGrowth(options: {
  opts: Options;
  rows: Row[];
  server: BenchServer | undefined;
}): Promise<{ ids: MeasurementId[]; points: GrowthPoint[] }> {
  const { opts, rows } = options;
  const ids = (['b', 'c'] as const).filter((id) => rows.find((r) => r.id === id)?.measurement);
  const points: GrowthPoint[] = [];
  if (opts.sizes.length < 2 || ids.length === 0) {
    return { ids: [], points };
  }
  for (const commits of opts.sizes) {
    const measured =
      commits === opts.commits
        ? rows
        : await measureRounds({
            scenarios: scenariosFor(await prepareHistory(commits, opts.seed), options.server),
            ids,
            runs: opts.runs,
          });
    const point: GrowthPoint = { commits, peakMb: {} };
    for (const id of ids) {
      const m = measured.find((r) => r.id === id)?.measurement;
      if (m) {
        point.peakMb[id] = mb(m.peakKb);
      }
    }
    points.push(point);
  }
  return { ids, points };
}

async function main(): Promise<number> {
  const options = parseOptions();
  const started = performance.now();
  print(
    `Moduleboard benchmarks: ${options.commits.toLocaleString('en')} commits, median of ${options.runs} interleaved runs; peak RSS from ${peakSource}`,
  );
  const server = options.only.has('c') ? await connectBenchServer() : undefined;
  const history = await prepareHistory(options.commits, options.seed);
  const ids = (['s', 'a', 'a2', 'b', 'c'] as const).filter((id) => options.only.has(id));
  const rows = await measureRounds({
    scenarios: scenariosFor(history, server),
    ids,
    runs: options.runs,
  });
  const growth = await measureGrowth({ opts: options, rows, server });

  const row = (id: MeasurementId) => rows.find((r) => r.id === id);
  const startup = row('s');
  const checks: Check[] = [
    ratioCheck({
      name: '(b)/(a)',
      top: row('b'),
      bottom: row('a'),
      target: TARGETS.creditsOverLog,
      startup,
    }),
    ratioCheck({
      name: '(c)/(a′)',
      top: row('c'),
      bottom: row('a2'),
      target: TARGETS.syncOverLog,
      startup,
    }),
    peakCheck('b', row('b')),
    peakCheck('c', row('c')),
  ];
  for (const id of growth.ids) {
    checks.push(growthCheck(id, growth.points));
  }

  print();
  print(formatTable(rows));
  print();
  print('commands (run from the repository root):');
  print(formatCommands(rows));
  if (growth.points.length > 1) {
    print();
    print('peak RSS by history size:');
    print(formatGrowth(growth.points, growth.ids));
  }
  print();
  print('targets:');
  print(formatChecks(checks));
  print();
  print(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return checks.some((c) => c.pass === false) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    progress(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
