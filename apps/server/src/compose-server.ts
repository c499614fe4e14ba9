import { fileURLToPath } from 'node:url';
import type { AppConfig } from '@moduleboard/config';
import type { JobQueue } from '@moduleboard/core';
import { loadAuthSecret } from './auth/auth-secret';
import { actorOf, createAuth } from './auth/create-auth';
import { type App, createApp } from './create-app';
import { runJobs, startQueue } from './jobs';
import { listen, type RunningServer } from './listen';
import { openServices, type Services, Shutdown } from './services';

const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServerOptions {
  /** Serve the demo: its projects imported on first start, its GitHub from a recording. */
  demo?: boolean | undefined;
  /**
   * Run sync and webhook jobs in this process. By default they run here on the embedded
   * database (no other process can) and for the demo; on PostgreSQL they run in
   * `moduleboard worker` processes.
   */
  jobs?: boolean | undefined;
  /** Folder of the built web app; that of apps/web by default. */
  webRoot?: string | undefined;
}

/** The whole server, built and started, not yet listening. */
export interface ComposedServer {
  app: App;
  services: Services;
  listen(): Promise<RunningServer>;
  /** Stops what it started (the listener too, once listening), in reverse order. */
  close(): Promise<void>;
}

/**
 * The composition root: from the parsed configuration, the database (migrated), the demo when
 * asked, the job queue and its workers when they run here, the login service, the connectors
 * and the HTTP app. `moduleboard serve` is this and `listen()`.
 */
export async function composeServer(
  config: AppConfig,
  options: ServerOptions = {},
): Promise<ComposedServer> {
  const shutdown = new Shutdown();
  try {
    let services = await openServices(config);
    shutdown.add(services.close);
    if (options.demo) {
      const demo = await (await import('./demo/demo')).openDemo(services);
      shutdown.add(demo.close);
      services = demo.services;
    }
    const queue = await startQueue(services);
    shutdown.add(() => queue.stop());
    const jobs = options.jobs ?? (config.database.kind === 'pglite' || options.demo === true);
    if (jobs) {
      await runJobs(services, queue);
    } else {
      services.logger.info('sync jobs run in `moduleboard worker` processes (or pass --jobs)');
    }
    const app = buildApp(services, queue, options.webRoot ?? WEB_ROOT);
    return {
      app,
      services,
      listen: async () => {
        const running = await listen(app, services.config, services.logger);
        shutdown.add(running.close);
        return running;
      },
      close: () => shutdown.run(),
    };
  } catch (error) {
    await shutdown.run().catch(() => undefined);
    throw error;
  }
}

function buildApp(services: Services, queue: JobQueue, webRoot: string): App {
  const { config, handle, logger } = services;
  const auth = createAuth({ config, db: handle.db, secret: loadAuthSecret(config) });
  return createApp({
    config,
    db: handle.db,
    logger,
    now: () => new Date(),
    auth,
    resolveActor: (request) => actorOf(auth, request),
    queue,
    webRoot,
  });
}
