import { median } from './measure';
import {
  type Check,
  type GrowthPoint,
  growthExponent,
  type MeasurementId,
  mb,
  type Row,
  slopePer100k,
  TAGS,
} from './report';

/** The targets of the issue: (b) ≤ 1.5 × (a), (c) ≤ 3 × (a′), peak RSS ≤ 300 MB. */
export const TARGETS = { creditsOverLog: 1.5, syncOverLog: 3, peakMb: 300 };

/**
 * A time ratio against its baseline. Runs are interleaved (a, a′, b, c, then again), so each
 * round's ratio compares runs made under the same load; the check uses the median of those.
 */
export function ratioCheck(options: {
  name: string;
  top: Row | undefined;
  bottom: Row | undefined;
  target: number;
  startup: Row | undefined;
}): Check {
  const { top, bottom, name } = options;
  const target = `≤ ${options.target}`;
  const topRuns = top?.measurement;
  const bottomRuns = bottom?.measurement;
  if (!topRuns || !bottomRuns) {
    const failed = [top, bottom].find((r) => r?.error);
    return {
      name,
      value: '-',
      target,
      pass: failed ? false : undefined,
      note: failed ? `${TAGS[failed.id]} failed` : undefined,
    };
  }
  // A measurement that fails in any round gets no figures: those that have them have all rounds.
  const bottoms = bottomRuns.runs.map((r) => r.seconds);
  const starts = options.startup?.measurement?.runs.map((r) => r.seconds);
  const ratios = (less: (round: number) => number) =>
    median(topRuns.runs.map((r, i) => (r.seconds - less(i)) / (bottoms[i] ?? Number.NaN)));
  const ratio = ratios(() => 0);
  const net = starts
    ? `; ${ratios((i) => starts[i] ?? Number.NaN).toFixed(2)} without the start-up`
    : '';
  return {
    name,
    value: ratio.toFixed(2),
    target,
    pass: ratio <= options.target,
    note: `median of per-round ratios${net}`,
  };
}

export function peakCheck(id: MeasurementId, row: Row | undefined): Check {
  const name = `peak RSS ${TAGS[id]}`;
  const target = `≤ ${TARGETS.peakMb} MB`;
  const m = row?.measurement;
  if (!m) {
    return { name, value: '-', target, pass: row?.error ? false : undefined };
  }
  const git = m.processes.find((p) => p.name === 'git');
  return {
    name,
    value: `${mb(m.peakKb).toFixed(0)} MB`,
    target,
    pass: mb(m.peakKb) <= TARGETS.peakMb,
    note: git ? `plus git alongside: ${mb(git.peakKb).toFixed(0)} MB` : undefined,
  };
}

/**
 * A rise within 10% of the smallest size's peak, or within 32 MB (about what one run differs
 * from the next when garbage is collected a little earlier or later), counts as flat.
 */
const FLAT_SHARE = 0.1;
const FLAT_MB = 32;

/**
 * Whether peak memory grows less than linearly with the history. A fixed cost (Node, tsx, the
 * loaded modules) makes any RSS ∝ commits^k fit give k < 1, so that is shown but not judged:
 * what is judged is the rise per commit. It must shrink from the first interval between sizes
 * to the last (memory held per commit rises at a constant rate, and fails), unless the peak
 * stays flat.
 */
export function growthCheck(id: MeasurementId, points: GrowthPoint[]): Check {
  const usable = points.filter((p) => p.peakMb[id] !== undefined);
  const name = `RSS growth ${TAGS[id]}`;
  const target = 'sublinear';
  const [first, second] = usable;
  const last = usable[usable.length - 1];
  const beforeLast = usable[usable.length - 2];
  if (usable.length < 3 || !first || !second || !last || !beforeLast) {
    return { name, value: '-', target, pass: undefined, note: 'needs three sizes (--sizes)' };
  }
  const low = first.peakMb[id] ?? 0;
  const rise = (last.peakMb[id] ?? 0) - low;
  const early = slopePer100k(first, second, id) ?? 0;
  const late = slopePer100k(beforeLast, last, id) ?? 0;
  const k = growthExponent(usable, id);
  const slopes = `${signed(early)} then ${signed(late)} MB per 100,000 commits`;
  const exponent = k === undefined ? '' : `; RSS ∝ commits^${k.toFixed(2)}`;
  if (rise <= Math.max(FLAT_SHARE * low, FLAT_MB)) {
    return { name, value: 'flat', target, pass: true, note: `${slopes}${exponent}` };
  }
  return {
    name,
    value: late < early ? 'slowing' : 'linear+',
    target,
    pass: late < early,
    note: `${slopes}${exponent}`,
  };
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(0)}`;
}
