import type { Measurement } from './measure';

export type MeasurementId = 's' | 'a' | 'a2' | 'b' | 'c';

export interface Row {
  id: MeasurementId;
  label: string;
  command: string;
  setup?: string | undefined;
  measurement?: Measurement | undefined;
  skipped?: string | undefined;
  /** The failure of a command that should have worked. */
  error?: string | undefined;
}

export interface Check {
  name: string;
  /** The measured value, formatted. */
  value: string;
  target: string;
  /** undefined when a part it needs was not measured. */
  pass: boolean | undefined;
  note?: string | undefined;
}

export interface GrowthPoint {
  commits: number;
  /** Peak RSS in MB per measurement id. */
  peakMb: Partial<Record<MeasurementId, number>>;
}

export const TAGS: Record<MeasurementId, string> = {
  s: '(s)',
  a: '(a)',
  a2: '(a′)',
  b: '(b)',
  c: '(c)',
};

export function mb(kb: number): number {
  return kb / 1024;
}

const COLUMNS = [
  ['id', 5],
  ['measurement', 38],
  ['median s', 9],
  ['range s', 12],
  ['CPU s', 7],
  ['peak RSS MB', 12],
  ['tree MB', 8],
] as const;

function cells(values: string[]): string {
  return values
    .map((value, i) => {
      const [, width] = COLUMNS[i] ?? ['', 0];
      return i < 2 ? value.padEnd(width) : value.padStart(width);
    })
    .join(' ');
}

/**
 * One line per measurement: median wall time, the range of the runs, CPU (the command and the
 * children it waited for, so node + git), peak RSS of the largest process, the sampled peak of
 * the whole tree, and each process's own peak.
 */
export function formatTable(rows: Row[]): string {
  const lines = [`  ${cells(COLUMNS.map(([title]) => title))}  processes (peak MB)`];
  for (const row of rows) {
    const m = row.measurement;
    const head = [TAGS[row.id], row.label];
    if (!m) {
      const why = row.error
        ? `FAILED: ${row.error.split('\n')[0] ?? ''}`
        : `skipped: ${row.skipped ?? 'not run'}`;
      lines.push(`  ${cells(head)} ${why}`);
      continue;
    }
    const times = m.runs.map((r) => r.seconds);
    const range =
      times.length > 1 ? `${Math.min(...times).toFixed(2)}–${Math.max(...times).toFixed(2)}` : '';
    const processes = m.processes.map((p) => `${p.name} ${mb(p.peakKb).toFixed(0)}`).join(', ');
    const values = [
      ...head,
      m.seconds.toFixed(2),
      range,
      m.cpuSeconds === undefined ? '-' : m.cpuSeconds.toFixed(2),
      mb(m.peakKb).toFixed(1),
      mb(m.treePeakKb).toFixed(0),
    ];
    lines.push(`  ${cells(values)}  ${processes}`);
  }
  return lines.join('\n');
}

export function formatCommands(rows: Row[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(`  ${TAGS[row.id].padEnd(5)} ${row.command}`);
    if (row.setup) {
      lines.push(`  ${''.padEnd(5)} untimed before each run: ${row.setup}`);
    }
  }
  return lines.join('\n');
}

export function formatChecks(checks: Check[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  return checks
    .map((c) => {
      const verdict = c.pass === undefined ? 'SKIP' : c.pass ? 'PASS' : 'FAIL';
      const note = c.note ? `  (${c.note})` : '';
      return `  ${c.name.padEnd(width)}  ${c.value.padStart(9)}  target ${c.target.padEnd(10)} ${verdict}${note}`;
    })
    .join('\n');
}

/** Peak RSS at each size, and how much it rose per 100,000 commits since the size before. */
export function formatGrowth(points: GrowthPoint[], ids: MeasurementId[]): string {
  const header = `  ${'commits'.padStart(9)}  ${ids
    .map((id) => `${`${TAGS[id]} MB`.padStart(10)} ${'+MB/100k'.padStart(9)}`)
    .join('  ')}`;
  const lines = points.map((p, i) => {
    const before = points[i - 1];
    const columns = ids.map((id) => {
      const value = p.peakMb[id];
      const slope = before ? slopePer100k(before, p, id) : undefined;
      return `${(value?.toFixed(1) ?? '-').padStart(10)} ${(slope === undefined ? '' : slope.toFixed(0)).padStart(9)}`;
    });
    return `  ${p.commits.toLocaleString('en').padStart(9)}  ${columns.join('  ')}`;
  });
  return [header, ...lines].join('\n');
}

/** The rise of peak RSS between two sizes, in MB per 100,000 commits. */
export function slopePer100k(
  from: GrowthPoint,
  to: GrowthPoint,
  id: MeasurementId,
): number | undefined {
  const a = from.peakMb[id];
  const b = to.peakMb[id];
  if (a === undefined || b === undefined || to.commits === from.commits) {
    return undefined;
  }
  return ((b - a) / (to.commits - from.commits)) * 100_000;
}

/** The exponent k in RSS ∝ commits^k between the smallest and the largest size. */
export function growthExponent(points: GrowthPoint[], id: MeasurementId): number | undefined {
  const usable = points.filter((p) => p.peakMb[id] !== undefined);
  const first = usable[0];
  const last = usable[usable.length - 1];
  const low = first?.peakMb[id];
  const high = last?.peakMb[id];
  if (!first || !last || first === last || !low || !high) {
    return undefined;
  }
  return Math.log(high / low) / Math.log(last.commits / first.commits);
}
