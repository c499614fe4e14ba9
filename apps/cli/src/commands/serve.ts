import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDemoGithub } from '@moduleboard/connectors/github/testing';
import {
  countProjects,
  dueSources,
  importProjects,
  JobQueue,
  startWorkers,
} from '@moduleboard/core';
import { createConnectors, startServer } from '@moduleboard/server';
import { openRuntime } from '../runtime';
import { untilSignal } from '../signals';

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const DEMO_FILE = fileURLToPath(new URL('../../../../examples/demo.yaml', import.meta.url));
const DEMO_GITHUB = fileURLToPath(
  new URL('../../../../examples/github/moduleboard.json', import.meta.url),
);

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      demo: { type: 'boolean', default: false },
      jobs: { type: 'boolean' },
    },
  });
  const runtime = await openRuntime();
  const { ctx, logger } = runtime;
  let config = runtime.config;
  // The demo's "GitHub" is a recording served on loopback, unless GITHUB_API_URL says otherwise.
  const demoGithub =
    values.demo && !process.env.GITHUB_API_URL ? await startDemoGithub(DEMO_GITHUB) : undefined;
  if (demoGithub) {
    config = { ...config, github: { ...config.github, apiUrl: demoGithub.url } };
    logger.info('demo GitHub recording served', { url: demoGithub.url });
  }
  if (values.demo && (await countProjects(ctx.db)) === 0) {
    const reports = await importProjects({
      ctx,
      input: {
        text: await readFile(DEMO_FILE, 'utf8'),
        file: 'examples/demo.yaml',
        baseDir: dirname(DEMO_FILE),
      },
    });
    logger.info('imported the demo', { projects: reports.map((r) => r.slug) });
  }
  const queue = new JobQueue(runtime.handle, logger);
  await queue.start();
  // Embedded, this process is the only one that can run jobs; on PostgreSQL, workers may run
  // apart (`moduleboard worker`) unless asked here with --jobs.
  const runJobs = values.jobs ?? config.database.kind === 'pglite';
  if (runJobs) {
    await startWorkers({
      queue,
      ctx,
      connectors: createConnectors(config),
      parallel: config.database.kind === 'postgres' ? 2 : 1,
    });
    for (const sourceId of await dueSources(ctx.db, ctx.now())) {
      await queue.sendSync(sourceId);
    }
  } else {
    logger.info('sync jobs run in `moduleboard worker` processes (or pass --jobs)');
  }
  const server = await startServer({
    config,
    handle: runtime.handle,
    logger,
    queue,
    webRoot: WEB_ROOT,
  });
  process.stdout.write(`Moduleboard is serving on ${server.url}\n`);
  await untilSignal();
  logger.info('stopping');
  await server.close();
  await queue.stop();
  await demoGithub?.close();
  await runtime.close();
  return 0;
}
