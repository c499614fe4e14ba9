export { anyConnector, type ConnectorSet } from './connector-set';
export { describeSyncError } from './describe-error';
export { type SyncProgress, type SyncReport, syncSource } from './sync-source';
export { type SyncSourcesInput, selectSources, syncSources } from './sync-sources';
