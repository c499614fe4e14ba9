import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `pnpm start` as a newcomer runs it: the same command line its script ends with, on a database
// of its own, started, stopped and started again: the embedded one, and a fresh database on the
// PostgreSQL server when TEST_DATABASE_URL names one. (The web build it runs first is covered by
// the browser tests.)
const root = fileURLToPath(new URL('../../', import.meta.url));
const startScript: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts
  .start;
const cliArgs = startScript.split('pnpm moduleboard ')[1]?.split(' ') ?? [];
const dataDir = mkdtempSync(join(tmpdir(), 'moduleboard-start-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') {
    throw new Error('no port');
  }
  return address.port;
}

interface Running {
  url: string;
  child: ChildProcess;
  output: () => string;
}

async function start(port: number, database: Record<string, string>): Promise<Running> {
  const { DATABASE_URL: _unused, GITHUB_API_URL: _none, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'apps/cli/src/main.ts'), ...cliArgs],
    {
      cwd: root,
      env: { ...inherited, ...database, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await until(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.ok === true, {
      what: 'GET /healthz to answer',
      output: () => output,
      child,
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url, child, output: () => output };
}

async function stop(running: Running): Promise<void> {
  if (running.child.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGINT');
  // Stopping must not hang; a process that does is killed and the test fails.
  const hung = setTimeout(() => running.child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(hung);
  expect(running.child.signalCode, running.output()).toBeNull();
}

async function until(
  check: () => Promise<boolean>,
  on: { what: string; output: () => string; child: ChildProcess },
): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (on.child.exitCode !== null) {
      throw new Error(`exited (${on.child.exitCode}) waiting for ${on.what}:\n${on.output()}`);
    }
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${on.what}:\n${on.output()}`);
}

async function graphql<T>(url: string, query: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) {
    throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

const KINDS = ['BUG', 'CHANGE', 'USE_CASE', 'DISCUSSION', 'DRAFT', 'DOC'] as const;

interface Snapshot {
  projects: string[];
  sources: { name: string; health: string; itemCount: number }[];
  kinds: Record<string, number>;
  contribulyzerChanges: number;
}

async function snapshot(url: string): Promise<Snapshot> {
  const { projects } = await graphql<{
    projects: { edges: { node: { slug: string; sources: Snapshot['sources'] } }[] };
  }>(url, '{ projects(first: 10) { edges { node { slug sources { name health itemCount } } } } }');
  const counts = KINDS.map((kind) => `${kind}: items(kinds: [${kind}], first: 1) { totalCount }`);
  const { project } = await graphql<{
    project: {
      connectors: Record<string, { totalCount: number }>;
      contribulyzer: { items: { totalCount: number } };
    };
  }>(
    url,
    `{ project(slug: "moduleboard") {
      connectors: module(path: "packages/connectors") { ${counts.join(' ')} }
      contribulyzer: module(path: "packages/contribulyzer") {
        items(kinds: [CHANGE], first: 1) { totalCount }
      }
    } }`,
  );
  return {
    projects: projects.edges.map((e) => e.node.slug).sort(),
    sources: projects.edges.flatMap((e) =>
      e.node.sources.map((s) => ({ ...s, name: `${e.node.slug}/${s.name}` })),
    ),
    kinds: Object.fromEntries(
      KINDS.map((kind) => [kind, project.connectors[kind]?.totalCount ?? 0]),
    ),
    contribulyzerChanges: project.contribulyzer.items.totalCount,
  };
}

interface Database {
  name: string;
  /** The environment that points the command at it. */
  env(): Record<string, string>;
}

const embedded: Database = { name: 'the embedded database', env: () => ({ DATA_DIR: dataDir }) };

/** A database of its own on the server: the demo is imported only into one with no project. */
function server(url: string): Database {
  const name = `moduleboard_start_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  let created = false;
  beforeAll(async () => {
    await admin.unsafe(`create database ${name}`);
    created = true;
  });
  afterAll(async () => {
    if (created) {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    }
    await admin.end({ timeout: 5 });
  });
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { name: 'PostgreSQL', env: () => ({ DATA_DIR: dataDir, DATABASE_URL: own.href }) };
}

const databases = [
  embedded,
  ...(process.env.TEST_DATABASE_URL ? [server(process.env.TEST_DATABASE_URL)] : []),
];

describe.each(databases)('pnpm start on $name', (database) => {
  it('serves the demo, synced, and keeps it unchanged across a restart', async () => {
    expect(cliArgs).toContain('serve');
    const port = await freePort();

    const before = await synced(port, database.env());
    expect(before.projects).toEqual(['ipython', 'moduleboard', 'pydotorg']);
    for (const kind of KINDS) {
      expect(before.kinds[kind], kind).toBeGreaterThan(0);
    }
    expect(before.contribulyzerChanges).toBeGreaterThan(0);

    expect(await synced(port, database.env())).toEqual(before);
    // Two starts and two demo syncs: 15 s on an idle machine, a minute beside other tests.
  }, 240_000);
});

/** Starts the command, waits for every demo source to have synced, reads, and stops it. */
async function synced(port: number, database: Record<string, string>): Promise<Snapshot> {
  const running = await start(port, database);
  try {
    let last: Snapshot | undefined;
    await until(
      async () => {
        last = await snapshot(running.url);
        return last.sources.every((s) => s.health === 'OK' || s.health === 'NATIVE');
      },
      { what: 'every demo source to sync', output: running.output, child: running.child },
    );
    if (!last) {
      throw new Error('no snapshot');
    }
    return last;
  } finally {
    await stop(running);
  }
}
