import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@moduleboard/config';

/**
 * AUTH_SECRET when set (required in production). Otherwise a secret made once and kept in the
 * data directory, so that sessions survive a restart of a development or demo server.
 */
export function loadAuthSecret(config: AppConfig): string {
  if (config.authSecret) {
    return config.authSecret;
  }
  const file = join(config.dataDir, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
