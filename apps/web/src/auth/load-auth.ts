import type { AuthOutcome } from './auth-client';

export type { AuthOutcome };

/** The login client, fetched the first time it is needed (a chunk of its own). */
export function loadAuth(): Promise<typeof import('./auth-client')> {
  return import('./auth-client');
}
