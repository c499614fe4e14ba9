export { dueSources } from './due-sources';
export { type JobHandlers, JobQueue, QUEUES } from './job-queue';
export { startWorkers } from './start-workers';
