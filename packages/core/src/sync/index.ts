export { type ConnectorRegistry, lazyConnector } from './connector-registry';
export { describeSyncError } from './describe-error';
export { fillLineCounts } from './fill-line-counts';
export { retryDelaySeconds } from './retry-delay';
export { type BatchTarget, type StoredBatch, storeBatch } from './store-batch';
export {
  type SyncProgress,
  type SyncReport,
  type SyncSourceOptions,
  syncSource,
} from './sync-source';
export { type SyncSourcesInput, selectSources, syncSources } from './sync-sources';
