import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DomainError, importProjects, type ProjectImportReport } from '@moduleboard/core';
import { fail, openRuntime } from '../runtime';

/** `moduleboard import <file>`: creates or updates the projects a projects file declares. */
export async function importCommand(file: string): Promise<number> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const runtime = await openRuntime();
  try {
    const reports = await importProjects({
      ctx: runtime.ctx,
      input: { text, file, baseDir: dirname(path) },
    });
    for (const report of reports) {
      process.stdout.write(`${describe(report)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      return fail(error.message);
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

function describe(r: ProjectImportReport): string {
  const counts = (name: string, c: { created: number; updated: number; deleted: number }) =>
    c.created + c.updated + c.deleted === 0
      ? undefined
      : `${name} +${c.created} ~${c.updated} -${c.deleted}`;
  const parts = [
    counts('modules', r.modules),
    counts('sources', r.sources),
    counts('milestones', r.milestones),
    counts('tasks', r.tasks),
    r.rerouted ? 're-routed' : undefined,
  ].filter(Boolean);
  const state = r.created ? 'created' : parts.length > 0 || r.updated ? 'updated' : 'unchanged';
  return `${r.slug}: ${state}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}
