import { loadConfig } from '@moduleboard/config/env';
import { composeServer } from '@moduleboard/server';
import { untilSignal } from '../signals';

export interface ServeOptions {
  demo?: boolean | undefined;
  jobs?: boolean | undefined;
}

/** `moduleboard serve`: the composed server, listening until SIGINT or SIGTERM. */
export async function serveCommand(options: ServeOptions): Promise<number> {
  const server = await composeServer(loadConfig(), options);
  try {
    const running = await server.listen();
    process.stdout.write(`Moduleboard is serving on ${running.url}\n`);
    await untilSignal();
    server.services.logger.info('stopping');
  } finally {
    await server.close();
  }
  return 0;
}
