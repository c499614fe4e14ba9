import { serve } from '@hono/node-server';
import type { AppConfig } from '@moduleboard/config';
import type { JobQueue, Logger } from '@moduleboard/core';
import type { DbHandle } from '@moduleboard/db';
import { loadAuthSecret } from './auth/auth-secret';
import { actorOf, createAuth } from './auth/create-auth';
import { createApp } from './create-app';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the app on the configured host and port until closed. */
export async function startServer(input: {
  config: AppConfig;
  handle: DbHandle;
  logger: Logger;
  queue?: JobQueue | undefined;
  webRoot?: string | undefined;
}): Promise<RunningServer> {
  const { config, handle, logger } = input;
  const auth = createAuth({ config, db: handle.db, secret: loadAuthSecret(config) });
  const app = createApp({
    config,
    db: handle.db,
    logger,
    now: () => new Date(),
    auth,
    resolveActor: (request) => actorOf(auth, request),
    queue: input.queue,
    webRoot: input.webRoot,
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
      const url = `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`;
      logger.info('serving', { url, publicUrl: config.publicUrl });
      resolve({
        url,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}
