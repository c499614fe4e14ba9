import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { parseEnv } from './env';

function problems(env: Record<string, string>): string[] {
  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  return [];
}

describe('parseEnv', () => {
  it('gives the embedded setup when nothing is set', () => {
    const config = parseEnv({});
    expect(config).toMatchObject({
      env: 'development',
      dataDir: '.moduleboard',
      database: { kind: 'pglite', dataDir: '.moduleboard' },
      host: '127.0.0.1',
      port: 8080,
      publicUrl: 'http://127.0.0.1:8080',
      accountPassword: undefined,
      github: { apiUrl: 'https://api.github.com', apiUrlGiven: false, oauth: undefined },
    });
  });

  it('reads PostgreSQL, a GitHub Enterprise and the login with GitHub', () => {
    const config = parseEnv({
      DATABASE_URL: 'postgres://db.example/mb',
      DATABASE_POOL_SIZE: '20',
      GITHUB_API_URL: 'https://ghe.example/api/v3/',
      GITHUB_CLIENT_ID: 'id',
      GITHUB_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://mb.example/',
    });
    expect(config).toMatchObject({
      database: { kind: 'postgres', url: 'postgres://db.example/mb', poolSize: 20 },
      publicUrl: 'https://mb.example',
      github: {
        apiUrl: 'https://ghe.example/api/v3',
        apiUrlGiven: true,
        oauth: { clientId: 'id', clientSecret: 'secret' },
      },
    });
  });

  it('reports every problem at once, and never repeats a secret', () => {
    expect(
      problems({
        PORT: '99999',
        DATABASE_URL: 'mysql://db',
        AUTH_SECRET: 'short',
        GITHUB_CLIENT_ID: 'id',
        MODULEBOARD_PASSWORD: '',
        LOG_LEVEL: 'loud',
      }),
    ).toEqual([
      'DATABASE_URL: must be a postgres:// or postgresql:// URL (got "mysql://db")',
      'PORT: must be between 1 and 65535 (got "99999")',
      'AUTH_SECRET: must be at least 32 characters long',
      expect.stringMatching(/^LOG_LEVEL: .* \(got "loud"\)$/),
      'MODULEBOARD_PASSWORD: must not be empty',
    ]);
  });

  it('requires AUTH_SECRET in production, and both halves of the GitHub login', () => {
    expect(problems({ NODE_ENV: 'production', GITHUB_CLIENT_SECRET: 's' })).toEqual([
      'GITHUB_CLIENT_ID: GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET must be set together',
      'AUTH_SECRET: is required when NODE_ENV=production (sessions would not survive a restart)',
    ]);
  });
});
