import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDemoGithub } from '@moduleboard/connectors/github/testing';
import { countProjects, importProjects, syncSources } from '@moduleboard/core';
import { createConnectors, startServer } from '@moduleboard/server';
import { openRuntime } from '../runtime';

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const DEMO_FILE = fileURLToPath(new URL('../../../../examples/demo.yaml', import.meta.url));
const DEMO_GITHUB = fileURLToPath(
  new URL('../../../../examples/github/moduleboard.json', import.meta.url),
);

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
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
  const server = await startServer({
    config,
    handle: runtime.handle,
    logger,
    webRoot: WEB_ROOT,
  });
  process.stdout.write(`Moduleboard is serving on ${server.url}\n`);
  const stop = new AbortController();
  const syncing = syncSources({
    ctx,
    input: {},
    connectors: createConnectors(config),
    signal: stop.signal,
    onReport: (r) =>
      r.ok
        ? logger.info('synced', {
            source: `${r.project}/${r.name}`,
            created: r.created,
            updated: r.updated,
          })
        : logger.warn('sync failed', { source: `${r.project}/${r.name}`, error: r.error }),
  }).catch((error: unknown) => logger.error('sync stopped', { error: String(error) }));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.info('stopping');
  stop.abort();
  await syncing;
  await server.close();
  await demoGithub?.close();
  await runtime.close();
  return 0;
}
