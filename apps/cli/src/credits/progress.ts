import { runGit } from '@moduleboard/connectors/git';
import type { SingleBar } from 'cli-progress';

/** Counts commits read; draws a bar on a terminal once the total is known. */
export interface Progress {
  tick(): void;
  stop(): void;
}

// Redrawing on every commit would cost more than reading it.
const EVERY = 512;

const silent: Progress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on standard error when it is a terminal. The total comes from
 * `git rev-list --count`, run beside the log so it does not delay the first commit.
 */
export function startProgress(options: {
  stream: NodeJS.WriteStream | NodeJS.WritableStream;
  enabled: boolean;
  dir: string;
  head: string;
  since: string | undefined;
  until: string | undefined;
}): Progress {
  const tty = 'isTTY' in options.stream && options.stream.isTTY === true;
  if (!options.enabled || !tty) {
    return silent;
  }
  let bar: SingleBar | undefined;
  let done = 0;
  let started = false;
  let stopped = false;
  const args = ['rev-list', '--count'];
  if (options.since) {
    args.push(`--since=${options.since}`);
  }
  if (options.until) {
    args.push(`--until=${options.until}`);
  }
  args.push(options.head);
  // The bar's module loads only for a terminal: most runs (scripts, pipes) never need it.
  Promise.all([runGit({ dir: options.dir, args }), import('cli-progress')]).then(
    ([out, { SingleBar }]) => {
      const total = Number(out);
      if (!stopped && Number.isFinite(total) && total > 0) {
        bar = new SingleBar({
          stream: options.stream,
          format: 'credits [{bar}] {value}/{total} commits {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
        });
        bar.start(total, done);
        started = true;
      }
    },
    () => {
      // Without a total there is no bar; the run itself reports real failures.
    },
  );
  return {
    tick() {
      done += 1;
      if (started && done % EVERY === 0) {
        bar?.update(done);
      }
    },
    stop() {
      stopped = true;
      if (started) {
        bar?.update(done);
        bar?.stop();
      }
    },
  };
}
