import { parseEnv } from '@moduleboard/config';
import { createGitConnector } from '@moduleboard/connectors/git';
import { type Ctx, importProjects, JobQueue, silentLogger, syncSources } from '@moduleboard/core';
import { testCtx } from '@moduleboard/core/testing';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { type App, actorOf, createApp, createAuth } from '@moduleboard/server';

export interface TestApp {
  app: App;
  ctx: Ctx;
  queue: JobQueue;
}

export const WEBHOOK_SECRET = 'a webhook secret for the tests';

let queue: Promise<JobQueue> | undefined;

/** The job queue of this worker's test database, started once; no worker runs its jobs. */
function testQueue(): Promise<JobQueue> {
  queue ??= (async () => {
    const q = new JobQueue(await openTestDb(), silentLogger);
    await q.start();
    return q;
  })();
  return queue;
}

/** The real app on this worker's test database, as an anonymous visitor sees it. */
export async function createTestApp(): Promise<TestApp> {
  const handle = await openTestDb();
  const { db } = handle;
  const config = parseEnv({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://localhost',
    GITHUB_WEBHOOK_SECRET: WEBHOOK_SECRET,
  });
  const jobs = await testQueue();
  const auth = createAuth({ config, db, secret: 'test-secret-test-secret-test-secret!' });
  const app = createApp({
    config,
    db,
    logger: silentLogger,
    now: () => new Date(),
    auth,
    resolveActor: (request) => actorOf(auth, request),
    queue: jobs,
  });
  return { app, ctx: testCtx(db), queue: jobs };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; details?: unknown } }[];
}

/** Sends one GraphQL request through the app, as a client would. */
export async function gql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<GraphQLResult<T>> {
  const response = await app.request('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>),
  };
}

/** Imports a project of its own (a unique slug) from projects-file YAML written for it. */
export async function createProject(
  ctx: Ctx,
  yaml: (slug: string) => string,
  options: { sync?: boolean } = {},
): Promise<string> {
  const slug = uniqueName('t');
  await importProjects({ ctx, input: { text: yaml(slug), file: 'test.yaml', baseDir: '/' } });
  if (options.sync) {
    await syncSources({
      ctx,
      input: { project: slug },
      connectors: { git: createGitConnector() },
    });
  }
  return slug;
}
