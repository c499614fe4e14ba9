import { openRuntime } from '../runtime';

export async function migrateCommand(): Promise<number> {
  const runtime = await openRuntime();
  await runtime.close();
  process.stdout.write(`database is up to date (${runtime.config.database.kind})\n`);
  return 0;
}
