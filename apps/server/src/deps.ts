import type { AppConfig } from '@moduleboard/config';
import type { Actor, JobQueue, Logger } from '@moduleboard/core';
import type { Db } from '@moduleboard/db';
import type { Auth } from './auth/create-auth';

/** Everything the app needs, built once by the composition root (or by a test). */
export interface AppDeps {
  config: AppConfig;
  db: Db;
  logger: Logger;
  now: () => Date;
  /** The login service; `/api/auth` answers 404 without it. */
  auth?: Auth | undefined;
  /** Who sends a request: from its session or token; anonymous otherwise. */
  resolveActor: (request: Request) => Promise<Actor>;
  /** The job queue (webhooks store their job with the delivery). */
  queue?: JobQueue | undefined;
  /** Folder of the built web app; the app is not served when absent. */
  webRoot?: string | undefined;
}
