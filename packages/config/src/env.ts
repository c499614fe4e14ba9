import { z } from 'zod';
import { ConfigError } from './config-error';

export { ConfigError };

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: 'must be a postgres:// or postgresql:// URL',
});

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** The environment variables Moduleboard reads, all optional (DESIGN §4). */
export const EnvSchema = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().min(1).default('.moduleboard'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(8080),
    PUBLIC_URL: httpUrl.optional(),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
    GITHUB_TOKEN: optionalText,
    GITHUB_API_URL: httpUrl.optional(),
    GITHUB_WEBHOOK_SECRET: optionalText,
    GITHUB_CLIENT_ID: optionalText,
    GITHUB_CLIENT_SECRET: optionalText,
    FEEDS_ALLOW_PRIVATE_NETWORK: z
      .enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' })
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** The password of an account made by `moduleboard user create`, instead of asking. */
    MODULEBOARD_PASSWORD: z.string().min(1, 'must not be empty').optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.GITHUB_CLIENT_ID) !== Boolean(env.GITHUB_CLIENT_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.GITHUB_CLIENT_ID ? 'GITHUB_CLIENT_SECRET' : 'GITHUB_CLIENT_ID'],
        message: 'GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET must be set together',
      });
    }
    if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required when NODE_ENV=production (sessions would not survive a restart)',
      });
    }
  });
export type EnvSchema = z.infer<typeof EnvSchema>;

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; poolSize: number };

/** The configuration every part of Moduleboard receives, built once from the environment. */
export interface AppConfig {
  env: EnvSchema['NODE_ENV'];
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  publicUrl: string;
  authSecret: string | undefined;
  logLevel: EnvSchema['LOG_LEVEL'];
  feeds: {
    /** Lets feeds be read from loopback and private addresses (local setups, tests). */
    allowPrivateNetwork: boolean;
  };
  /** The password `moduleboard user create` gives a new account; asked for when absent. */
  accountPassword: string | undefined;
  github: {
    token: string | undefined;
    apiUrl: string;
    /** GITHUB_API_URL was set: the demo then syncs from it rather than from its recording. */
    apiUrlGiven: boolean;
    webhookSecret: string | undefined;
    oauth: { clientId: string; clientSecret: string } | undefined;
  };
}

// Values never repeated in an error message.
const SECRETS = new Set([
  'AUTH_SECRET',
  'GITHUB_TOKEN',
  'GITHUB_WEBHOOK_SECRET',
  'GITHUB_CLIENT_SECRET',
  'MODULEBOARD_PASSWORD',
]);

const GITHUB_API = 'https://api.github.com';

/** The configuration of this process, from its environment: the one place that reads it. */
export function loadConfig(): AppConfig {
  return parseEnv(process.env);
}

/** Parses the environment, reporting every problem at once in a `ConfigError`. */
export function parseEnv(source: Record<string, string | undefined>): AppConfig {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const raw = typeof issue.path[0] === 'string' ? source[issue.path[0]] : undefined;
        const shown = raw === undefined || SECRETS.has(name) ? '' : ` (got "${raw}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const env = result.data;
  const { GITHUB_CLIENT_ID: clientId, GITHUB_CLIENT_SECRET: clientSecret } = env;
  return {
    env: env.NODE_ENV,
    dataDir: env.DATA_DIR,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: env.DATA_DIR },
    host: env.HOST,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, ''),
    authSecret: env.AUTH_SECRET,
    logLevel: env.LOG_LEVEL,
    accountPassword: env.MODULEBOARD_PASSWORD,
    feeds: { allowPrivateNetwork: env.FEEDS_ALLOW_PRIVATE_NETWORK },
    github: {
      token: env.GITHUB_TOKEN,
      apiUrl: (env.GITHUB_API_URL ?? GITHUB_API).replace(/\/+$/, ''),
      apiUrlGiven: env.GITHUB_API_URL !== undefined,
      webhookSecret: env.GITHUB_WEBHOOK_SECRET,
      oauth: clientId && clientSecret ? { clientId, clientSecret } : undefined,
    },
  };
}
