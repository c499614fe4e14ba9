import { type Db, type DbHandle, queryRows } from '@moduleboard/db';
import { type SQL, sql } from 'drizzle-orm';
import { fromDrizzle, fromPglite, type Job, PgBoss, type Queue } from 'pg-boss';
import type { Logger } from '../shared/logger';

export const QUEUES = {
  /** Sync one source; one queued and one running per source at most. */
  sync: 'sync-source',
  /** Every minute: queue the syncs of the sources that are due. */
  due: 'sync-due',
  /** Process one stored GitHub webhook delivery. */
  webhook: 'github-webhook',
  /** Fill the line counts of a git source's changes (a second, slower pass). */
  lineCounts: 'line-counts',
} as const;

const QUEUE_OPTIONS: Record<(typeof QUEUES)[keyof typeof QUEUES], Omit<Queue, 'name'>> = {
  [QUEUES.sync]: {
    policy: 'stately',
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 1800,
    // A first sync of a long history takes a while; a crashed one is taken over after this.
    expireInSeconds: 4 * 3600,
  },
  [QUEUES.due]: { policy: 'exclusive', retryLimit: 0, expireInSeconds: 300 },
  [QUEUES.webhook]: { retryLimit: 5, retryDelay: 10, retryBackoff: true, retryDelayMax: 3600 },
  [QUEUES.lineCounts]: {
    policy: 'stately',
    retryLimit: 2,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 12 * 3600,
  },
};

/** pg-boss sending through our handle: a job sent inside a transaction commits with it. */
function inTransaction(db: Db) {
  return fromDrizzle({ execute: (query: SQL) => queryRows(db, query) }, sql);
}

export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export interface JobHandlers {
  sync: JobHandler<{ sourceId: number }>;
  due: JobHandler<object>;
  webhook: JobHandler<{ deliveryId: string }>;
  lineCounts: JobHandler<{ sourceId: number }>;
}

/**
 * The job queue (pg-boss in our own database: on PGlite when embedded, on PostgreSQL otherwise),
 * so a job is stored in the same transaction as what caused it and any process can run it.
 */
export class JobQueue {
  private readonly handle: DbHandle;
  private readonly logger: Logger;
  private instance: PgBoss | undefined;

  constructor(handle: DbHandle, logger: Logger) {
    this.handle = handle;
    this.logger = logger;
  }

  private get boss(): PgBoss {
    if (!this.instance) {
      throw new Error('the job queue is not started');
    }
    return this.instance;
  }

  private createBoss(schedule: boolean): PgBoss {
    const { driver } = this.handle;
    const boss =
      driver.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(driver.client), backend: 'pglite', schedule })
        : new PgBoss({
            connectionString: driver.url,
            max: 3,
            application_name: 'moduleboard-jobs',
            schedule,
          });
    boss.on('error', (error: Error) =>
      this.logger.error('job queue error', { error: error.message }),
    );
    return boss;
  }

  async start(): Promise<void> {
    if (this.instance) {
      return;
    }
    // The queues must exist before the instance that sends starts: it caches them at start, and
    // one missing from its cache is looked up on its own connection, which on the embedded
    // database waits for ever behind the very transaction that sends the job.
    const setup = this.createBoss(false);
    await setup.start();
    for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
      if (!(await setup.getQueue(name))) {
        await setup.createQueue(name, options);
      }
    }
    await setup.stop({ graceful: false, close: true });
    const boss = this.createBoss(true);
    await boss.start();
    this.instance = boss;
  }

  async stop(): Promise<void> {
    const boss = this.instance;
    this.instance = undefined;
    await boss?.stop({ graceful: true, timeout: 30_000, close: true });
  }

  /** Queues a sync of a source (deduplicated: at most one waiting per source). */
  async sendSync(sourceId: number, db?: Db): Promise<void> {
    await this.boss.send(
      QUEUES.sync,
      { sourceId },
      {
        singletonKey: String(sourceId),
        ...(db ? { db: inTransaction(db) } : {}),
      },
    );
  }

  async sendLineCounts(sourceId: number): Promise<void> {
    await this.boss.send(QUEUES.lineCounts, { sourceId }, { singletonKey: String(sourceId) });
  }

  /** Queues a webhook delivery inside the caller's transaction, so both land or neither. */
  async sendWebhook(deliveryId: string, db: Db): Promise<void> {
    await this.boss.send(QUEUES.webhook, { deliveryId }, { db: inTransaction(db) });
  }

  /** Runs the handlers in this process, and the every-minute tick that finds due sources. */
  async work(handlers: JobHandlers, options: { syncConcurrency?: number } = {}): Promise<void> {
    const each =
      <T>(name: string, handler: JobHandler<T>) =>
      async (jobs: Job<T>[]) => {
        for (const job of jobs) {
          try {
            await handler(job);
          } catch (error) {
            this.logger.error('job failed', {
              queue: name,
              job: job.id,
              error: error instanceof Error ? error.message : String(error),
            });
            throw error;
          }
        }
      };
    await this.boss.work(
      QUEUES.sync,
      { localConcurrency: options.syncConcurrency ?? 2, pollingIntervalSeconds: 2 },
      each(QUEUES.sync, handlers.sync),
    );
    await this.boss.work(QUEUES.due, { pollingIntervalSeconds: 5 }, each(QUEUES.due, handlers.due));
    await this.boss.work(
      QUEUES.webhook,
      { pollingIntervalSeconds: 1 },
      each(QUEUES.webhook, handlers.webhook),
    );
    await this.boss.work(
      QUEUES.lineCounts,
      { pollingIntervalSeconds: 10 },
      each(QUEUES.lineCounts, handlers.lineCounts),
    );
    await this.boss.schedule(QUEUES.due, '* * * * *', {});
  }
}
