import { lock } from 'proper-lockfile';
import { DataDirInUseError } from './data-dir-in-use';

// A holder refreshes the lock every STALE_MS / 2; one that stopped (a crash, a killed process)
// is taken over once its lock is that old.
const STALE_MS = 30_000;

/**
 * The embedded database belongs to one process at a time: a second one writing the same files
 * would corrupt them. The lock is proper-lockfile's (an atomic mkdir, kept fresh while held), so
 * a holder that died is taken over and one that runs is never.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  try {
    return await lock(dir, {
      lockfilePath: `${dir}/moduleboard.lock`,
      stale: STALE_MS,
      realpath: false,
      // Lost only if this process stalled longer than STALE_MS: say so rather than crash.
      onCompromised: (error) =>
        process.emitWarning(`the lock on ${dir} was lost: ${error.message}`),
    });
  } catch (error) {
    if (errorCode(error) === 'ELOCKED') {
      throw new DataDirInUseError(dir);
    }
    throw error;
  }
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

export { DataDirInUseError };
