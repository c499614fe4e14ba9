import { serve } from '@hono/node-server';
import type { AppConfig } from '@moduleboard/config';
import type { Logger } from '@moduleboard/core';
import type { App } from './create-app';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the app on the configured host and port until closed. */
export function listen(app: App, config: AppConfig, logger: Logger): Promise<RunningServer> {
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
