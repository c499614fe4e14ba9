import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded database belongs to one process at a time: a second one writing the same files
 * would corrupt them. A pid file says who holds it; a holder that is no longer running is
 * taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'moduleboard.pid');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new Error(
        `the embedded database in ${dir} is in use by process ${holder}; stop it first, or set DATABASE_URL to share a PostgreSQL server`,
      );
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
