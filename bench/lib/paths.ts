import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The bench package's folder. */
export const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** The repository root, where the CLI is run from. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A path as printed and passed to commands: relative to the repository root, where they run. */
export function fromRepo(path: string): string {
  return relative(repoRoot, path) || '.';
}

/** bench/.work: generated histories, projects files and profiles; gitignored. */
export function workDir(): string {
  const dir = fileURLToPath(new URL('../.work', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Whether a module is the script node was started with (and not imported by another). */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(script).href === moduleUrl;
}

export function positiveInteger(text: string, option: string): number {
  const value = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${option} must be a positive whole number (got "${text}")`);
  }
  return value;
}
