import { DomainError } from '@moduleboard/core/shared';
import { type SyncReport, syncSources } from '@moduleboard/core/sync';
import { createConnectors } from '@moduleboard/server/connectors';
import { SingleBar } from 'cli-progress';
import { fail, openRuntime } from '../runtime';

export interface SyncOptions {
  project?: string | undefined;
  source?: string | undefined;
}

/** `moduleboard sync`: syncs the chosen sources now, with a progress bar on a terminal. */
export async function syncCommand(values: SyncOptions): Promise<number> {
  const runtime = await openRuntime();
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: '{name} [{bar}] {value}/{total} {eta_formatted}',
        hideCursor: true,
      })
    : undefined;
  let current: number | undefined;
  try {
    const reports = await syncSources({
      ctx: runtime.ctx,
      input: { project: values.project, source: values.source },
      connectors: createConnectors(runtime.config),
      // Two batches written at once keep a PostgreSQL server busy while the next is read.
      parallel: runtime.config.database.kind === 'postgres' ? 2 : 1,
      onProgress: (p) => {
        if (!bar) {
          return;
        }
        if (current !== p.sourceId) {
          bar.stop();
          bar.start(p.total ?? p.done, 0, { name: p.name });
          current = p.sourceId;
        }
        bar.setTotal(Math.max(p.total ?? p.done, p.done));
        bar.update(p.done, { name: p.name });
      },
      onReport: () => {
        bar?.stop();
        current = undefined;
      },
    });
    for (const report of reports) {
      process.stdout.write(`${describe(report)}\n`);
    }
    return reports.every((r) => r.ok) ? 0 : 1;
  } catch (error) {
    bar?.stop();
    if (error instanceof DomainError) {
      return fail(error.message);
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

function describe(r: SyncReport): string {
  const where = `${r.project}/${r.name}`;
  if (!r.ok) {
    return `${where}: failed: ${r.error}`;
  }
  const line = `${where}: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged${r.deleted ? `, ${r.deleted} deleted` : ''} (${(r.durationMs / 1000).toFixed(1)} s)`;
  const notes = Object.entries(r.notes)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, count]) => `\n  skipped: ${kind} (${count})`);
  return line + notes.join('');
}
