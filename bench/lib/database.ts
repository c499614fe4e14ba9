import postgres from 'postgres';

export interface BenchDatabase {
  /** The URL the CLI gets as DATABASE_URL. */
  url: string;
  /** The number a `select count(*) as n …` query returns (to check what a sync stored). */
  count(query: string): Promise<number>;
  drop(): Promise<void>;
}

export interface BenchServer {
  /** The URL of a database of this server, as DATABASE_URL takes it. */
  urlFor(name: string): string;
  /** A new empty database, dropping a leftover of an interrupted run first. */
  create(name: string): Promise<BenchDatabase>;
}

/** Users tried in turn on the local server, which trusts local connections. */
const ADMIN_USERS = ['postgres', 'root'];

/**
 * The PostgreSQL server the sync is measured against: BENCH_POSTGRES_URL when set, else the
 * local one at 127.0.0.1:5432 as `postgres` or `root`. Fails with every attempt's reason.
 */
export async function connectBenchServer(): Promise<BenchServer> {
  const fromEnv = process.env.BENCH_POSTGRES_URL;
  const candidates = fromEnv
    ? [fromEnv]
    : ADMIN_USERS.map((user) => `postgres://${user}@127.0.0.1:5432/postgres`);
  const failures: string[] = [];
  for (const adminUrl of candidates) {
    const sql = open(adminUrl);
    try {
      await sql`select 1`;
      return createServer(adminUrl);
    } catch (error) {
      failures.push(`${adminUrl}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
  throw new Error(
    `no PostgreSQL server to measure the sync against (set BENCH_POSTGRES_URL):\n  ${failures.join('\n  ')}`,
  );
}

function createServer(adminUrl: string): BenchServer {
  const urlFor = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = async (statement: string) => {
    const sql = open(adminUrl);
    try {
      await sql.unsafe(statement);
    } finally {
      await sql.end();
    }
  };
  return {
    urlFor,
    async create(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
        throw new Error(`bad database name "${name}"`);
      }
      await admin(`drop database if exists ${name} with (force)`);
      await admin(`create database ${name}`);
      const url = urlFor(name);
      return {
        url,
        async count(query) {
          const sql = open(url);
          try {
            const [row] = await sql.unsafe<{ n: string }[]>(query);
            return Number(row?.n ?? 0);
          } finally {
            await sql.end();
          }
        },
        drop: () => admin(`drop database if exists ${name} with (force)`),
      };
    },
  };
}

function open(url: string): postgres.Sql {
  return postgres(url, { max: 1, onnotice: () => undefined, connect_timeout: 5 });
}
